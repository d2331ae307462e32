import BigInt

/// Decimal text of exact values.
extension Rational {
    /// The exact decimal expansion, when the denominator has no prime factors but 2 and 5 (every
    /// binary and decimal value); nil otherwise.
    public var exactDecimal: String? {
        guard let (n, k) = overPowerOfTen else { return nil }
        var digits = String(n)
        if k == 0 { return digits }
        if digits.count <= k { digits = String(repeating: "0", count: k - digits.count + 1) + digits }
        let split = digits.index(digits.endIndex, offsetBy: -k)
        var fraction = digits[split...]
        while fraction.last == "0" { fraction = fraction.dropLast() }
        return fraction.isEmpty ? String(digits[..<split]) : "\(digits[..<split]).\(fraction)"
    }

    /// `floor(log10(self))` for a positive value.
    public var floorLog10: Int {
        var k = Int((Double(floorLog2) * 0.301_029_995_663_981_2).rounded(.down))
        // Adjust so that 10^k <= self < 10^(k+1).
        while Rational(significand: 1, decimalExponent: k) > self { k -= 1 }
        while Rational(significand: 1, decimalExponent: k + 1) <= self { k += 1 }
        return k
    }

    /// Direction for cutting to a number of significant digits.
    public enum DecimalCut: Sendable { case nearest, down, up }

    /// The value cut to `n` significant digits: `digits × 10^exponent` with `digits` below `10^n`.
    /// `knownFloorLog10`, when given, must be `floorLog10` (callers cutting one value to many
    /// lengths work it out once).
    public func significantDigits(_ n: Int, _ cut: DecimalCut = .nearest, knownFloorLog10: Int? = nil) -> (digits: BigUInt, exponent: Int) {
        precondition(!isZero && n > 0)
        let exponent = (knownFloorLog10 ?? floorLog10) - (n - 1)
        let (q, r, d) = scaledDecimal(exponent)
        var digits = q
        switch cut {
        case .down: break
        case .up: if !r.isZero { digits += 1 }
        case .nearest:
            let twice = r << 1
            if twice > d || (twice == d && q.words.first.map { $0 & 1 == 1 } ?? false) { digits += 1 }
        }
        if digits == BigUInt(10).power(n) { return (digits / 10, exponent + 1) }
        return (digits, exponent)
    }

    /// `floor(self / 10^exponent)` with remainder and divisor.
    private func scaledDecimal(_ exponent: Int) -> (BigUInt, BigUInt, BigUInt) {
        let n: BigUInt, d: BigUInt
        if exponent >= 0 { n = numerator; d = denominator * BigUInt(10).power(exponent) }
        else { n = numerator * BigUInt(10).power(-exponent); d = denominator }
        let (q, r) = n.quotientAndRemainder(dividingBy: d)
        return (q, r, d)
    }
}

/// Exact decimal digits of terminating values.
extension Rational {
    /// `digits × 10^exponent` exactly, with no trailing zero in `digits`, when the value has a
    /// terminating decimal expansion (a denominator with no prime factors but 2 and 5); nil otherwise.
    /// Zero gives `(0, 0)`.
    public var terminatingDecimalDigits: (digits: BigUInt, exponent: Int)? {
        if isZero { return (0, 0) }
        guard case (var n, let k)? = overPowerOfTen else { return nil }
        let exponent = -k + Self.removeFactors(of: 10, from: &n)
        return (n, exponent)
    }

    /// The value as `n / 10^k` with the smallest such `k` for its denominator, when the value has
    /// a terminating expansion (its denominator in lowest terms has no prime factors but 2 and 5);
    /// nil otherwise.
    var overPowerOfTen: (n: BigUInt, k: Int)? {
        var d = denominator
        let twos = d.trailingZeroBitCount
        d >>= twos
        let fives = Self.removeFactors(of: 5, from: &d)
        var n = numerator
        if d != 1 {
            // Not in lowest terms (3/3, 5/30): the other factors must cancel against the numerator.
            let (q, r) = n.quotientAndRemainder(dividingBy: d)
            guard r.isZero else { return nil }
            n = q
        }
        let k = max(twos, fives)
        if k > twos { n <<= (k - twos) }
        if k > fives { n *= BigUInt(5).power(k - fives) }
        return (n, k)
    }

    /// Divides `n` by `p` (a small prime or 10) as often as it goes and returns how often: by the
    /// largest power of `p` that fits in a word first, so a number with thousands of factors costs a
    /// few hundred divisions, not thousands (user input can have 100,000 digits).
    static func removeFactors(of p: UInt, from n: inout BigUInt) -> Int {
        guard !n.isZero else { return 0 }
        var chunk: UInt = p, chunkCount = 1
        while chunk <= UInt.max / p / p { chunk *= p; chunkCount += 1 }
        var count = 0
        let big = BigUInt(chunk)
        while true {
            let (q, r) = n.quotientAndRemainder(dividingBy: big)
            guard r.isZero else { break }
            n = q; count += chunkCount
        }
        let small = BigUInt(p)
        while true {
            let (q, r) = n.quotientAndRemainder(dividingBy: small)
            guard r.isZero else { break }
            n = q; count += 1
        }
        return count
    }
}
