import FormatCore
import Lab

/// JSON figures of the lab: a Double as a number that parses back to exactly it (null plus a
/// `special` text for infinities and NaN); an exact value as the nearest Double plus its exact
/// decimal (or fraction) beside it.
enum LabJSON {
    /// A Double that may not be finite.
    struct Number: Encodable, Equatable {
        /// The value, or nil when not finite.
        let value: Double?
        /// `inf`, `-inf` or `nan` when not finite.
        let special: String?

        init(_ d: Double) {
            if d.isFinite {
                value = d
                special = nil
            } else {
                value = nil
                special = d.isNaN ? "nan" : (d < 0 ? "-inf" : "inf")
            }
        }
    }

    /// An exact figure: the nearest Double and the exact text (a decimal, or `p/q` when it has no finite decimal).
    struct Exact: Encodable, Equatable {
        /// The nearest Double.
        let nearest: Double
        /// The exact value as text.
        let exact: String

        init(_ v: ExactValue) {
            nearest = v.doubleValue
            let sign = v.isNegative ? "-" : ""
            if let r = v.finiteMagnitude {
                if let decimal = r.exactDecimal {
                    exact = r.isZero ? "0" : sign + decimal
                } else {
                    let q = r.reduced()
                    exact = sign + "\(q.numerator)/\(q.denominator)"
                }
            } else {
                exact = ValueText.exact(v).text
            }
        }

        init(_ d: Dyadic) { self.init(d.exactValue) }
    }

    /// A figure for text: exact when it has at most `digits` significant digits, else ≈ rounded.
    static func text(_ v: ExactValue, digits: Int = 6) -> String { ValueText.rounded(v, digits: digits).text }
    /// A Double for text (see `text(_:digits:)`).
    static func text(_ d: Double, digits: Int = 6) -> String {
        d.isFinite ? ValueText.rounded(d, digits: digits).text : (d.isNaN ? "nan" : (d < 0 ? "-inf" : "inf"))
    }
    /// A dyadic for text.
    static func text(_ d: Dyadic, digits: Int = 6) -> String { text(d.exactValue, digits: digits) }
    /// A power of two or a number: `2^16`, `3`.
    static func scale(_ s: Double) -> String {
        s.isNormal && s.significandBitPattern == 0 ? "2^\(Int(s.exponent))" : text(s, digits: 17)
    }
}
