/// Inputs that need no rounding: zeros, and values the format cannot hold at all.
extension FloatSemantics {
    /// The result for a finite input when it is decided without rounding, or nil when it must be rounded.
    func specialFiniteResult(negative: Bool, isZero: Bool) -> Conversion? {
        if !isSigned && (negative || isZero) { return invalidResult() } // E8M0: no sign, no zero
        if isZero { return hasZero ? Conversion(code: zeroCode(negative: negative), status: []) : invalidResult() }
        return nil
    }
}
