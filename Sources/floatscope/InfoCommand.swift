import ArgumentParser
import FormatCore

/// `floatscope info`: the facts of formats, side by side.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "info", abstract: "Show the facts of one or more formats side by side (like numpy finfo, derived from the format record).")

    @Argument(help: "Formats (names or aliases; see `floatscope formats`).") var formats: [String]
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        try runReportingErrors {
            guard !formats.isEmpty else { throw CLIError.usage("name at least one format, e.g. `floatscope info fp16 bf16`") }
            let list = try resolveFormats(formats)
            let facts = list.map(FormatFacts.init)
            if json {
                try JSONText.print(["formats": facts.map(FactsJSON.init)])
                return
            }
            let rows = FactsJSON.rowNames
            var table = TextTable(header: ["fact"] + list.map(\.name))
            let entries = facts.map(FactsJSON.init).map(\.displayRows)
            for (i, name) in rows.enumerated() { table.rows.append([name] + entries.map { $0[i] }) }
            try StandardStreams.writeOutput(table.render())
        }
    }
}

/// The facts of a format as JSON and as display rows.
struct FactsJSON: Encodable {
    let name: String, description: String, family: String, bits: Int
    let sign_bits: Int?, exponent_bits: Int?, mantissa_bits: Int?, bias: Int?, precision_bits: Int?
    let max: String, max_exact: String, min: String, smallest_normal: String?, smallest_subnormal: String?
    let eps: String?, epsneg: String?, maxexp: Int?, minexp: Int?
    let has_infinity: Bool, nan_encoding: String, nan_count: UInt64, negative_zero: Bool, has_subnormals: Bool
    let finite_values: UInt64, decimal_digits: Double?, numpy_precision: Int?
    let dynamic_range_binades: Double?, dynamic_range_decades: Double?

    init(_ f: FormatFacts) {
        let format = f.format, s = format.floatSemantics
        name = format.name; description = format.summary; family = format.familyName; bits = format.bitWidth
        sign_bits = s.map { $0.isSigned ? 1 : 0 }; exponent_bits = s?.exponentBits; mantissa_bits = s?.mantissaBits
        bias = s?.bias; precision_bits = s?.precision
        max = DecimalText.approximate(f.maxFinite, digits: 8); max_exact = Format.exactDecimal(f.maxFinite)
        min = DecimalText.approximate(f.minFinite, digits: 8)
        smallest_normal = f.smallestNormal.map { DecimalText.approximate($0, digits: 8) }
        smallest_subnormal = f.smallestPositive.map { DecimalText.approximate($0, digits: 8) }
        eps = f.epsilon.map { DecimalText.approximate($0, digits: 8) }
        epsneg = f.epsilonBelow.map { DecimalText.approximate($0, digits: 8) }
        maxexp = f.maxExponentNumpy; minexp = f.minExponentNumpy
        has_infinity = s?.hasInfinity ?? false
        nan_encoding = s?.nanEncoding.rawValue ?? "none"
        nan_count = f.nanCount
        negative_zero = s?.hasNegativeZero ?? (format.name == "bnb-fp4")
        has_subnormals = s?.hasSubnormals ?? false
        finite_values = f.finiteCount
        decimal_digits = f.decimalDigits.map { ($0 * 100).rounded() / 100 }
        numpy_precision = f.numpyPrecision
        dynamic_range_binades = f.dynamicRangeBinades.map { ($0 * 100).rounded() / 100 }
        dynamic_range_decades = f.dynamicRangeDecades.map { ($0 * 100).rounded() / 100 }
    }

    static let rowNames = ["bits", "sign | exponent | mantissa", "bias", "precision (bits)", "max", "min", "smallest normal",
                           "smallest subnormal", "eps", "epsneg", "maxexp / minexp", "infinity", "NaN encoding (count)",
                           "negative zero", "finite values", "decimal digits", "dynamic range"]

    var displayRows: [String] {
        func opt<T>(_ v: T?) -> String { v.map { "\($0)" } ?? "-" }
        return [
            String(bits),
            exponent_bits.map { "\(sign_bits ?? 0) | \($0) | \(mantissa_bits ?? 0)" } ?? "-",
            opt(bias), opt(precision_bits), max, min, opt(smallest_normal), opt(smallest_subnormal), opt(eps), opt(epsneg),
            maxexp.map { "\($0) / \(minexp ?? 0)" } ?? "-",
            has_infinity ? "yes" : "no",
            "\(nan_encoding) (\(nan_count))",
            negative_zero ? "yes" : "no",
            String(finite_values),
            opt(decimal_digits),
            dynamic_range_binades.map { "\($0) binades, \(dynamic_range_decades ?? 0) decades" } ?? "-",
        ]
    }
}
