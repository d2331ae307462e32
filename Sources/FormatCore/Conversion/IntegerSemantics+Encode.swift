/// Rounding and clamping into integer formats.
extension IntegerSemantics {
    /// NaN has no integer code: 0, flagged invalid.
    func nanResult() -> Conversion { Conversion(code: 0, status: [.nanInput, .invalid, .inexact]) }

    /// The smallest or largest integer, flagged as a saturated overflow.
    func clamped(negative: Bool, inexact: Bool) -> Conversion {
        Conversion(code: code(of: negative ? minValue : maxValue), status: inexact ? [.overflow, .saturated, .inexact] : [.overflow, .saturated])
    }

    /// Rounds `truncated + remainder` to an integer with the sign, then clamps to the range.
    func roundAndClamp(negative: Bool, truncated: UInt64, remainder: RoundingMode.Remainder,
                                  mode: RoundingMode, randomBits: UInt64) -> Conversion {
        let up = mode.roundsMagnitudeUp(remainder: remainder, truncatedIsOdd: truncated & 1 == 1, negative: negative, randomBits: randomBits)
        let magnitude = truncated + (up ? 1 : 0)
        var status: ConversionStatus = []
        if case .zero = remainder {} else { status.insert(.inexact) }
        let limit = negative ? UInt64(-minValue) : UInt64(maxValue)
        if magnitude > limit { return clamped(negative: negative, inexact: true) }
        if magnitude == 0 && truncated == 0 && status.contains(.inexact) { status.insert(.underflow) }
        let value = negative ? -Int64(magnitude) : Int64(magnitude)
        return Conversion(code: code(of: value), status: status)
    }
}
