import FormatCore

/// Where stochastic rounding can send a value and how likely each is: the representable values
/// just below and above it, and the exact probabilities P(up) = (x - below) / (above - below)
/// and P(down) = 1 - P(up).
public struct StochasticOdds: Sendable, Hashable {
    /// The code below the value.
    public let below: UInt64
    /// The code above the value.
    public let above: UInt64
    /// The probability of rounding up, exactly.
    public let up: Rational
    /// The probability of rounding down, exactly.
    public let down: Rational

    /// The odds for `value` in `format`, given one draw's code; nil when the value is
    /// representable, not finite, or beyond the finite range.
    public init?(value: ExactValue, format: Format, drawn code: UInt64) {
        let drawn = format.decode(code).exact
        guard value.finiteMagnitude != nil, drawn.finiteMagnitude != nil, let order = drawn.compare(value), order != 0 else { return nil }
        let low: UInt64, high: UInt64
        if order > 0 {
            guard let other = format.nextDown(code) else { return nil }
            low = other; high = code
        } else {
            guard let other = format.nextUp(code) else { return nil }
            low = code; high = other
        }
        let a = format.decode(low).exact, b = format.decode(high).exact
        guard a.finiteMagnitude != nil, b.finiteMagnitude != nil, let gap = a.distance(to: b), !gap.isZero,
              let fromLow = a.distance(to: value), let toHigh = value.distance(to: b) else { return nil }
        below = low
        above = high
        up = fromLow / gap
        down = toHigh / gap
    }

    /// A probability as text: exact when it fits 12 columns, else rounded and marked ≈.
    public static func text(_ p: Rational) -> String {
        ValueText.fitted(.finite(p), width: 12, minimumDigits: 3).text
    }
}
