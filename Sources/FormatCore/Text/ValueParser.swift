import BigInt

/// Reads values from text exactly: no detour through Double, so "0.1" rounds correctly into every format.
public enum ValueParser {
    /// The largest decimal exponent accepted (binary: four times it); far beyond every format (fp64 ends near 1e±324),
    /// and small enough that exact arithmetic on the value stays instant.
    public static let exponentLimit = 1_000
    /// The largest binary exponent accepted in `2^N` and hex floats (binary values stay cheap to handle exactly).
    public static let binaryExponentLimit = 16_000
    /// The largest number of digits accepted in one number: any length people type or paste (the
    /// exact value is kept, however long), bounded so that reading and rounding stay well under a
    /// second and a few megabytes. fp64's longest exact value has 767 significant digits.
    public static let digitLimit = 100_000

    /// Parses a value; `context` is the format that bare constants (`max`, `tiny`...) refer to.
    public static func parse(_ input: String, context: Format? = nil) throws(ValueParseError) -> ParsedValue {
        let text = input.trimmingWhitespace()
        guard !text.isEmpty else { throw ValueParseError(text: input, reason: "it is empty") }
        // [-]FORMAT:CODE or [-]FORMAT:CONSTANT (a leading sign negates the value)
        if let colon = text.firstIndex(of: ":") {
            var formatName = Substring(text[..<colon]), negate = false
            if formatName.first == "-" || formatName.first == "+" { negate = formatName.first == "-"; formatName = formatName.dropFirst() }
            let rest = String(text[text.index(after: colon)...])
            let format: Format
            do { format = try Format.named(String(formatName)) } catch {
                throw ValueParseError(text: input, reason: error.description)
            }
            let parsed = try parseInFormat(rest, format: format, original: input)
            return negate ? ParsedValue(value: parsed.value.negated, origin: parsed.origin) : parsed
        }
        var body = Substring(text)
        var negative = false
        if body.first == "-" || body.first == "+" { negative = body.first == "-"; body = body.dropFirst() }
        let lower = body.lowercased()
        if ["max", "min", "tiny", "eps", "maxfinite", "smallest", "epsilon"].contains(lower) {
            guard let context else {
                throw ValueParseError(text: input, reason: "'\(lower)' needs a format: write it as FORMAT:\(lower), e.g. fp16:\(lower)")
            }
            return try constant(lower, of: context, negative: negative, original: input)
        }
        let value = try parseNumber(body, negative: negative, original: input)
        return ParsedValue(value: value, origin: .literal)
    }

    /// Parses what follows `FORMAT:`.
    static func parseInFormat(_ rest: String, format: Format, original: String) throws(ValueParseError) -> ParsedValue {
        let lower = rest.lowercased().trimmingWhitespace()
        var body = Substring(lower), negative = false
        if body.first == "-" || body.first == "+" { negative = body.first == "-"; body = body.dropFirst() }
        if ["max", "min", "tiny", "eps", "maxfinite", "smallest", "epsilon"].contains(String(body)) {
            return try constant(String(body), of: format, negative: negative, original: original)
        }
        let digits: Substring, radix: Int
        if lower.hasPrefix("0x") { digits = lower.dropFirst(2); radix = 16 }
        else if lower.hasPrefix("0b") { digits = lower.dropFirst(2); radix = 2 }
        else {
            throw ValueParseError(text: original, reason: "after '\(format.name):' write a raw code as 0x… or 0b…, or one of max, min, tiny, eps")
        }
        let cleaned = digits.filter { $0 != "_" && $0 != " " && $0 != "'" }
        guard !cleaned.isEmpty, let code = UInt64(cleaned, radix: radix) else {
            throw ValueParseError(text: original, reason: "'\(ValueParseError.excerpt(String(digits)))' is not a \(radix == 16 ? "hexadecimal" : "binary") number")
        }
        guard code & ~format.codeMask == 0 else {
            throw ValueParseError(text: original, reason: "code 0x\(String(code, radix: 16)) does not fit in \(format.name)'s \(format.bitWidth) bits")
        }
        if case .codebook(let c) = format.kind, code >= c.levels.count {
            throw ValueParseError(text: original, reason: "\(format.name) has codes 0...\(c.levels.count - 1)")
        }
        return ParsedValue(value: format.decode(code).exact, origin: .code(format, code))
    }

    /// A named constant of a format.
    static func constant(_ name: String, of format: Format, negative: Bool, original: String) throws(ValueParseError) -> ParsedValue {
        let facts = FormatFacts(format)
        let value: ExactValue?
        switch name {
        case "max", "maxfinite": value = facts.maxFinite
        case "min": value = facts.smallestNormal
        case "tiny", "smallest": value = facts.smallestPositive
        case "eps", "epsilon": value = facts.epsilon
        default: value = nil
        }
        guard var result = value else {
            throw ValueParseError(text: original, reason: "\(format.name) has no '\(name)'")
        }
        if negative { result = result.negated }
        return ParsedValue(value: result, origin: .constant(format, name))
    }

    /// Parses a number: decimal, hex float, fraction, power of two, inf, nan.
    static func parseNumber(_ body: Substring, negative: Bool, original: String) throws(ValueParseError) -> ExactValue {
        let lower = body.lowercased()
        switch lower {
        case "inf", "infinity", "∞": return .infinity(negative: negative)
        case "nan", "qnan", "snan": return .nan(negative: negative)
        default: break
        }
        if let slash = lower.firstIndex(of: "/") {
            guard lower[lower.index(after: slash)...].firstIndex(of: "/") == nil else {
                throw ValueParseError(text: original, reason: "a fraction has one '/' (write 1/15, not 1/3/5)")
            }
            let a = try parseNumber(Substring(lower[..<slash]), negative: false, original: original)
            let b = try parseNumber(Substring(lower[lower.index(after: slash)...]), negative: false, original: original)
            guard let ra = a.finiteMagnitude, let rb = b.finiteMagnitude else {
                throw ValueParseError(text: original, reason: "a fraction needs finite numbers on both sides")
            }
            guard !rb.isZero else { throw ValueParseError(text: original, reason: "division by zero") }
            return .finite((ra / rb).reduced(), negative: negative)
        }
        for power in ["^", "**"] {
            if let range = lower.range(of: power) {
                let base = lower[..<range.lowerBound], exponentText = lower[range.upperBound...]
                guard base == "2", let exponent = Int(exponentText), abs(exponent) <= binaryExponentLimit else {
                    throw ValueParseError(text: original, reason: "powers are written 2^N with a whole N of at most \(binaryExponentLimit)")
                }
                return .finite(Rational(significand: 1, exponent: exponent), negative: negative)
            }
        }
        if lower.hasPrefix("0x") { return try parseHex(lower.dropFirst(2), negative: negative, original: original) }
        if lower.hasPrefix("0b") {
            guard let v = BigUInt(String(lower.dropFirst(2)), radix: 2) else {
                throw ValueParseError(text: original, reason: "'\(ValueParseError.excerpt(String(body)))' is not a binary integer")
            }
            return .finite(Rational(v), negative: negative)
        }
        return try parseDecimal(Substring(lower), negative: negative, original: original)
    }

    /// Parses `digits[.digits][e[+-]digits]`.
    static func parseDecimal(_ s: Substring, negative: Bool, original: String) throws(ValueParseError) -> ExactValue {
        var mantissa = s, exponent = 0
        if let e = s.firstIndex(where: { $0 == "e" }) {
            mantissa = s[..<e]
            let expText = s[s.index(after: e)...]
            guard let x = Int(expText.hasPrefix("+") ? expText.dropFirst() : expText) else {
                throw ValueParseError(text: original, reason: "'\(ValueParseError.excerpt(String(expText)))' is not a whole-number exponent")
            }
            guard abs(x) <= exponentLimit else {
                throw ValueParseError(text: original, reason: "the exponent \(x) is beyond ±\(exponentLimit)")
            }
            exponent = x
        }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { throw ValueParseError(text: original, reason: "it has more than one decimal point") }
        let integerPart = parts[0].filter { $0 != "_" }, fractionPart = parts.count == 2 ? parts[1].filter { $0 != "_" } : ""
        let allDigits = integerPart + fractionPart
        guard !allDigits.isEmpty, allDigits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw ValueParseError(text: original, reason: "'\(ValueParseError.excerpt(String(s)))' is not a number")
        }
        guard allDigits.count <= digitLimit else {
            throw ValueParseError(text: original, reason: "it has more than \(digitLimit) digits")
        }
        let significand = BigUInt(allDigits, radix: 10)!
        return .finite(Rational(significand: significand, decimalExponent: exponent - fractionPart.count), negative: negative)
    }

    /// Parses the part of a hex float after `0x`: `hex[.hex][p[+-]digits]`.
    static func parseHex(_ s: Substring, negative: Bool, original: String) throws(ValueParseError) -> ExactValue {
        var mantissa = s, exponent = 0
        if let p = s.firstIndex(of: "p") {
            mantissa = s[..<p]
            let expText = s[s.index(after: p)...]
            guard let x = Int(expText.hasPrefix("+") ? expText.dropFirst() : expText), abs(x) <= binaryExponentLimit else {
                throw ValueParseError(text: original, reason: "'\(ValueParseError.excerpt(String(expText)))' is not a binary exponent (0x1.8p-3)")
            }
            exponent = x
        }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { throw ValueParseError(text: original, reason: "it has more than one point") }
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        let digits = String(parts[0]) + fraction
        guard !digits.isEmpty, digits.count <= digitLimit, let significand = BigUInt(digits, radix: 16) else {
            throw ValueParseError(text: original, reason: "'0x\(ValueParseError.excerpt(String(s)))' is not a hex number or hex float")
        }
        return .finite(Rational(significand: significand, exponent: exponent - 4 * fraction.count), negative: negative)
    }
}

extension String {
    /// The string without leading and trailing white space.
    func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
