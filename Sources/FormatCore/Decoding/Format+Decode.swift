/// Decoding codes to exact values.
extension Format {
    /// Takes a code apart (bits above the format's width are ignored).
    public func decode(_ rawCode: UInt64) -> DecodedValue {
        let code = rawCode & codeMask
        switch kind {
        case .float(let s): return s.decode(code)
        case .integer(let s):
            let v = s.value(of: code)
            return DecodedValue(code: code, category: .integer,
                                value: .finite(negative: v < 0, significand: v.magnitude, exponent: 0))
        case .codebook(let c):
            let level = c.levels[Int(code) % c.levels.count]
            return DecodedValue(code: code, category: level == 0 ? .zero : .level, value: BinaryValue(level))
        }
    }
}
