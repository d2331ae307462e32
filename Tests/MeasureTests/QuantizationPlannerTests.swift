import FormatCore
import Measure
import TensorFiles
import Testing

@Suite("QuantizationPlanner")
struct QuantizationPlannerTests {
    /// A measured 2-D tensor of `n` values with one outcome per option (bytes, squared error; signal 1).
    static func report(_ name: String, _ n: Int, _ options: [(bytes: Int, error: Double)?]) -> TensorReport {
        let info = TensorInfo(name: name, shape: [n / 4, 4], storedType: "F32", encoding: .scalar(.fp32, bigEndian: false),
                              elementCount: n, byteCount: 4 * n, file: 0, byteOffset: 0)
        let outcomes: [FormatOutcome] = options.map { o in
            guard let o else { return .notApplicable(.noType(mix: "test", tensor: "")) }
            var f = ErrorFigures()
            f.pairs = n
            f.sumSquaredInput = 1
            f.sumSquaredError = o.error
            return .measured(f, bytes: o.bytes)
        }
        return TensorReport(tensor: info, measurement: TensorMeasurement(statistics: TensorStatistics(), outcomes: outcomes), problem: nil)
    }

    /// Every combination of options (small cases only): the least total error and the highest worst SQNR within the budget.
    static func bruteForce(_ reports: [TensorReport], budget: Int) -> (error: Double, worst: Double)? {
        var best: (Double, Double)?
        func walk(_ i: Int, _ bytes: Int, _ error: Double, _ worst: Double, _ bestError: inout Double, _ bestWorst: inout Double, _ found: inout Bool) {
            if bytes > budget { return }
            if i == reports.count { found = true; bestError = min(bestError, error); bestWorst = max(bestWorst, worst); return }
            for o in reports[i].measurement!.outcomes {
                guard case .measured(let f, let b) = o else { continue }
                walk(i + 1, bytes + b, error + f.sumSquaredError, min(worst, f.sqnr!), &bestError, &bestWorst, &found)
            }
        }
        var e = Double.infinity, w = -Double.infinity, found = false
        walk(0, 0, 0, .infinity, &e, &w, &found)
        if found { best = (e, w) }
        return best.map { (error: $0.0, worst: $0.1) }
    }

    @Test("random small models: within the budget, and both objectives reach the optimum of trying every combination")
    func againstBruteForce() {
        var state: UInt64 = 0x00C0_FFEE
        func next(_ n: Int) -> Int { state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407; return Int(state >> 33) % n }
        var closeness: [Double] = []
        for _ in 0..<60 {
            let tensors = 3 + next(4)
            let reports = (0..<tensors).map { t -> TensorReport in
                let n = 256 * (1 + next(8))
                // Three formats of 4, 6 and 8 bits per value; error falls with bits, by a tensor-dependent amount.
                let scale = Double(1 + next(100)) * 1e-4
                return Self.report("t\(t)", n, [(n / 2, scale * 16), (n * 3 / 4, scale * 1.5 + Double(next(10)) * 1e-5), (n, scale / 8),
                                                next(5) == 0 ? nil : (n * 2, 0)])
            }
            let smallest = reports.reduce(0) { $0 + $1.tensor.elementCount / 2 }, largest = reports.reduce(0) { $0 + $1.tensor.elementCount * 2 }
            let budget = smallest + next(largest - smallest + 1)
            let candidates = Array(repeating: try! ModelCandidate.parse("fp16"), count: 4)
            guard let best = Self.bruteForce(reports, budget: budget) else { continue }
            let byError = QuantizationPlanner.plan(reports, candidates: candidates, budget: budget, objective: .totalError)
            let byWorst = QuantizationPlanner.plan(reports, candidates: candidates, budget: budget, objective: .worstTensor)
            #expect(byError.feasible && byError.bytes <= budget)
            #expect(byWorst.feasible && byWorst.bytes <= budget)
            #expect(byWorst.worst?.sqnr == best.worst, "budget \(budget)")
            let error = byError.choices.reduce(0.0) { $0 + $1.squaredError }
            #expect(abs(error - best.error) <= best.error * 1e-12, "budget \(budget): \(error) against the optimum \(best.error)")
            closeness.append(best.error == 0 ? 1 : error / best.error)
        }
        #expect(closeness.count > 30)
    }

    @Test("a budget below every tensor's smallest choice is marked infeasible; 1-D and unmeasured tensors are kept")
    func infeasibleAndKept() {
        var reports = [Self.report("w", 1024, [(512, 1), (1024, 0.1)])]
        let vector = TensorInfo(name: "norm", shape: [64], storedType: "F32", encoding: .scalar(.fp32, bigEndian: false),
                                elementCount: 64, byteCount: 256, file: 0, byteOffset: 0)
        reports.append(TensorReport(tensor: vector, measurement: TensorMeasurement(statistics: TensorStatistics(), outcomes: [.notApplicable(.noType(mix: "x", tensor: "")), .notApplicable(.noType(mix: "x", tensor: ""))]), problem: nil))
        let candidates = [try! ModelCandidate.parse("fp16"), try! ModelCandidate.parse("fp16")]
        let tight = QuantizationPlanner.plan(reports, candidates: candidates, budget: 100, objective: .totalError)
        #expect(!tight.feasible)
        #expect(tight.choices[1].candidate == nil && tight.choices[1].bytes == 256)
        let roomy = QuantizationPlanner.plan(reports, candidates: candidates, budget: 1024 + 256, objective: .totalError)
        #expect(roomy.feasible && roomy.choices[0].candidate == 1)
    }
}
