import ArgumentParser
import FormatCore

/// `floatscope inspect`: one value in many formats.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show what a value becomes in each format: code, bits, value, error, status, neighbours.",
        discussion: """
        VALUE: \(ValueParseError.accepted).
        Bare constants (max, min, tiny, eps) refer to the first --format. Negative values are
        typed as they are: `floatscope inspect -1.5`, `floatscope inspect -fp16:max`.
        """)

    /// The value: every argument that is not one of the options below (so `-1.5`, `-inf` and
    /// `-fp16:max` are values, and `-hello` is a bad value, not `-h`).
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The value to inspect (negative values as they are: -1.5, -fp16:max).", valueName: "value"))
    var values: [String] = []
    @Option(name: [.short, .long], help: "Formats (repeat or comma-separate). Default: fp32 bf16 fp16 e4m3fn e5m2 e2m1fn int8 nf4.", transform: formatListArgument)
    var format: [[Format]] = []
    @OptionGroup var roundingOptions: RoundingOptions
    @Flag(name: .long, help: "Print JSON.") var json = false

    static let defaultFormats = ["fp32", "bf16", "fp16", "e4m3fn", "e5m2", "e2m1fn", "int8", "nf4"]

    func run() throws {
        try runReportingErrors {
            // ArgumentParser hands the `--` separator to an .allUnrecognized argument too.
            let values = self.values.filter { $0 != "--" }
            guard values.count == 1, let value = values.first else {
                throw CLIError.usage(values.isEmpty ? "give one value to inspect, e.g. `floatscope inspect 0.1`"
                                     : "give one value to inspect; got \(values.count): \(values.map { "'\(ValueParseError.excerpt($0, limit: 30))'" }.joined(separator: " "))")
            }
            let formats = format.isEmpty ? try resolveFormats(Self.defaultFormats) : deduplicated(format.flatMap { $0 })
            let mode = try roundingOptions.mode()
            let parsed: ParsedValue
            do { parsed = try ValueParser.parse(value, context: formats.first) } catch { throw CLIError.usage(String(describing: error)) }
            let inspections = formats.map { Inspection(parsed.value, in: $0, rounding: mode, overflow: roundingOptions.policy) }
            let report = InspectReport(text: value, parsed: parsed, mode: mode, policy: roundingOptions.policy, inspections: inspections, json: json)
            if json { try JSONText.print(report) } else { try StandardStreams.writeOutput(report.text(parsed: parsed.value)) }
        }
    }
}

/// The result of `inspect`, as JSON and as text.
///
/// JSON: every value of a format is a number that parses to exactly that float64, with its exact
/// decimal beside it (`_exact`); errors and spacings, which need not be float64s, are numbers that
/// parse to the nearest float64, with their exact value beside them (a decimal, or a fraction such
/// as `1/3` where there is no finite decimal). Text: exact where it fits, else "≈" and enough digits
/// to tell a value from its neighbours (`ValueText`); "=" only before an exact value.
struct InspectReport: Encodable {
    struct Input: Encodable {
        let text: String
        /// The exact value: a decimal, or a reduced fraction (`1/3`) when it has no finite decimal.
        let exact: String
        let is_finite_decimal: Bool
        /// The float64 nearest to the input (null for inf and NaN).
        let nearest_double: Double?
        let origin: String
    }
    struct Result: Encodable {
        let format: String, code: String, bits: String, hex: String, category: String
        /// The result: a float64 equal to it (null for inf and NaN), and its exact decimal.
        let value: Double?, exact: String
        /// The shortest decimal that reads back as the same code (not the value itself).
        let shortest: String
        let status: String, flags: [String]
        let abs_error: Double?, abs_error_exact: String?, rel_error: Double?, rel_error_exact: String?
        let next_down: Double?, next_down_exact: String?, next_up: Double?, next_up_exact: String?
        let ulp: Double?, ulp_exact: String?, relative_spacing: Double?, relative_spacing_exact: String?
        /// Text cells (not encoded).
        let valueText: String, absErrorText: String, relErrorText: String, nextDownText: String, nextUpText: String, ulpText: String
        enum CodingKeys: String, CodingKey {
            case format, code, bits, hex, category, value, exact, shortest, status, flags, abs_error, abs_error_exact,
                 rel_error, rel_error_exact, next_down, next_down_exact, next_up, next_up_exact, ulp, ulp_exact,
                 relative_spacing, relative_spacing_exact
        }
    }
    let input: Input
    let rounding: String
    let overflow: String
    let results: [Result]

    /// Width of a value cell in the text table and detail lines.
    static let valueWidth = 26

    /// A finite value as a JSON number (nearest float64; exact for every value of a format); nil
    /// (JSON null) for inf and NaN, and for a finite value beyond float64's range (1e400, or the
    /// error of one): its `_exact` string still says what it is.
    static func number(_ v: ExactValue?) -> Double? {
        guard let v, v.finiteMagnitude != nil else { return nil }
        let d = v.doubleValue
        return d.isFinite ? d : nil
    }

    /// Inputs whose exact text is longer than this get no exact strings for their errors and relative
    /// spacing (null; the numbers are still there): those fractions would run to hundreds of
    /// thousands of digits and take seconds to write.
    static let exactErrorInputLimit = 2_000

    init(text: String, parsed: ParsedValue, mode: RoundingMode, policy: OverflowPolicy, inspections: [Inspection], json: Bool) {
        let origin: String
        switch parsed.origin {
        case .literal: origin = "literal"
        case .code(let f, let c): origin = "code \(f.hexCode(c)) in \(f.name)"
        case .constant(let f, let name): origin = "\(name) of \(f.name)"
        }
        let finiteDecimal = parsed.value.finiteMagnitude.map { $0.terminatingDecimalDigits != nil } ?? true
        input = Input(text: text, exact: Format.exactDecimal(parsed.value), is_finite_decimal: finiteDecimal,
                      nearest_double: Self.number(parsed.value), origin: origin)
        rounding = mode.shortName
        let errorsExact = json && input.exact.count <= Self.exactErrorInputLimit
        func exactText(_ v: ExactValue?) -> String? { errorsExact ? v.map(Format.exactDecimal) : nil }
        overflow = policy.rawValue
        results = inspections.map { i in
            let f = i.format
            let value = i.decoded.exact
            let down = i.nextDown.map { f.decode($0).exact }, up = i.nextUp.map { f.decode($0).exact }
            let neighbours = [down, up].compactMap { $0 }
            func fitted(_ v: ExactValue?, _ near: [ExactValue]) -> String {
                v.map { ValueText.fitted($0, width: Self.valueWidth, minimumDigits: 17, neighbours: near).text } ?? "-"
            }
            func figure(_ v: ExactValue?) -> String { v.map { ValueText.rounded($0, digits: 6).text } ?? "-" }
            return Result(format: f.name, code: i.hexCode, bits: i.groupedBits, hex: i.hexFloat, category: i.decoded.category.rawValue,
                          value: Self.number(value), exact: i.exact, shortest: i.shortest,
                          status: i.conversion.status.description, flags: i.conversion.status.flagNames,
                          abs_error: Self.number(i.absoluteError), abs_error_exact: exactText(i.absoluteError),
                          rel_error: Self.number(i.relativeError), rel_error_exact: exactText(i.relativeError),
                          next_down: Self.number(down), next_down_exact: down.map(Format.exactDecimal),
                          next_up: Self.number(up), next_up_exact: up.map(Format.exactDecimal),
                          ulp: Self.number(i.ulp), ulp_exact: i.ulp.map(Format.exactDecimal),
                          relative_spacing: Self.number(i.relativeSpacing), relative_spacing_exact: exactText(i.relativeSpacing),
                          valueText: fitted(value, neighbours), absErrorText: figure(i.absoluteError), relErrorText: figure(i.relativeError),
                          nextDownText: fitted(down, [value]), nextUpText: fitted(up, [value]), ulpText: fitted(i.ulp, []))
        }
    }

    /// The input line: the text as typed (a long one as an excerpt) and its exact value when that differs.
    func inputLine(parsed value: ExactValue) -> String {
        var out = "input     \(ValueParseError.excerpt(input.text, limit: 80))"
        if !input.is_finite_decimal {
            let approx = ValueText.fitted(value, minimumDigits: 17).text
            out += "  = \(ValueParseError.excerpt(input.exact, limit: 80)) (no finite decimal; \(approx))"
        } else if input.exact != input.text {
            if input.exact.count <= 80 { out += "  = \(input.exact)" }
            else {
                let shown = ValueText.fitted(value, width: 40, minimumDigits: 17)
                out += "  \(shown.isExact ? "= " : "")\(shown.text)\(shown.isExact ? "" : " (exact value: \(input.exact.count) characters, in --json)")"
            }
        }
        return out
    }

    func text(parsed value: ExactValue) -> String {
        var out = inputLine(parsed: value)
        if input.origin != "literal" { out += "  (\(input.origin))" }
        out += "\nrounding  \(rounding), overflow \(overflow)\n\n"
        var table = TextTable(header: ["format", "code", "bits (sign|exponent|mantissa)", "value", "abs error", "rel error", "status"],
                              alignments: [.left, .right, .left, .right, .right, .right])
        for r in results {
            table.rows.append([r.format, r.code, r.bits, r.valueText, r.absErrorText, r.relErrorText, r.status])
        }
        out += table.render() + "\n"
        for r in results {
            let exact = r.exact.count <= 120 ? r.exact : ValueParseError.excerpt(r.exact, limit: 120) + " (in --json)"
            out += "\(r.format): exact \(exact)  shortest round-trip \(r.shortest)\n"
            out += String(repeating: " ", count: r.format.count + 2)
            out += "hex \(r.hex)  next down \(r.nextDownText)  next up \(r.nextUpText)  ulp \(r.ulpText)\n"
        }
        if results.contains(where: { $0.valueText.hasPrefix("≈") || $0.nextDownText.hasPrefix("≈") || $0.nextUpText.hasPrefix("≈") || $0.absErrorText.hasPrefix("≈") || $0.relErrorText.hasPrefix("≈") }) {
            out += "\n≈ marks a rounded figure; the exact ones are in the detail lines and --json.\n"
        }
        return out
    }
}
