import Measure
import TensorFiles

/// `model --json`: every figure as a JSON number that parses back to the same double (null with a
/// companion "_special" field for infinities), plus the sums they come from.
extension ModelReport {
    struct JSONReport: Encodable {
        let files: [String]
        let container: String
        let tensors_in_file: Int
        let formats: [String]
        let seconds: Double
        let tensors: [JSONTensor]
        let mixes: [JSONMix]
        let plan: JSONPlan?
        let totals: [JSONTotals]
    }

    /// A per-tensor plan within a budget.
    struct JSONPlan: Encodable {
        let budget_bytes, bytes: Int
        let feasible: Bool
        let sqnr_db: Double?
        let sqnr_db_special: String?
        let tensors: [JSONPlanTensor]
    }

    struct JSONPlanTensor: Encodable {
        let name: String
        let format: String?
        let bytes: Int
        let sum_squared_error: Double
    }

    /// A llama.cpp mix: the facts its rules used and each tensor's type with the reason.
    struct JSONMix: Encodable {
        let mix: String
        let format: String
        let facts_source: String
        let layers, heads, kv_heads: Int?
        let experts: Int
        let tensors: [JSONMixTensor]
    }

    struct JSONMixTensor: Encodable {
        let name: String
        let type: String?
        let stored_type: String
        let rule: String?
        let reason: String
    }

    struct JSONStatistics: Encodable {
        let count, nan, infinite, zeros: Int
        let finite_absmax: Double
        let mean, rms, std: Double
        let kurtosis: Double?
        let beyond_6_std: Int
        let beyond_6_std_share: Double
        let log2_min, log2_max: Int?
        let fp16_overflow, fp16_underflow, bf16_overflow, bf16_underflow: Int
        init(_ s: TensorStatistics) {
            count = s.count; nan = s.nanCount; infinite = s.infinityCount; zeros = s.zeroCount
            finite_absmax = Double(s.finiteAmax); mean = s.mean; rms = s.rms; std = s.standardDeviation; kurtosis = s.kurtosis
            beyond_6_std = s.beyondSixSigma; beyond_6_std_share = s.share(s.beyondSixSigma)
            log2_min = s.smallestExponent; log2_max = s.largestExponent
            fp16_overflow = s.fp16Overflow; fp16_underflow = s.fp16Underflow; bf16_overflow = s.bf16Overflow; bf16_underflow = s.bf16Underflow
        }
    }

    struct JSONFigures: Encodable {
        let pairs, non_finite_inputs, overflows, exact: Int
        let sqnr_db: Double?
        let sqnr_db_special: String?
        let relative_rmse: Double?
        let cosine: Double?
        let max_abs_error: Double
        let sum_squared_input, sum_squared_output, sum_product, sum_squared_error: Double
        init(_ f: ErrorFigures) {
            pairs = f.pairs; non_finite_inputs = f.nonFiniteInputs; overflows = f.overflows; exact = f.exact
            let s = f.sqnr.map(SweepReport.JSONNumber.init)
            sqnr_db = s?.number; sqnr_db_special = s?.special
            relative_rmse = f.relativeRMSE; cosine = f.cosine; max_abs_error = f.maxAbsoluteError
            sum_squared_input = f.sumSquaredInput; sum_squared_output = f.sumSquaredOutput
            sum_product = f.sumProduct; sum_squared_error = f.sumSquaredError
        }
    }

    struct JSONOutcome: Encodable {
        let format: String
        let not_applicable: String?
        let bytes: Int?
        let bits_per_value: Double?
        let max_abs_error_over_absmax: Double?
        let figures: JSONFigures?
    }

    struct JSONTensor: Encodable {
        let name: String
        let shape: [Int]
        let stored_type: String
        let parameters: Int
        let stored_bytes: Int
        let not_read: String?
        let statistics: JSONStatistics?
        let formats: [JSONOutcome]?
    }

    struct JSONTotals: Encodable {
        let format: String
        let tensors, parameters, bytes: Int
        let bits_per_value: Double?
        let not_applicable_tensors, not_applicable_parameters: Int
        let figures: JSONFigures
        let mean_relative_rmse: Double?
        let worst_sqnr_db: Double?
        let worst_sqnr_db_special: String?
        let worst_sqnr_tensor: String?
        let worst_max_abs_error_over_absmax: Double?
        let worst_max_abs_error_over_absmax_tensor: String?
    }

    func json() -> JSONReport {
        JSONReport(
            files: file.paths, container: file.kind.rawValue, tensors_in_file: file.tensors.count,
            formats: candidates.map(\.name), seconds: seconds,
            tensors: reports.map { r in
                let amax = r.measurement.map { Double($0.statistics.finiteAmax) } ?? 0
                return JSONTensor(
                    name: r.tensor.name, shape: r.tensor.shape, stored_type: r.tensor.storedType, parameters: r.tensor.elementCount,
                    stored_bytes: r.tensor.byteCount, not_read: r.problem, statistics: r.measurement.map { JSONStatistics($0.statistics) },
                    formats: r.measurement.map { m in
                        zip(candidates, m.outcomes).map { c, o in
                            switch o {
                            case .notApplicable(let why):
                                return JSONOutcome(format: c.name, not_applicable: why.description, bytes: nil, bits_per_value: nil,
                                                   max_abs_error_over_absmax: nil, figures: nil)
                            case .measured(let f, let bytes):
                                return JSONOutcome(format: c.name, not_applicable: nil, bytes: bytes,
                                                   bits_per_value: r.tensor.elementCount == 0 ? nil : 8 * Double(bytes) / Double(r.tensor.elementCount),
                                                   max_abs_error_over_absmax: amax > 0 ? f.maxAbsoluteError / amax : nil, figures: JSONFigures(f))
                            }
                        }
                    })
            },
            mixes: plans.map { plan in
                JSONMix(mix: plan.mix.name, format: plan.mix.name.lowercased(), facts_source: plan.factsSource, layers: plan.facts.layerCount,
                        heads: plan.facts.headCount, kv_heads: plan.facts.kvHeadCount, experts: plan.facts.expertCount,
                        tensors: reports.map { r in
                            let c = plan.choices[r.tensor.name]
                            return JSONMixTensor(name: r.tensor.name, type: c?.typeName, stored_type: r.tensor.storedType, rule: c?.rule.rawValue,
                                                 reason: c?.reason ?? "no type: dropped or unknown to the converter")
                        })
            },
            plan: plan.map { p in
                let s = p.sqnr.map(SweepReport.JSONNumber.init)
                return JSONPlan(budget_bytes: p.budget, bytes: p.bytes, feasible: p.feasible, sqnr_db: s?.number, sqnr_db_special: s?.special,
                                tensors: p.choices.map { JSONPlanTensor(name: $0.tensor, format: $0.candidate.map { candidates[$0].name }, bytes: $0.bytes,
                                                                        sum_squared_error: $0.squaredError) })
            },
            totals: totals.map { t in
                let w = t.worstSQNR.map(SweepReport.JSONNumber.init)
                return JSONTotals(format: t.format, tensors: t.tensors, parameters: t.parameters, bytes: t.bytes, bits_per_value: t.bitsPerValue,
                                  not_applicable_tensors: t.notApplicableTensors, not_applicable_parameters: t.notApplicableParameters,
                                  figures: JSONFigures(t.figures), mean_relative_rmse: t.meanRelativeRMSE,
                                  worst_sqnr_db: w?.number, worst_sqnr_db_special: w?.special, worst_sqnr_tensor: t.worstSQNRTensor,
                                  worst_max_abs_error_over_absmax: t.worstRelativeMaxError,
                                  worst_max_abs_error_over_absmax_tensor: t.worstRelativeMaxErrorTensor)
            })
    }
}
