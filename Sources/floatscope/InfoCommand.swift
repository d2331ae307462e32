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
        let format = f.format
        name = format.name
        description = format.summary
        family = format.familyName
        bits = format.bitWidth
        if case .float(let s) = format.kind {
            sign_bits = s.isSigned ? 1 : 0
            exponent_bits = s.exponentBits
            mantissa_bits = s.mantissaBits
            bias = s.bias
            precision_bits = s.precision
            has_infinity = s.hasInfinity
            nan_encoding = s.nanEncoding.rawValue
            negative_zero = s.hasNegativeZero
            has_subnormals = s.hasSubnormals
        } else {
            sign_bits = nil
            exponent_bits = nil
            mantissa_bits = nil
            bias = nil
            precision_bits = nil
            has_infinity = false
            nan_encoding = "none"
            negative_zero = format == .bnbFP4
            has_subnormals = false
        }
        max = Self.approx(f.maxFinite)
        max_exact = Format.exactDecimal(f.maxFinite)
        min = Self.approx(f.minFinite)
        smallest_normal = Self.approx(f.smallestNormal)
        smallest_subnormal = Self.approx(f.smallestPositive)
        eps = Self.approx(f.epsilon)
        epsneg = Self.approx(f.epsilonBelow)
        maxexp = f.maxExponentNumpy
        minexp = f.minExponentNumpy
        nan_count = f.nanCount
        finite_values = f.finiteCount
        decimal_digits = Self.rounded(f.decimalDigits)
        numpy_precision = f.numpyPrecision
        dynamic_range_binades = Self.rounded(f.dynamicRangeBinades)
        dynamic_range_decades = Self.rounded(f.dynamicRangeDecades)
    }

    static func approx(_ v: ExactValue) -> String { DecimalText.approximate(v, digits: 8) }
    static func approx(_ v: ExactValue?) -> String? {
        guard let v else { return nil }
        return DecimalText.approximate(v, digits: 8)
    }
    static func rounded(_ v: Double?) -> Double? {
        guard let v else { return nil }
        return (v * 100).rounded() / 100
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
