/// One candidate format over a whole model: what it covers, its size and its error, tensors weighted
/// by their size.
public struct FormatTotals: Sendable, Hashable {
    /// The candidate's name.
    public var format: String
    /// Tensors and parameters the format was measured on.
    public var tensors = 0, parameters = 0
    /// Tensors and parameters it does not apply to (see their reasons per tensor).
    public var notApplicableTensors = 0, notApplicableParameters = 0
    /// Bytes of the measured tensors in the format.
    public var bytes = 0
    /// The error sums over every measured tensor, as one long vector: SQNR, relative RMSE and cosine
    /// of the whole model (large tensors weigh by their energy).
    public var figures = ErrorFigures()
    /// Σ (relative RMSE × parameters) over the measured tensors with a signal, and their parameters:
    /// the parameter-weighted mean relative RMSE.
    public var weightedRelativeRMSE = 0.0, weightedParameters = 0
    /// The largest max |error| / absmax of any tensor, and which.
    public var worstRelativeMaxError: Double?, worstRelativeMaxErrorTensor: String?
    /// The lowest SQNR of any tensor, and which.
    public var worstSQNR: Double?, worstSQNRTensor: String?

    /// Empty totals.
    public init(format: String) { self.format = format }

    /// Stored bits per value over the measured tensors: 8 · bytes / parameters.
    public var bitsPerValue: Double? { parameters == 0 ? nil : 8 * Double(bytes) / Double(parameters) }

    /// The parameter-weighted mean relative RMSE.
    public var meanRelativeRMSE: Double? { weightedParameters == 0 ? nil : weightedRelativeRMSE / Double(weightedParameters) }

    /// Totals of every candidate over the measured reports (in candidate order).
    public static func of(_ reports: [TensorReport], candidates: [ModelCandidate]) -> [FormatTotals] {
        candidates.indices.map { c in
            var t = FormatTotals(format: candidates[c].name)
            for report in reports {
                guard let m = report.measurement else { continue }
                let n = report.tensor.elementCount
                switch m.outcomes[c] {
                case .notApplicable:
                    t.notApplicableTensors += 1
                    t.notApplicableParameters += n
                case .measured(let f, let bytes):
                    t.tensors += 1
                    t.parameters += n
                    t.bytes += bytes
                    t.figures.merge(f)
                    if let r = f.relativeRMSE {
                        t.weightedRelativeRMSE += r * Double(n)
                        t.weightedParameters += n
                    }
                    if m.statistics.finiteAmax > 0 {
                        let r = f.maxAbsoluteError / Double(m.statistics.finiteAmax)
                        if r > (t.worstRelativeMaxError ?? -1) { t.worstRelativeMaxError = r; t.worstRelativeMaxErrorTensor = report.tensor.name }
                    }
                    if let s = f.sqnr, s < (t.worstSQNR ?? .infinity) || t.worstSQNR == nil {
                        t.worstSQNR = s
                        t.worstSQNRTensor = report.tensor.name
                    }
                }
            }
            return t
        }
    }
}
