import Foundation
import Measure
import TensorFiles

/// The report of `model FILE --against ORIGINAL`: the real error of a stored (quantised) file.
struct ComparisonReport {
    let stored: ModelFile
    let original: ModelFile
    let pairs: [TensorPairing]
    let results: [TensorComparison?]

    /// All compared tensors as one vector, with their bytes and parameters.
    var total: (figures: ErrorFigures, bytes: Int, parameters: Int, compared: Int) {
        var f = ErrorFigures(), bytes = 0, n = 0, compared = 0
        for (p, r) in zip(pairs, results) {
            guard let r else { continue }
            f.merge(r.figures)
            bytes += p.stored.byteCount
            n += p.stored.elementCount
            compared += 1
        }
        return (f, bytes, n, compared)
    }

    func text() -> String {
        var out = "model     \(stored.paths.joined(separator: ", ")) (\(stored.kind.rawValue))\n"
        out += "against   \(original.paths.joined(separator: ", ")) (\(original.kind.rawValue))\n"
        out += "Each stored tensor decoded exactly and compared with its original, value by value. Counts and bytes are exact; ≈ marks a rounded figure.\n\n"
        var table = TextTable(header: ["tensor", "stored", "original", "params", "bytes", "bits/value", "SQNR dB", "rel RMSE", "max|err|/absmax", "1 − cosine"],
                              alignments: [.left, .left, .left] + Array(repeating: .right, count: 7))
        var notes: [String] = []
        for (p, r) in zip(pairs, results) {
            var row = [p.stored.name, p.stored.storedType, p.original?.storedType ?? "-", ModelReport.grouped(p.stored.elementCount),
                       ModelReport.grouped(p.stored.byteCount),
                       p.stored.elementCount == 0 ? "-" : SweepReport.g(8 * Double(p.stored.byteCount) / Double(p.stored.elementCount), 5)]
            if let r {
                let f = r.figures
                row += [f.sqnr.map { SweepReport.fixed($0, 2) } ?? "-", f.relativeRMSE.map { SweepReport.g($0, 4) } ?? "-",
                        r.originalAmax > 0 ? SweepReport.g(f.maxAbsoluteError / Double(r.originalAmax), 3) : "-",
                        f.cosine.map { SweepReport.g(1 - $0, 4) } ?? "-"]
                if f.overflows > 0 { row[0] += " (!\(f.overflows) not finite)" }
            } else {
                row += ["not compared"]
                notes.append("  \(p.stored.name): \(p.problem ?? p.stored.encoding.unsupportedReason ?? p.original?.encoding.unsupportedReason ?? "")")
            }
            table.rows.append(row)
        }
        out += table.render() + notes.joined(separator: "\n") + (notes.isEmpty ? "" : "\n")
        let t = total
        out += "\ncompared  \(t.compared) of \(pairs.count) tensors, \(ModelReport.grouped(t.parameters)) parameters in \(ModelReport.size(t.bytes))"
        if t.parameters > 0 { out += " (\(SweepReport.g(8 * Double(t.bytes) / Double(t.parameters), 5)) bits/value)" }
        out += "\nwhole     SQNR \(t.figures.sqnr.map { SweepReport.fixed($0, 2) } ?? "-") dB, rel RMSE \(t.figures.relativeRMSE.map { SweepReport.g($0, 4) } ?? "-"), 1 − cosine \(t.figures.cosine.map { SweepReport.g(1 - $0, 4) } ?? "-") (compared tensors as one vector)\n"
        return out
    }

    struct JSONReport: Encodable {
        let files: [String], original: [String]
        let tensors: [JSONTensor]
        let compared_tensors, parameters, bytes: Int
        let figures: ModelReport.JSONFigures
    }
    struct JSONTensor: Encodable {
        let name, stored_type: String
        let original_name, original_type: String?
        let parameters, bytes: Int
        let not_compared: String?
        let original_absmax: Double?
        let figures: ModelReport.JSONFigures?
    }

    func json() -> JSONReport {
        let t = total
        return JSONReport(files: stored.paths, original: original.paths, tensors: zip(pairs, results).map { p, r in
            JSONTensor(name: p.stored.name, stored_type: p.stored.storedType, original_name: p.original?.name, original_type: p.original?.storedType,
                       parameters: p.stored.elementCount, bytes: p.stored.byteCount,
                       not_compared: r == nil ? (p.problem ?? p.stored.encoding.unsupportedReason ?? p.original?.encoding.unsupportedReason ?? "") : nil,
                       original_absmax: r.map { Double($0.originalAmax) }, figures: r.map { ModelReport.JSONFigures($0.figures) })
        }, compared_tensors: t.compared, parameters: t.parameters, bytes: t.bytes, figures: ModelReport.JSONFigures(t.figures))
    }
}
