/// Inputs that need no rounding: zeros, and values the format cannot hold at all.
extension FloatSemantics {
    /// The result for a finite input when it is decided without rounding, or nil when it must be rounded.
    func specialFiniteResult(negative: Bool, isZero: Bool) -> Conversion? {
        // Unsigned formats: no negative values (-0 is zero where a zero exists, as ml_dtypes does).
        if !isSigned && ((negative && !isZero) || (isZero && !hasZero)) { return invalidResult() }
        if isZero && !isSigned { return Conversion(code: 0, status: []) }
        if isZero { return hasZero ? Conversion(code: zeroCode(negative: negative), status: []) : invalidResult() }
        return nil
    }
}
