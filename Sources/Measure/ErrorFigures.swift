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
    /// Adds the pairs `(x[k], y[k])` for k in `0..<count`, in order.
    public static func accumulate(_ x: UnsafePointer<Float>, _ y: UnsafePointer<Float>, count: Int, into figures: inout ErrorFigures) {
        var f = figures
        for k in 0..<count { f.add(x[k], y[k]) }
        figures = f
    }
}
