import Sweep

/// How far a format's round trip of a tensor lands from it: sums over the pairs (x, y) in plain
/// Double, one pair at a time in order (`add`), from which SQNR, relative RMSE, cosine similarity
/// and the largest error follow. Pairs whose x is not finite are counted apart; so are finite x whose
/// y is not finite (overflow), which no error sum can hold.
public struct ErrorFigures: Sendable, Hashable, Codable {
    /// Pairs with finite x and finite y: the pairs every sum is over.
    public var pairs = 0
    /// Inputs that are NaN or infinite (not measured).
    public var nonFiniteInputs = 0
    /// Finite inputs whose round trip is an infinity or NaN.
    public var overflows = 0
    /// Σ x².
    public var sumSquaredInput = 0.0
    /// Σ y².
    public var sumSquaredOutput = 0.0
    /// Σ x·y.
    public var sumProduct = 0.0
    /// Σ (y - x)².
    public var sumSquaredError = 0.0
    /// max |y - x|.
    public var maxAbsoluteError = 0.0
    /// Pairs with y == x.
    public var exact = 0

    /// No pairs.
    public init() {}

    /// Adds one pair (float32 values).
    public mutating func add(_ x: Float, _ y: Float) {
        guard x.isFinite else { nonFiniteInputs += 1; return }
        guard y.isFinite else { overflows += 1; return }
        let xd = Double(x), yd = Double(y), e = yd - xd
        pairs += 1
        sumSquaredInput += xd * xd
        sumSquaredOutput += yd * yd
        sumProduct += xd * yd
        sumSquaredError += e * e
        if e.magnitude > maxAbsoluteError { maxAbsoluteError = e.magnitude }
        if xd == yd { exact += 1 }
    }

    /// Adds another tensor's or piece's sums (totals over tensors).
    public mutating func merge(_ other: ErrorFigures) {
        pairs += other.pairs
        nonFiniteInputs += other.nonFiniteInputs
        overflows += other.overflows
        sumSquaredInput += other.sumSquaredInput
        sumSquaredOutput += other.sumSquaredOutput
        sumProduct += other.sumProduct
        sumSquaredError += other.sumSquaredError
        maxAbsoluteError = max(maxAbsoluteError, other.maxAbsoluteError)
        exact += other.exact
    }

    /// 10·log10(Σx² / Σe²) in dB: +infinity when there is no error, nil when there is no signal.
    public var sqnr: Double? {
        if sumSquaredError == 0 { return sumSquaredInput == 0 ? nil : .infinity }
        return sumSquaredInput == 0 ? nil : Decibels.of(sumSquaredInput / sumSquaredError)
    }

    /// RMSE / RMS = sqrt(Σe² / Σx²); nil when there is no signal.
    public var relativeRMSE: Double? { sumSquaredInput == 0 ? nil : (sumSquaredError / sumSquaredInput).squareRoot() }

    /// Σxy / sqrt(Σx²·Σy²); nil when either side is all zero.
    public var cosine: Double? {
        let d = (sumSquaredInput * sumSquaredOutput).squareRoot()
        return d == 0 ? nil : sumProduct / d
    }
}

extension ErrorFigures {
    /// Adds the pairs `(x[k], y[k])` for k in `0..<count`: the plain `add`, pair by pair, in order.
    /// The definition that `accumulate` is checked against.
    public static func accumulateByDefinition(_ x: UnsafePointer<Float>, _ y: UnsafePointer<Float>, count: Int,
                                              into figures: inout ErrorFigures) {
        var f = figures
        for k in 0..<count { f.add(x[k], y[k]) }
        figures = f
    }

    /// Adds the pairs `(x[k], y[k])` for k in `0..<count`, eight at a time in Double lanes where all
    /// sixteen values are finite, pair by pair (`add`) elsewhere. Equal to `accumulateByDefinition` in
    /// every count and maximum; the sums differ by the order of addition only (`difference(from:)`).
    public static func accumulate(_ x: UnsafePointer<Float>, _ y: UnsafePointer<Float>, count: Int, into figures: inout ErrorFigures) {
        typealias D = SIMD8<Double>
        var f = figures
        var sxx = D(), syy = D(), sxy = D(), see = D(), maxE = D()
        var pairs = 0
        var exactLanes = SIMD8<Int32>()
        var k = 0
        let finiteLimit = SIMD8<UInt32>(repeating: 0x7F80_0000)
        while k + 8 <= count {
            let xv = UnsafeRawPointer(x + k).loadUnaligned(as: SIMD8<Float>.self)
            let yv = UnsafeRawPointer(y + k).loadUnaligned(as: SIMD8<Float>.self)
            let xm = unsafeBitCast(xv, to: SIMD8<UInt32>.self) & 0x7FFF_FFFF, ym = unsafeBitCast(yv, to: SIMD8<UInt32>.self) & 0x7FFF_FFFF
            if any((xm .>= finiteLimit) .| (ym .>= finiteLimit)) {
                // Some value is not finite: these eight by the definition (after the lanes so far).
                for j in 0..<8 { f.add(x[k + j], y[k + j]) }
                k += 8
                continue
            }
            let xd = D(xv), yd = D(yv), e = yd - xd
            sxx += xd * xd
            syy += yd * yd
            sxy += xd * yd
            see += e * e
            let magnitude = e.replacing(with: -e, where: e .< 0)
            maxE = maxE.replacing(with: magnitude, where: magnitude .> maxE)
            exactLanes &+= SIMD8<Int32>(repeating: 0).replacing(with: 1, where: xv .== yv)
            pairs += 8
            k += 8
        }
        f.pairs += pairs
        f.exact += Int(exactLanes.wrappedSum())
        f.sumSquaredInput += sxx.sum()
        f.sumSquaredOutput += syy.sum()
        f.sumProduct += sxy.sum()
        f.sumSquaredError += see.sum()
        f.maxAbsoluteError = max(f.maxAbsoluteError, maxE.max())
        while k < count { f.add(x[k], y[k]); k += 1 }
        figures = f
    }

    /// The first figure in which these (from `accumulate`) differ from `reference` (from the definition,
    /// over the same `pairs` pairs), or nil. Counts and the largest error must be equal; the sums of
    /// non-negative terms may differ by 4·n·2^-53 of the larger; Σxy, whose terms have either sign, by
    /// 4·n·2^-53·sqrt(Σx²·Σy²) (a bound on Σ|xy|).
    public func difference(from reference: ErrorFigures, pairs n: Int) -> String? {
        let counts = [("pairs", pairs, reference.pairs), ("non-finite inputs", nonFiniteInputs, reference.nonFiniteInputs),
                      ("overflows", overflows, reference.overflows), ("exact", exact, reference.exact)]
        for (name, a, b) in counts where a != b { return "\(name): fast \(a), definition \(b)" }
        if maxAbsoluteError != reference.maxAbsoluteError { return "max abs error: fast \(maxAbsoluteError), definition \(reference.maxAbsoluteError)" }
        let u = 4 * Double(max(n, 1)) * 0x1p-53
        let sums = [("Σx²", sumSquaredInput, reference.sumSquaredInput), ("Σy²", sumSquaredOutput, reference.sumSquaredOutput),
                    ("Σ(y-x)²", sumSquaredError, reference.sumSquaredError)]
        for (name, a, b) in sums where a != b && (a - b).magnitude > u * max(a, b) { return "\(name): fast \(a), definition \(b)" }
        let bound = u * (reference.sumSquaredInput * reference.sumSquaredOutput).squareRoot()
        if sumProduct != reference.sumProduct && (sumProduct - reference.sumProduct).magnitude > bound {
            return "Σxy: fast \(sumProduct), definition \(reference.sumProduct)"
        }
        return nil
    }
}
