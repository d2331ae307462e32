import Foundation
import FormatCore

/// One format's row of the Range screen: where its subnormals, normals and largest value lie
/// on the log2 axis, its precision, and what happens to the current value.
struct RangeBar: Sendable, Hashable {
    /// The format.
    var format: Format
    /// log2 of the smallest positive value.
    var low: Double
    /// log2 of the smallest normal (equal to `low` without subnormals).
    var normal: Double
    /// log2 of the largest finite value.
    var high: Double
    /// The ends' values as text for every label width: smallest positive, smallest normal, largest
    /// (exact where they fit, else ≈ with the digits that tell each from its neighbours).
    var lowText: FittedText, normalText: FittedText, highText: FittedText
    /// Decimal digits of precision (nil for integers and codebooks).
    var digits: Double?
    /// What the digits column says when there are no decimal digits of precision: `int` for
    /// integers (every whole number in range is exact), `N lvl` (`N 级`) for a codebook of N levels.
    func digitsLabel(_ language: Language) -> String {
        switch format.kind {
        case .codebook(let c): return "\(c.levels.count) " + language.say("lvl", "级")
        default: return "int"
        }
    }
    /// Mantissa bits (nil when not a float).
    var mantissaBits: Int?
    /// What the current value becomes (`ok`, `overflow`, `underflow → 0`, `subnormal`).
    var verdict: String
    /// Whether the verdict is bad news.
    var verdictTone: Tone

    /// The bar for a format and the session's value.
    init?(_ format: Format, session: Session) {
        let facts = FormatFacts(format)
        guard let tiny = facts.smallestPositive else { return nil }
        self.format = format
        low = RangeBar.log2(tiny)
        high = RangeBar.log2(facts.maxFinite)
        normal = facts.smallestNormal.map(RangeBar.log2) ?? low
        lowText = RangeBar.text(tiny, in: format)
        normalText = facts.smallestNormal.map { RangeBar.text($0, in: format) } ?? lowText
        highText = RangeBar.text(facts.maxFinite, in: format)
        digits = facts.decimalDigits
        mantissaBits = format.floatSemantics?.mantissaBits
        let value = session.source.value
        let conversion = format.encode(value, rounding: session.rounding, overflow: session.overflow)
        let result = format.decode(conversion.code)
        if value.isNaN || value.isInfinite || value.isZero {
            verdict = "–"
            verdictTone = .neutral
        } else if conversion.status.contains(.overflow) || conversion.status.contains(.saturated) || !result.isFinite {
            verdict = conversion.status.contains(.saturated) ? "saturates" : "overflows"
            verdictTone = .error
        } else if result.exact.isZero {
            verdict = "underflows to 0"
            verdictTone = .error
        } else if result.category == .subnormal {
            verdict = "subnormal"
            verdictTone = .warning
        } else {
            verdict = "fits"
            verdictTone = .ok
        }
    }

    /// log2 of a positive finite value (to display accuracy).
    static func log2(_ value: ExactValue) -> Double {
        guard let r = value.finiteMagnitude, !r.isZero else { return -.infinity }
        let d = value.doubleValue.magnitude
        if d.isNormal { return Foundation.log2(d) }
        return Double(r.floorLog2)
    }

    /// Widest label at the ends of a bar.
    static let labelWidth = 16

    /// A value of `format` as a label: exact when it fits, else rounded (≈) to at least three digits
    /// and as many as tell it from the format's values next to it. Above the largest value the
    /// neighbour is where the next step would be (max + its spacing), not infinity: "≈3.403e+38"
    /// for fp32's max would be a number that overflows.
    static func text(_ value: ExactValue, in format: Format) -> FittedText {
        let code = format.encode(value).code
        let below = format.nextDown(code).map { format.decode($0).exact }
        var above = format.nextUp(code).map { format.decode($0).exact }
        if above?.finiteMagnitude == nil, let r = value.finiteMagnitude, let b = below?.finiteMagnitude, below?.isNegative == false {
            above = .finite(r + Rational.distance(r, b))
        }
        return FittedText(value, maxWidth: labelWidth, minWidth: 3, minimumDigits: 3, neighbours: [below, above].compactMap { $0 })
    }
}
