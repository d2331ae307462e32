/// What a figure counts, which decides how its number is written and the word after it.
public enum FigureUnit: String, Sendable, Hashable {
    /// A plain number (a value of a format, a ratio of two sizes).
    case number
    /// A whole count, written with thousands separators.
    case count
    /// Bits.
    case bits
    /// Bits per stored value (or per parameter).
    case bitsPerValue = "bits_per_value"
    /// Bits per parameter of a model.
    case bitsPerParameter = "bits_per_parameter"
    /// Bytes.
    case bytes
    /// Gigabytes, 10^9 bytes.
    case gigabytes = "GB"
    /// Gibibytes, 2^30 bytes.
    case gibibytes = "GiB"
    /// Parameters, written in billions with a `B` (`70B`).
    case parameters
    /// How many times larger one size is than another (`≈6.6×`).
    case times
    /// Binades (powers of two) that a range spans.
    case binades

    /// The text written after the number in `language` (empty for a plain number).
    public func suffix(_ language: Language) -> String {
        switch (self, language) {
        case (.number, _), (.count, _): ""
        case (.bits, .en): " bits"
        case (.bits, .zh): " 位"
        case (.bitsPerValue, .en): " bits/value"
        case (.bitsPerValue, .zh): " 位/值"
        case (.bitsPerParameter, .en): " bits/parameter"
        case (.bitsPerParameter, .zh): " 位/参数"
        case (.bytes, _): " B"
        case (.gigabytes, _): " GB"
        case (.gibibytes, _): " GiB"
        case (.parameters, _): "B"
        case (.times, _): "×"
        case (.binades, .en): " binades"
        case (.binades, .zh): " 个二进制数量级"
        }
    }
}
