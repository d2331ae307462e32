import TUICore

/// The NF4 screen: the normal density after absmax scaling, NF4's 16 levels and bins, how many
/// values each bin receives, the same for INT4, E2M1 and bnb-fp4, and how NF4 is built.
public struct NF4Screen: Sendable, Equatable {
    /// The quantiser drawn in the picture (index into `Quantizer.all`).
    public internal(set) var selected = 0
    /// Whether the construction of NF4 is shown instead of the picture.
    public internal(set) var showsConstruction = false
    /// Whether the shares and SQNR are measured on the session's tensor data instead of the normal sample.
    public internal(set) var usesTensor = false
    /// The tensor data `tensorQuantizers` were measured on.
    var measuredTensor: TensorData?
    /// The quantisers measured on `measuredTensor`.
    var tensorQuantizers: [Quantizer] = []

    /// Creates the screen.
    public init() {}

    /// The quantisers drawn and compared: measured on the tensor data when chosen, else on the sample.
    var quantizers: [Quantizer] { usesTensor && !tensorQuantizers.isEmpty ? tensorQuantizers : Quantizer.all }

    /// The data named in the header, in a language.
    func dataTitle(_ language: Language) -> String {
        guard usesTensor, let tensor = measuredTensor else { return "N(0,1)" }
        let n = min(tensor.bits.count, Quantizer.tensorLimit), count = TensorData.grouped(n)
        if language == .zh { return "\(tensor.name)（\(n < tensor.totalCount ? "前 \(count) 个数值" : "\(count) 个数值")）" }
        return "\(tensor.name) (\(n < tensor.totalCount ? "first \(count) values" : "\(count) values"))"
    }

    /// The keys of this screen, for the help overlay.
    public static let help: [HelpSection] = [
        HelpSection("NF4 screen", [
            HelpEntry("n → l", "next quantiser in the picture"),
            HelpEntry("N ← h", "previous quantiser"),
            HelpEntry("i", "how NF4 is built / the bins"),
            HelpEntry("d", "data: Model u's tensor / N(0,1)"),
        ]),
        HelpSection("Reading it", [
            HelpEntry("curve", "normal density after absmax"),
            HelpEntry("↑", "a level; bands are its bin"),
            HelpEntry("bars", "share of values per bin"),
        ]),
    ]
}
