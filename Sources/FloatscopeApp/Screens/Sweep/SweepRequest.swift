import FormatCore
import Sweep

/// A sweep the Sweep screen asks the runner to start: the source, the targets and the rounding.
public struct SweepRequest: Sendable, Hashable {
    /// Identifies the job in its progress messages.
    public var id: Int
    /// Where the values come from (unless `tensor` is set).
    public var source: SweepSourcePreset
    /// A model tensor's values swept instead of `source`, or nil.
    public var tensor: TensorData?
    /// The format of a `focusedCodes` source.
    public var focused: Format
    /// Target names, swept one after another.
    public var targets: [String]
    /// Rounding of scalar targets (block targets follow their specifications).
    public var rounding: RoundingMode
    /// Overflow policy of scalar targets.
    public var overflow: OverflowPolicy

    /// Creates a request.
    public init(id: Int, source: SweepSourcePreset, focused: Format = .fp16, targets: [String], rounding: RoundingMode, overflow: OverflowPolicy,
                tensor: TensorData? = nil) {
        self.id = id
        self.source = source
        self.tensor = tensor
        self.focused = focused
        self.targets = targets
        self.rounding = rounding
        self.overflow = overflow
    }

    /// The name of the values swept: the tensor's, else the preset's.
    public var sourceTitle: String { tensor?.title ?? source.title(focused: focused) }

    /// The name of the values swept in a language.
    public func sourceTitle(_ language: Language) -> String {
        guard language == .zh else { return sourceTitle }
        return tensor.map { $0.title(language) } ?? source.title(focused: focused, language)
    }

    /// The values swept: the tensor's bit patterns, else the preset's source.
    public var sweepSource: SweepSource { tensor.map { .values($0.bits) } ?? source.source(focused: focused) }
}
