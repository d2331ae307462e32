import FormatCore
import Foundation
import Sweep

/// The results of `sweep`, as text and JSON.
struct SweepReport {
    /// The source.
    let source: SourcePlan
    /// The rounding mode of scalar targets (stochastic with its seed).
    let mode: RoundingMode
    /// The rounding options (for the overflow policy).
    let rounding: RoundingOptions
    /// Whether verify mode checked every chunk.
    let verified: Bool
    let results: [SweepResult]
    let targetsRequested: Int

    /// 4294967296 -> "4,294,967,296".
    static func grouped(_ n: UInt64) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    /// Values per second with a unit.
    static func rate(_ r: Double) -> String {
        if r >= 1e9 { return String(format: "%.2f G values/s", r / 1e9) }
        if r >= 1e6 { return String(format: "%.1f M values/s", r / 1e6) }
        return String(format: "%.0f values/s", r)
    }

    /// A figure with `digits` significant digits: its exact decimal when that is no longer, else
    /// rounded and marked "≈" (figures are float64 results; the mark says the text is not the double).
    static func g(_ v: Double, _ digits: Int = 6) -> String {
        if v.isInfinite { return v > 0 ? "inf" : "-inf" }
        if v.isNaN { return "nan" }
        let rounded = DecimalText.approximate(v, digits: digits)
        let exact = ValueText.exact(ExactValue(v))
        if exact.isExact && exact.text.count <= max(rounded.count, digits + 2) { return exact.text }
        return ValueText.roundedMark + rounded
    }

    /// A figure with a fixed number of decimals (`%.2f`), marked "≈" unless that is its exact value.
    static func fixed(_ v: Double, _ decimals: Int = 2, suffix: String = "") -> String {
        if v.isInfinite { return (v > 0 ? "inf" : "-inf") + suffix }
        if v.isNaN { return "nan" + suffix }
        let text = String(format: "%.\(decimals)f", v)
        return (Double(text) == v && ValueText.exact(ExactValue(v)).text.count <= text.count ? "" : ValueText.roundedMark) + text + suffix
    }

    /// An input value (a float32) with 9 significant digits, marked "≈" unless exact.
    static func input(_ bits: UInt32) -> String { g(Double(Float(bitPattern: bits)), 9) }

    func text(binades showAll: Bool) -> String {
        var out = "source    \(source.description)\n"
        if let r = results.first {
            out += "rounding  \(mode.shortName), overflow \(rounding.policy.rawValue) (scalar targets); \(r.threads) thread(s)"
            out += verified ? "; verified chunk by chunk against the definition (counts and maxima equal, sums up to the order of addition)\n" : "\n"
        }
        if results.count == 1, let r = results.first { return out + single(r, showAll: showAll) }
        out += "\n"
        var table = TextTable(header: ["target", "bits/value", "RMSE", "SQNR dB", "mean rel", "max rel", "overflow", "saturated", "underflow→0", "exact", "time"],
                              alignments: [.left, .right, .right, .right, .right, .right, .right, .right, .right, .right, .right])
        for r in results {
            let s = r.statistics
            table.rows.append([r.target + (r.partial ? " (partial)" : ""), Self.g(r.bitsPerValue, 6), Self.g(s.rmse, 4), Self.fixed(s.sqnr),
                               Self.g(s.meanRelativeError, 4), Self.g(s.maxRelativeError, 4),
                               Self.grouped(s.overflowToInfinity + s.overflowToNaN), Self.grouped(s.saturated),
                               Self.grouped(s.underflowToZero), Self.grouped(s.exact), Self.fixed(r.elapsed, suffix: " s")])
        }
        out += table.render()
        if results.count < targetsRequested { out += "\nPARTIAL: interrupted; \(targetsRequested - results.count) target(s) not run.\n" }
        if results.contains(where: \.partial) { out += "PARTIAL: the last row covers only the values done before the interruption.\n" }
        return out
    }

    private func single(_ r: SweepResult, showAll: Bool) -> String {
        let s = r.statistics
        var out = "target    \(r.target), \(Self.g(r.bitsPerValue, 6)) bits/value\n"
        out += "time      " + Self.fixed(r.elapsed, suffix: " s, ") + ValueText.roundedMark + Self.rate(Double(s.elements) / max(r.elapsed, 1e-9)) + "\n"
        if r.partial { out += "PARTIAL   interrupted after \(Self.grouped(s.elements)) values: the figures cover those only\n" }
        out += "\ncounts    values \(Self.grouped(s.elements)), NaN inputs \(Self.grouped(s.nanInputs)), infinite inputs \(Self.grouped(s.infiniteInputs))\n"
        out += "          overflow→inf \(Self.grouped(s.overflowToInfinity)), overflow→NaN \(Self.grouped(s.overflowToNaN)), saturated \(Self.grouped(s.saturated))\n"
        out += "          underflow→0 \(Self.grouped(s.underflowToZero)), subnormal results \(Self.grouped(s.subnormalResults)), exact \(Self.grouped(s.exact)) of \(Self.grouped(s.finitePairs)) finite pairs\n"
        out += "\nerrors    max abs \(Self.g(s.maxAbsoluteError)) at x = \(Self.input(s.maxAbsoluteErrorInput))\n"
        out += "          max rel \(Self.g(s.maxRelativeError, 10)) at x = \(Self.input(s.maxRelativeErrorInput))\n"
        out += "          mean abs \(Self.g(s.meanAbsoluteError)), mean rel \(Self.g(s.meanRelativeError, 10)), RMSE \(Self.g(s.rmse))\n"
        out += "          SQNR \(Self.fixed(s.sqnr)) dB\n"
        let normal = s.meanRelativeError(binades: -126...127)
        if s.binades.contains(where: { $0.exponent < -126 && $0.count > 0 }) {
            out += "          over fp32-normal inputs: mean rel \(Self.g(normal, 10)), max rel \(Self.g(s.maxRelativeError(binades: -126...127), 10))\n"
        }
        out += "\nULP histogram (|y - x| in ULPs of the target at x)\n"
        let total = max(s.histogram.counts.reduce(0, +), 1)
        for (label, count) in zip(ErrorHistogram.labels, s.histogram.counts) {
            let share = Double(count) / Double(total)
            let bar = String(repeating: "#", count: Int((share * 40).rounded()))
            out += "  " + label.padding(toLength: 6, withPad: " ", startingAt: 0) + " " + Self.grouped(count).leftPadded(16) + " " + Self.fixed(share * 100, suffix: "%").leftPadded(8) + " " + bar + "\n"
        }
        let used = s.binades.filter { $0.count > 0 }
        if !used.isEmpty {
            out += "\nper binade of |x| (2^k <= |x| < 2^(k+1))\n"
            let rows = showAll || used.count <= 24 ? used : Self.sample(used, 24)
            var table = TextTable(header: ["k", "count", "mean rel", "max rel", "SQNR dB"], alignments: [.right, .right, .right, .right, .right])
            for b in rows {
                table.rows.append([String(b.exponent), Self.grouped(b.count), Self.g(b.meanRelativeError, 4), Self.g(b.maxRelativeError, 4),
                                   Self.fixed(b.sqnr)])
            }
            out += table.render()
            if rows.count < used.count { out += "(\(used.count - rows.count) more binades: --binades lists them all)\n" }
        }
        return out
    }

    /// An even sample of rows, always keeping the first and last.
    static func sample(_ rows: [BinadeStatistics], _ n: Int) -> [BinadeStatistics] {
        (0..<n).map { rows[$0 * (rows.count - 1) / (n - 1)] }
    }

    /// A number that JSON cannot hold when not finite: the number (shortest decimal that parses back to the
    /// same double), or null with `"+inf"`, `"-inf"` or `"nan"` in a companion field.
    struct JSONNumber {
        let number: Double?
        let special: String?
        init(_ v: Double) {
            number = v.isFinite ? v : nil
            special = v.isFinite ? nil : v.isNaN ? "nan" : v > 0 ? "+inf" : "-inf"
        }
    }

    /// A float32 input: its value as a JSON number (the shortest decimal of the double it equals, so it parses
    /// back exactly), its exact decimal and its bits.
    struct JSONInput: Encodable {
        let value: Double, exact: String, bits: String
        init(_ bits: UInt32) {
            value = Double(Float(bitPattern: bits))
            exact = Format.fp32.exactDecimal(UInt64(bits))
            self.bits = Format.fp32.hexCode(UInt64(bits))
        }
    }

    struct JSONSubset: Encodable { let count: UInt64, mean_rel_error: Double, max_rel_error: Double }

    struct JSONResult: Encodable {
        let target: String, bits_per_value: Double, partial: Bool, seconds: Double, threads: Int
        let values: UInt64, nan_inputs: UInt64, infinite_inputs: UInt64, overflow_to_inf: UInt64, overflow_to_nan: UInt64
        let saturated: UInt64, underflow_to_zero: UInt64, subnormal_results: UInt64, exact: UInt64, finite_pairs: UInt64
        let nonzero_pairs: UInt64
        let max_abs_error: Double, max_abs_error_input: JSONInput, max_rel_error: Double, max_rel_error_input: JSONInput
        let mean_abs_error: Double, mean_rel_error: Double, rmse: Double, sqnr: JSONNumber
        let sum_abs_error: Double, sum_rel_error: Double, sum_squared_error: Double, sum_squared_input: Double
        /// The figures over fp32-normal inputs only (binades -126...127), which the text shows when subnormal inputs are present.
        let fp32_normal_inputs: JSONSubset
        let ulp_histogram: [String: UInt64]
        let binades: [JSONBinade]

        func encode(to encoder: Encoder) throws {
            enum Key: String, CodingKey {
                case target, bits_per_value, partial, seconds, threads, values, nan_inputs, infinite_inputs, overflow_to_inf, overflow_to_nan
                case saturated, underflow_to_zero, subnormal_results, exact, finite_pairs, nonzero_pairs
                case max_abs_error, max_abs_error_input, max_rel_error, max_rel_error_input, mean_abs_error, mean_rel_error, rmse
                case sqnr_db, sqnr_db_nonfinite, sum_abs_error, sum_rel_error, sum_squared_error, sum_squared_input
                case fp32_normal_inputs, ulp_histogram, binades
            }
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(target, forKey: .target); try c.encode(bits_per_value, forKey: .bits_per_value)
            try c.encode(partial, forKey: .partial); try c.encode(seconds, forKey: .seconds); try c.encode(threads, forKey: .threads)
            try c.encode(values, forKey: .values); try c.encode(nan_inputs, forKey: .nan_inputs)
            try c.encode(infinite_inputs, forKey: .infinite_inputs); try c.encode(overflow_to_inf, forKey: .overflow_to_inf)
            try c.encode(overflow_to_nan, forKey: .overflow_to_nan); try c.encode(saturated, forKey: .saturated)
            try c.encode(underflow_to_zero, forKey: .underflow_to_zero); try c.encode(subnormal_results, forKey: .subnormal_results)
            try c.encode(exact, forKey: .exact); try c.encode(finite_pairs, forKey: .finite_pairs); try c.encode(nonzero_pairs, forKey: .nonzero_pairs)
            try c.encode(max_abs_error, forKey: .max_abs_error); try c.encode(max_abs_error_input, forKey: .max_abs_error_input)
            try c.encode(max_rel_error, forKey: .max_rel_error); try c.encode(max_rel_error_input, forKey: .max_rel_error_input)
            try c.encode(mean_abs_error, forKey: .mean_abs_error); try c.encode(mean_rel_error, forKey: .mean_rel_error)
            try c.encode(rmse, forKey: .rmse)
            try c.encode(sqnr.number, forKey: .sqnr_db); try c.encode(sqnr.special, forKey: .sqnr_db_nonfinite)
            try c.encode(sum_abs_error, forKey: .sum_abs_error); try c.encode(sum_rel_error, forKey: .sum_rel_error)
            try c.encode(sum_squared_error, forKey: .sum_squared_error); try c.encode(sum_squared_input, forKey: .sum_squared_input)
            try c.encode(fp32_normal_inputs, forKey: .fp32_normal_inputs)
            try c.encode(ulp_histogram, forKey: .ulp_histogram); try c.encode(binades, forKey: .binades)
        }
    }

    struct JSONBinade: Encodable {
        let k: Int, count: UInt64, mean_rel_error: Double, max_rel_error: Double, sqnr: JSONNumber
        func encode(to encoder: Encoder) throws {
            enum Key: String, CodingKey { case k, count, mean_rel_error, max_rel_error, sqnr_db, sqnr_db_nonfinite }
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(k, forKey: .k); try c.encode(count, forKey: .count)
            try c.encode(mean_rel_error, forKey: .mean_rel_error); try c.encode(max_rel_error, forKey: .max_rel_error)
            try c.encode(sqnr.number, forKey: .sqnr_db); try c.encode(sqnr.special, forKey: .sqnr_db_nonfinite)
        }
    }

    struct JSONReport: Encodable {
        let source: SourcePlan.Fields, source_text: String, rounding: String, overflow: String, verified: Bool
        let results: [JSONResult], complete: Bool
    }

    func json() -> JSONReport {
        let rs = results.map { r -> JSONResult in
            let s = r.statistics
            let normal = s.binades.filter { (-126...127).contains($0.exponent) }
            return JSONResult(target: r.target, bits_per_value: r.bitsPerValue, partial: r.partial, seconds: r.elapsed, threads: r.threads,
                              values: s.elements, nan_inputs: s.nanInputs, infinite_inputs: s.infiniteInputs,
                              overflow_to_inf: s.overflowToInfinity, overflow_to_nan: s.overflowToNaN, saturated: s.saturated,
                              underflow_to_zero: s.underflowToZero, subnormal_results: s.subnormalResults, exact: s.exact,
                              finite_pairs: s.finitePairs, nonzero_pairs: s.nonzeroPairs, max_abs_error: s.maxAbsoluteError,
                              max_abs_error_input: JSONInput(s.maxAbsoluteErrorInput), max_rel_error: s.maxRelativeError,
                              max_rel_error_input: JSONInput(s.maxRelativeErrorInput), mean_abs_error: s.meanAbsoluteError,
                              mean_rel_error: s.meanRelativeError, rmse: s.rmse, sqnr: JSONNumber(s.sqnr),
                              sum_abs_error: s.sumAbsoluteError, sum_rel_error: s.sumRelativeError,
                              sum_squared_error: s.sumSquaredError, sum_squared_input: s.sumSquaredInput,
                              fp32_normal_inputs: JSONSubset(count: normal.reduce(0) { $0 + $1.count },
                                                             mean_rel_error: s.meanRelativeError(binades: -126...127),
                                                             max_rel_error: s.maxRelativeError(binades: -126...127)),
                              ulp_histogram: Dictionary(uniqueKeysWithValues: zip(ErrorHistogram.labels, s.histogram.counts)),
                              binades: s.binades.filter { $0.count > 0 }.map {
                                  JSONBinade(k: $0.exponent, count: $0.count, mean_rel_error: $0.meanRelativeError,
                                             max_rel_error: $0.maxRelativeError, sqnr: JSONNumber($0.sqnr))
                              })
        }
        return JSONReport(source: source.fields, source_text: source.description, rounding: mode.shortName,
                          overflow: rounding.policy.rawValue, verified: verified, results: rs,
                          complete: results.count == targetsRequested && !results.contains(where: \.partial))
    }
}

extension String {
    /// The string right-aligned in `width` columns.
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
