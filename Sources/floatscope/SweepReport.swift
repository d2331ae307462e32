import FormatCore
import Foundation
import Sweep

/// The results of `sweep`, as text and JSON.
struct SweepReport {
    let source: String
    let rounding: RoundingOptions
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

    static func g(_ v: Double, _ digits: Int = 6) -> String {
        if v.isInfinite { return v > 0 ? "inf" : "-inf" }
        return DecimalText.approximate(v, digits: digits)
    }

    static func input(_ bits: UInt32) -> String { DecimalText.approximate(Double(Float(bitPattern: bits)), digits: 9) }

    func text(binades showAll: Bool) -> String {
        var out = "source    \(source)\n"
        if let r = results.first {
            let mode = (try? rounding.mode().shortName) ?? rounding.rounding
            out += "rounding  \(mode), overflow \(rounding.policy.rawValue) (scalar targets); \(r.threads) thread(s)\n"
        }
        if results.count == 1, let r = results.first { return out + single(r, showAll: showAll) }
        out += "\n"
        var table = TextTable(header: ["target", "bits/value", "RMSE", "SQNR dB", "mean rel", "max rel", "overflow", "saturated", "underflow→0", "exact", "time"],
                              alignments: [.left, .right, .right, .right, .right, .right, .right, .right, .right, .right, .right])
        for r in results {
            let s = r.statistics
            table.rows.append([r.target + (r.partial ? " (partial)" : ""), Self.g(r.bitsPerValue, 6), Self.g(s.rmse, 4), String(format: "%.2f", s.sqnr),
                               Self.g(s.meanRelativeError, 4), Self.g(s.maxRelativeError, 4),
                               Self.grouped(s.overflowToInfinity + s.overflowToNaN), Self.grouped(s.saturated),
                               Self.grouped(s.underflowToZero), Self.grouped(s.exact), String(format: "%.2f s", r.elapsed)])
        }
        out += table.render()
        if results.count < targetsRequested { out += "\nPARTIAL: interrupted; \(targetsRequested - results.count) target(s) not run.\n" }
        if results.contains(where: \.partial) { out += "PARTIAL: the last row covers only the values done before the interruption.\n" }
        return out
    }

    private func single(_ r: SweepResult, showAll: Bool) -> String {
        let s = r.statistics
        var out = "target    \(r.target), \(Self.g(r.bitsPerValue, 6)) bits/value\n"
        out += String(format: "time      %.2f s, ", r.elapsed) + Self.rate(Double(s.elements) / max(r.elapsed, 1e-9)) + "\n"
        if r.partial { out += "PARTIAL   interrupted after \(Self.grouped(s.elements)) values: the figures cover those only\n" }
        out += "\ncounts    values \(Self.grouped(s.elements)), NaN inputs \(Self.grouped(s.nanInputs)), infinite inputs \(Self.grouped(s.infiniteInputs))\n"
        out += "          overflow→inf \(Self.grouped(s.overflowToInfinity)), overflow→NaN \(Self.grouped(s.overflowToNaN)), saturated \(Self.grouped(s.saturated))\n"
        out += "          underflow→0 \(Self.grouped(s.underflowToZero)), subnormal results \(Self.grouped(s.subnormalResults)), exact \(Self.grouped(s.exact)) of \(Self.grouped(s.finitePairs)) finite pairs\n"
        out += "\nerrors    max abs \(Self.g(s.maxAbsoluteError)) at x = \(Self.input(s.maxAbsoluteErrorInput))\n"
        out += "          max rel \(Self.g(s.maxRelativeError, 10)) at x = \(Self.input(s.maxRelativeErrorInput))\n"
        out += "          mean abs \(Self.g(s.meanAbsoluteError)), mean rel \(Self.g(s.meanRelativeError, 10)), RMSE \(Self.g(s.rmse))\n"
        out += "          SQNR \(String(format: "%.2f", s.sqnr)) dB\n"
        let normal = s.meanRelativeError(binades: -126...127)
        if s.binades.contains(where: { $0.exponent < -126 && $0.count > 0 }) {
            out += "          over fp32-normal inputs: mean rel \(Self.g(normal, 10)), max rel \(Self.g(s.maxRelativeError(binades: -126...127), 10))\n"
        }
        out += "\nULP histogram (|y - x| in ULPs of the target at x)\n"
        let total = max(s.histogram.counts.reduce(0, +), 1)
        for (label, count) in zip(ErrorHistogram.labels, s.histogram.counts) {
            let share = Double(count) / Double(total)
            let bar = String(repeating: "#", count: Int((share * 40).rounded()))
            out += "  " + label.padding(toLength: 6, withPad: " ", startingAt: 0) + " " + Self.grouped(count).leftPadded(16) + String(format: " %6.2f%% ", share * 100) + bar + "\n"
        }
        let used = s.binades.filter { $0.count > 0 }
        if !used.isEmpty {
            out += "\nper binade of |x| (2^k <= |x| < 2^(k+1))\n"
            let rows = showAll || used.count <= 24 ? used : Self.sample(used, 24)
            var table = TextTable(header: ["k", "count", "mean rel", "max rel", "SQNR dB"], alignments: [.right, .right, .right, .right, .right])
            for b in rows {
                table.rows.append([String(b.exponent), Self.grouped(b.count), Self.g(b.meanRelativeError, 4), Self.g(b.maxRelativeError, 4),
                                   b.sqnr.isInfinite ? "inf" : String(format: "%.2f", b.sqnr)])
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

    struct JSONResult: Encodable {
        let target: String, bits_per_value: Double, partial: Bool, seconds: Double, threads: Int
        let values: UInt64, nan_inputs: UInt64, infinite_inputs: UInt64, overflow_to_inf: UInt64, overflow_to_nan: UInt64
        let saturated: UInt64, underflow_to_zero: UInt64, subnormal_results: UInt64, exact: UInt64, finite_pairs: UInt64
        let max_abs_error: Double, max_abs_error_input: Float, max_rel_error: Double, max_rel_error_input: Float
        let mean_abs_error: Double, mean_rel_error: Double, rmse: Double, sqnr_db: Double?
        let ulp_histogram: [String: UInt64]
        let binades: [JSONBinade]
    }
    struct JSONBinade: Encodable { let k: Int, count: UInt64, mean_rel_error: Double, max_rel_error: Double, sqnr_db: Double? }
    struct JSONReport: Encodable { let source: String, rounding: String, overflow: String, results: [JSONResult], complete: Bool }

    func json() -> JSONReport {
        let rs = results.map { r -> JSONResult in
            let s = r.statistics
            return JSONResult(target: r.target, bits_per_value: r.bitsPerValue, partial: r.partial, seconds: r.elapsed, threads: r.threads,
                              values: s.elements, nan_inputs: s.nanInputs, infinite_inputs: s.infiniteInputs,
                              overflow_to_inf: s.overflowToInfinity, overflow_to_nan: s.overflowToNaN, saturated: s.saturated,
                              underflow_to_zero: s.underflowToZero, subnormal_results: s.subnormalResults, exact: s.exact,
                              finite_pairs: s.finitePairs, max_abs_error: s.maxAbsoluteError,
                              max_abs_error_input: Float(bitPattern: s.maxAbsoluteErrorInput), max_rel_error: s.maxRelativeError,
                              max_rel_error_input: Float(bitPattern: s.maxRelativeErrorInput), mean_abs_error: s.meanAbsoluteError,
                              mean_rel_error: s.meanRelativeError, rmse: s.rmse, sqnr_db: s.sqnr.isFinite ? s.sqnr : nil,
                              ulp_histogram: Dictionary(uniqueKeysWithValues: zip(ErrorHistogram.labels, s.histogram.counts)),
                              binades: s.binades.filter { $0.count > 0 }.map {
                                  JSONBinade(k: $0.exponent, count: $0.count, mean_rel_error: $0.meanRelativeError,
                                             max_rel_error: $0.maxRelativeError, sqnr_db: $0.sqnr.isFinite ? $0.sqnr : nil)
                              })
        }
        return JSONReport(source: source, rounding: (try? rounding.mode().shortName) ?? rounding.rounding,
                          overflow: rounding.policy.rawValue, results: rs,
                          complete: results.count == targetsRequested && !results.contains(where: \.partial))
    }
}

extension String {
    /// The string right-aligned in `width` columns.
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
