import ArgumentParser

/// A loss scale as typed: `2^16`, `2^-3` (exact powers of two) or a number (`65536`, `1e5`, `3`,
/// read as the nearest Double); it must be finite and positive.
struct LabScaleArgument: ExpressibleByArgument, Sendable {
    /// The scale.
    let value: Double
    /// The text it was read from (or `2^k` for a power of two chosen in code).
    let text: String

    /// Reads `2^K` with an integer K in -1074...1023, or a positive finite number.
    init?(argument: String) {
        let t = argument
        if t.hasPrefix("2^") {
            guard let k = Int(t.dropFirst(2)), (-1074...1023).contains(k) else { return nil }
            value = k >= -1022 ? Double(sign: .plus, exponent: k, significand: 1) : 0x1p-1022 * Double(sign: .plus, exponent: k + 1022, significand: 1)
        } else {
            guard let v = Double(t), v.isFinite, v > 0 else { return nil }
            value = v
        }
        text = t
    }

    /// 2^k.
    init(powerOfTwo k: Int) {
        value = Double(sign: .plus, exponent: k, significand: 1)
        text = "2^\(k)"
    }

    /// The accepted forms, listed in the message for a bad value.
    static var allValueStrings: [String] { ["2^K (K an integer, -1074...1023)", "a positive number (65536, 1e5)"] }

    /// The default as help shows it.
    var defaultValueDescription: String { text }
}
