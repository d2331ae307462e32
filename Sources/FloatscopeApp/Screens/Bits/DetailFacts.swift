import FormatCore

/// What the focused row shows in the detail panel: fields, neighbours, ULP and the exact decimal.
public struct DetailFacts: Sendable, Hashable {
    /// The row's format.
    public let format: Format
    /// Lines of labelled facts, in order.
    public let lines: [[Fragment]]
    /// The exact decimal expansion of the row's value.
    public let exact: String

    /// The panel's title: the format's name and description in a language.
    public func title(_ language: Language) -> String { "\(format.name) · \(format.summary(language))" }

    /// The facts of a row.
    public init(row: RowFacts) {
        let format = row.format, code = row.code
        let decoded = format.decode(code)
        self.format = format
        var lines: [[Fragment]] = []
        lines.append([Fragment("code ", .label), Fragment(row.hex), Fragment("  value ", .label), Fragment(row.value.widest),
                      Fragment("  "), Fragment(row.badge, .tone(row.tone)), Fragment("  hex float ", .label), Fragment(format.hexFloat(code))])
        var errors: [Fragment] = []
        if let inspection = row.inspection {
            errors += [Fragment("abs err ", .label), Fragment(DetailFacts.figure(inspection.absoluteError)),
                       Fragment("  rel err ", .label), Fragment(DetailFacts.figure(inspection.relativeError)), Fragment("  ")]
        } else {
            errors += [Fragment("error ", .label), Fragment("none: this row is the source"), Fragment("  ")]
        }
        let ulp = format.ulp(at: code)
        errors += [Fragment("ulp ", .label), Fragment(DetailFacts.figure(ulp))]
        if let k = NumberText.powerOfTwo(ulp) { errors.append(Fragment(" = 2^\(k)", .dim)) }
        lines.append(errors)
        if let odds = row.odds {
            // Stochastic rounding: both outcomes and their exact odds, not just the one draw shown.
            lines.append([Fragment("stochastic ", .label),
                          Fragment("up to ", .label), Fragment(ValuesScreen.valueText(format: format, code: odds.above, width: 16).text),
                          Fragment(" with P = ", .label), Fragment(StochasticOdds.text(odds.up)),
                          Fragment(", down to ", .label), Fragment(ValuesScreen.valueText(format: format, code: odds.below, width: 16).text),
                          Fragment(" with P = ", .label), Fragment(StochasticOdds.text(odds.down)),
                          Fragment("  (bits show one draw)", .dim)])
        }
        lines += DetailFacts.fieldLines(format: format, code: code, decoded: decoded)
        lines.append(DetailFacts.neighbourLine(format: format, code: code))
        self.lines = lines
        exact = format.exactDecimal(code)
    }

    /// A figure in the panel: exact in up to 14 columns, else 6 significant digits marked ≈
    /// (a power of two far beyond the decimal limit), `-` for none.
    static func figure(_ value: ExactValue?) -> String {
        guard let value else { return "-" }
        if let r = value.finiteMagnitude, NumberText.hugeExponent(r) != nil { return NumberText.approx(value) }
        return ValueText.fitted(value, width: 14, minimumDigits: 6).text
    }

    /// Sign, exponent and significand lines for floats; range for integers; levels for codebooks.
    static func fieldLines(format: Format, code: UInt64, decoded: DecodedValue) -> [[Fragment]] {
        let arrow = "→"
        switch format.kind {
        case .float(let s):
            guard let e = decoded.exponentField, let m = decoded.mantissaField else { return [] }
            var lines: [[Fragment]] = []
            var signAndExponent: [Fragment] = []
            if s.isSigned {
                let sign = (code >> UInt64(s.exponentBits + s.mantissaBits)) & 1
                signAndExponent += [Fragment("sign ", .label), Fragment("\(sign) (\(sign == 1 ? "-" : "+"))"), Fragment("  ")]
            }
            let fieldText = String(repeating: "0", count: max(0, s.exponentBits - String(e, radix: 2).count)) + String(e, radix: 2)
            signAndExponent += [Fragment("exponent ", .label), Fragment("\(fieldText) = \(e)")]
            let subnormalLike = e == 0 && s.hasZero
            switch decoded.category {
            case .nan: signAndExponent.append(Fragment("  NaN encoding", .dim))
            case .infinity: signAndExponent.append(Fragment("  all ones: infinity", .dim))
            case .zero, .subnormal:
                signAndExponent += [Fragment("  \(arrow) 2^\(s.minExponent)", .dim), Fragment(" (subnormal: no implicit 1)", .dim)]
            default:
                signAndExponent.append(Fragment("  \(arrow) 2^(\(e)-\(s.bias)) = 2^\(e - s.bias)", .dim))
            }
            lines.append(signAndExponent)
            let implicit = subnormalLike ? 0 : 1
            let mantissaText = (0..<s.mantissaBits).reversed().map { (m >> UInt64($0)) & 1 == 1 ? "1" : "0" }.joined()
            if decoded.category == .nan || decoded.category == .infinity {
                let note = decoded.category == .nan ? "(NaN payload)" : "(zero: infinity)"
                lines.append([Fragment("mantissa ", .label), mantissaText.isEmpty ? Fragment("none", .dim) : Fragment(mantissaText), Fragment(" " + note, .dim)])
            } else if s.mantissaBits > 0 {
                lines.append([Fragment("significand ", .label), Fragment("\(implicit).\(mantissaText)"),
                              Fragment(" = \(implicit) + \(m)/\(UInt64(1) << UInt64(s.mantissaBits))", .dim)])
            } else {
                lines.append([Fragment("significand ", .label), Fragment("1"), Fragment(" (no mantissa bits: powers of two only)", .dim)])
            }
            return lines
        case .integer(let s):
            let kind = s.isSigned ? "two's complement" : "unsigned"
            return [[Fragment("integer ", .label), Fragment("\(s.value(of: code))"), Fragment("  " + kind, .dim),
                     Fragment(", \(s.bitWidth)", .dim), Fragment(" bits: ", .dim), Fragment("\(s.minValue) … \(s.maxValue)", .dim),
                     Fragment("; round, then clamp", .dim)]]
        case .codebook(let c):
            // The levels in two lines of equal length, so a narrow panel never wraps one alone.
            let order = c.codesByValue
            let half = (order.count + 1) / 2
            var lines: [[Fragment]] = [[Fragment("index ", .label), Fragment("\(code)"), Fragment(" of ", .label), Fragment("\(c.levels.count)"),
                                        Fragment("  \(arrow) ", .dim), Fragment("float32 level ", .dim), Fragment(format.exactDecimal(code), .dim)]]
            for part in [order.prefix(half), order.dropFirst(half)] where !part.isEmpty {
                var levels: [Fragment] = [Fragment(part.startIndex == 0 ? "levels " : "       ", .label)]
                for (i, codeIndex) in part.enumerated() {
                    if i > 0 { levels.append(Fragment(" ", .dim)) }
                    let text = ValuesScreen.valueText(format: format, code: UInt64(codeIndex), width: 7).text
                    levels.append(Fragment(text, codeIndex == Int(code) ? .tone(.source) : .dim))
                }
                lines.append(levels)
            }
            return lines
        }
    }

    /// The next values below and above.
    static func neighbourLine(format: Format, code: UInt64) -> [Fragment] {
        func neighbour(_ c: UInt64?) -> Fragment {
            guard let c else { return Fragment("none", .dim) }
            return Fragment("\(ValuesScreen.valueText(format: format, code: c, width: 24).text) (\(format.hexCode(c)))")
        }
        return [Fragment("below ", .label), neighbour(format.nextDown(code)),
                Fragment("  above ", .label), neighbour(format.nextUp(code))]
    }
}
