import ArgumentParser
import FormatCore

/// `floatscope info`: the facts of formats, side by side.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "info", abstract: "Show the facts of one or more formats side by side (like numpy finfo, derived from the format record).")

    @Argument(help: "Formats (names or aliases) or block formats (q4_k, mxfp4, nf4:64+dq); see `floatscope formats`.") var formats: [String]
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        try runReportingErrors {
            guard !formats.isEmpty else { throw CLIError.usage("name at least one format, e.g. `floatscope info fp16 bf16`") }
            let (list, blocks) = try resolveFormatsAndBlocks(formats)
            let facts = list.map(FormatFacts.init)
            let blockFacts = blocks.map(BlockFactsJSON.init)
            if json {
                try JSONText.print(InfoJSON(formats: facts.map(FactsJSON.init), block_formats: blockFacts))
                return
            }
            var output = ""
            if !list.isEmpty {
                var table = TextTable(header: ["fact"] + list.map(\.name))
                let entries = facts.map(FactsJSON.init).map(\.displayRows)
                for (i, name) in FactsJSON.rowNames.enumerated() { table.rows.append([name] + entries.map { $0[i] }) }
                output += table.render()
            }
            if !blocks.isEmpty {
                if !output.isEmpty { output += "\n" }
                var table = TextTable(header: ["block format"] + blocks.map(\.name))
                let entries = blockFacts.map(\.displayRows)
                for (i, name) in BlockFactsJSON.rowNames.enumerated() { table.rows.append([name] + entries.map { $0[i] }) }
                output += table.render()
                for b in blockFacts {
                    output += "\n\(b.name): \(b.description)\n"
                    for f in b.call_fields { output += "  per call   \(f.name): \(f.role)\n" }
                    for f in b.group_fields { output += "  per group  \(f.name): \(f.role)\n" }
                    for f in b.fields { output += "  per block  \(f.name): \(f.role)\n" }
                }
            }
            try StandardStreams.writeOutput(output)
        }
    }
}

/// `info --json`: scalar formats and block formats.
struct InfoJSON: Encodable {
    let formats: [FactsJSON]
    let block_formats: [BlockFactsJSON]
}

/// The facts of a format as JSON and as display rows.
///
/// Every value of every format here is exactly a float64: JSON gives it as a number that parses to
/// that float64 (the double's shortest round-trip text) and, beside it, the exact decimal as a
/// `_exact` string. Text rows show the exact decimal where it fits the column, else a rounded one
/// marked "≈" (`ValueText`).
struct FactsJSON: Encodable {
    let name: String, description: String, family: String, bits: Int
    let sign_bits: Int?, exponent_bits: Int?, mantissa_bits: Int?, bias: Int?, precision_bits: Int?
    let max: Double, max_exact: String, min: Double, min_exact: String
    let smallest_normal: Double?, smallest_normal_exact: String?
    /// The smallest positive value, and what it is: "subnormal", "normal" (a float without
    /// subnormals), "integer" or "level" (a codebook).
    let smallest_positive: Double?, smallest_positive_exact: String?, smallest_positive_kind: String?
    /// Only where the format has subnormals (null otherwise: see smallest_positive).
    let smallest_subnormal: Double?, smallest_subnormal_exact: String?
    let eps: Double?, eps_exact: String?, epsneg: Double?, epsneg_exact: String?, maxexp: Int?, minexp: Int?
    let has_infinity: Bool, nan_encoding: String, nan_count: UInt64, negative_zero: Bool, has_subnormals: Bool
    let finite_values: UInt64, decimal_digits: Double?, numpy_precision: Int?
    let dynamic_range_binades: Double?, dynamic_range_decades: Double?

    /// The float64 that is exactly `v` (every value of every format here is one).
    static func number(_ v: ExactValue) -> Double {
        let d = v.doubleValue
        precondition(ExactValue(d) == v || v.isNaN, "\(Format.exactDecimal(v)) is not a float64")
        return d
    }

    init(_ f: FormatFacts) {
        let format = f.format
        name = format.name
        description = format.summary
        family = format.familyName
        bits = format.bitWidth
        var subnormals = false
        if case .float(let s) = format.kind {
            sign_bits = s.isSigned ? 1 : 0
            exponent_bits = s.exponentBits
            mantissa_bits = s.mantissaBits
            bias = s.bias
            precision_bits = s.precision
            has_infinity = s.hasInfinity
            nan_encoding = s.nanEncoding.rawValue
            negative_zero = s.hasNegativeZero
            subnormals = s.hasSubnormals
            smallest_positive_kind = f.smallestPositive == nil ? nil : (subnormals ? "subnormal" : "normal")
        } else {
            sign_bits = nil
            exponent_bits = nil
            mantissa_bits = nil
            bias = nil
            precision_bits = nil
            has_infinity = false
            nan_encoding = "none"
            negative_zero = format == .bnbFP4
            if case .integer = format.kind { smallest_positive_kind = "integer" } else { smallest_positive_kind = "level" }
        }
        has_subnormals = subnormals
        max = Self.number(f.maxFinite)
        max_exact = Format.exactDecimal(f.maxFinite)
        min = Self.number(f.minFinite)
        min_exact = Format.exactDecimal(f.minFinite)
        smallest_normal = f.smallestNormal.map(Self.number)
        smallest_normal_exact = f.smallestNormal.map(Format.exactDecimal)
        smallest_positive = f.smallestPositive.map(Self.number)
        smallest_positive_exact = f.smallestPositive.map(Format.exactDecimal)
        smallest_subnormal = subnormals ? smallest_positive : nil
        smallest_subnormal_exact = subnormals ? smallest_positive_exact : nil
        eps = f.epsilon.map(Self.number)
        eps_exact = f.epsilon.map(Format.exactDecimal)
        epsneg = f.epsilonBelow.map(Self.number)
        epsneg_exact = f.epsilonBelow.map(Format.exactDecimal)
        maxexp = f.maxExponentNumpy
        minexp = f.minExponentNumpy
        nan_count = f.nanCount
        finite_values = f.finiteCount
        decimal_digits = f.decimalDigits
        numpy_precision = f.numpyPrecision
        dynamic_range_binades = f.dynamicRangeBinades
        dynamic_range_decades = f.dynamicRangeDecades
    }

    static let rowNames = ["bits", "sign | exponent | mantissa", "bias", "precision (bits)", "max", "min", "smallest normal",
                           "smallest positive", "eps", "epsneg", "maxexp / minexp", "infinity", "NaN encoding (count)",
                           "negative zero", "finite values", "decimal digits", "dynamic range"]

    /// Width of a value cell in the text table.
    static let valueWidth = 16

    /// A value cell: exact where it fits, else "≈" and 8 significant digits (or as many as fit).
    static func cell(_ v: Double?) -> String {
        guard let v else { return "-" }
        return ValueText.fitted(ExactValue(v), width: valueWidth, minimumDigits: 8).text
    }

    /// A figure that is not a format value (a logarithm): "≈" and two decimals.
    static func approximately(_ v: Double) -> String { "≈" + String(format2Decimals: v) }

    var displayRows: [String] {
        func opt<T>(_ v: T?) -> String { v.map { "\($0)" } ?? "-" }
        let smallest = smallest_positive.map { v -> String in
            let kind = smallest_positive_kind.map { $0 == "subnormal" ? " (subnormal)" : " (\($0); no subnormals)" } ?? ""
            return Self.cell(v) + kind
        } ?? "-"
        return [
            String(bits),
            exponent_bits.map { "\(sign_bits ?? 0) | \($0) | \(mantissa_bits ?? 0)" } ?? "-",
            opt(bias), opt(precision_bits), Self.cell(max), Self.cell(min), Self.cell(smallest_normal), smallest,
            Self.cell(eps), Self.cell(epsneg),
            maxexp.map { "\($0) / \(minexp ?? 0)" } ?? "-",
            has_infinity ? "yes" : "no",
            "\(nan_encoding) (\(nan_count))",
            negative_zero ? "yes" : "no",
            String(finite_values),
            decimal_digits.map(Self.approximately) ?? "-",
            dynamic_range_binades.map { "\(Self.approximately($0)) binades, \(Self.approximately(dynamic_range_decades ?? 0)) decades" } ?? "-",
        ]
    }
}

extension String {
    /// A number with two decimals (`7.22`), rounded to nearest.
    init(format2Decimals v: Double) {
        let hundredths = (v * 100).rounded()
        let whole = Int(hundredths / 100), rest = Int(abs(hundredths).truncatingRemainder(dividingBy: 100))
        let sign = hundredths < 0 && whole == 0 ? "-" : ""
        self = "\(sign)\(whole).\(rest < 10 ? "0" : "")\(rest)"
    }
}
