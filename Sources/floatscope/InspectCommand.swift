import ArgumentParser
import FormatCore

/// `floatscope inspect`: one value in many formats.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show what a value becomes in each format: code, bits, value, error, status, neighbours.",
        discussion: """
        VALUE: \(ValueParseError.accepted).
        Bare constants (max, min, tiny, eps) refer to the first --format. Negative values can be
        typed as they are: `floatscope inspect -1.5`.
        """)

    @Argument(help: "The value to inspect.") var value: String
    @Option(name: [.short, .long], help: "Formats (repeat or comma-separate). Default: fp32 bf16 fp16 e4m3fn e5m2 e2m1fn int8 nf4.")
    var format: [String] = []
    @OptionGroup var roundingOptions: RoundingOptions
    @Flag(name: .long, help: "Print JSON.") var json = false

    static let defaultFormats = ["fp32", "bf16", "fp16", "e4m3fn", "e5m2", "e2m1fn", "int8", "nf4"]

    func run() throws {
        try runReportingErrors {
            let formats = try resolveFormats(format.isEmpty ? Self.defaultFormats : format)
            let mode = try roundingOptions.mode()
            let parsed: ParsedValue
            do { parsed = try ValueParser.parse(value, context: formats.first) } catch { throw CLIError.usage(String(describing: error)) }
            let inspections = formats.map { Inspection(parsed.value, in: $0, rounding: mode, overflow: roundingOptions.policy) }
            let report = InspectReport(text: value, parsed: parsed, mode: mode, policy: roundingOptions.policy, inspections: inspections)
            if json { try JSONText.print(report) } else { try StandardStreams.writeOutput(report.text()) }
        }
    }
}

/// The result of `inspect`, as JSON and as text.
struct InspectReport: Encodable {
    struct Input: Encodable { let text: String; let exact: String; let approx: String; let origin: String }
    struct Result: Encodable {
        let format: String, code: String, bits: String, value: String, shortest: String, exact: String, hex: String, category: String
        let status: String, flags: [String], abs_error: String?, rel_error: String?
        let next_down: String?, next_up: String?, ulp: String?, relative_spacing: String?
    }
    let input: Input
    let rounding: String
    let overflow: String
    let results: [Result]

    init(text: String, parsed: ParsedValue, mode: RoundingMode, policy: OverflowPolicy, inspections: [Inspection]) {
        let origin: String
        switch parsed.origin {
        case .literal: origin = "literal"
        case .code(let f, let c): origin = "code \(f.hexCode(c)) in \(f.name)"
        case .constant(let f, let name): origin = "\(name) of \(f.name)"
        }
        input = Input(text: text, exact: Format.exactDecimal(parsed.value), approx: DecimalText.approximate(parsed.value, digits: 17), origin: origin)
        rounding = mode.shortName
        overflow = policy.rawValue
        results = inspections.map { i in
            let f = i.format
            return Result(format: f.name, code: i.hexCode, bits: i.groupedBits, value: i.display, shortest: i.shortest, exact: i.exact, hex: i.hexFloat,
                          category: i.decoded.category.rawValue, status: i.conversion.status.description, flags: i.conversion.status.flagNames,
                          abs_error: i.absoluteError.map { DecimalText.approximate($0, digits: 6) },
                          rel_error: i.relativeError.map { DecimalText.approximate($0, digits: 6) },
                          next_down: i.nextDown.map { f.displayDecimal($0) }, next_up: i.nextUp.map { f.displayDecimal($0) },
                          ulp: i.ulp.map { DecimalText.approximate($0, digits: 6) },
                          relative_spacing: i.relativeSpacing.map { DecimalText.approximate($0, digits: 4) })
        }
    }

    func text() -> String {
        var out = "input     \(input.text)"
        if input.exact != input.text { out += "  = \(input.exact.count > 80 ? input.approx + " (approx.)" : input.exact)" }
        if input.origin != "literal" { out += "  (\(input.origin))" }
        out += "\nrounding  \(rounding), overflow \(overflow)\n\n"
        var table = TextTable(header: ["format", "code", "bits (sign|exponent|mantissa)", "value", "abs error", "rel error", "status"],
                              alignments: [.left, .right, .left, .right, .right, .right])
        for r in results {
            table.rows.append([r.format, r.code, r.bits, r.value, r.abs_error ?? "-", r.rel_error ?? "-", r.status])
        }
        out += table.render() + "\n"
        for r in results {
            out += "\(r.format): exact \(r.exact)  shortest \(r.shortest)\n"
            out += String(repeating: " ", count: r.format.count + 2)
            out += "hex \(r.hex)  next down \(r.next_down ?? "-")  next up \(r.next_up ?? "-")  ulp \(r.ulp ?? "-")\n"
        }
        return out
    }
}
