import Measure

/// `model --csv`: one line per tensor and format, figures as the shortest decimal that parses back to
/// the same double ("inf" for an infinite SQNR, empty where there is no figure).
extension ModelReport {
    static let csvHeader = ["tensor", "shape", "stored_type", "parameters", "absmax", "mean", "std", "kurtosis", "zeros", "beyond_6_std",
                            "fp16_overflow", "fp16_underflow", "bf16_overflow", "bf16_underflow", "format", "not_applicable", "bytes",
                            "bits_per_value", "sqnr_db", "relative_rmse", "max_abs_error_over_absmax", "cosine", "overflows", "pairs"]

    func csv() -> String {
        var lines = [Self.csvHeader.joined(separator: ",")]
        for r in reports {
            let head = [Self.field(r.tensor.name), r.tensor.shape.map(String.init).joined(separator: "x"), Self.field(r.tensor.storedType),
                        String(r.tensor.elementCount)]
            guard let m = r.measurement else {
                lines.append((head + Array(repeating: "", count: 10) + ["", Self.field("not read: " + (r.problem ?? ""))]
                              + Array(repeating: "", count: 8)).joined(separator: ","))
                continue
            }
            let s = m.statistics
            let stats = [Self.number(Double(s.finiteAmax)), Self.number(s.mean), Self.number(s.standardDeviation), s.kurtosis.map(Self.number) ?? "",
                         String(s.zeroCount), String(s.beyondSixSigma), String(s.fp16Overflow), String(s.fp16Underflow),
                         String(s.bf16Overflow), String(s.bf16Underflow)]
            for (c, o) in zip(candidates, m.outcomes) {
                var tail = [Self.field(c.name)]
                switch o {
                case .notApplicable(let why):
                    tail += [Self.field(why.description)] + Array(repeating: "", count: 8)
                case .measured(let f, let bytes):
                    let n = r.tensor.elementCount
                    tail += ["", String(bytes), n == 0 ? "" : Self.number(8 * Double(bytes) / Double(n)),
                             f.sqnr.map(Self.number) ?? "", f.relativeRMSE.map(Self.number) ?? "",
                             s.finiteAmax > 0 ? Self.number(f.maxAbsoluteError / Double(s.finiteAmax)) : "",
                             f.cosine.map(Self.number) ?? "", String(f.overflows), String(f.pairs)]
                }
                lines.append((head + stats + tail).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A text field, quoted when it holds a comma, a quote or a line break.
    static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A double as the shortest decimal that parses back to it; "inf", "-inf", "nan" when not finite.
    static func number(_ v: Double) -> String {
        if v.isNaN { return "nan" }
        if v.isInfinite { return v > 0 ? "inf" : "-inf" }
        return "\(v)"
    }
}
