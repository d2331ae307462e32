/// Chooses a candidate format for each measured tensor so that the model fits a byte budget: the
/// smallest total squared error (Lagrangian relaxation of the multiple-choice knapsack: each tensor
/// takes the candidate minimising error + λ·bytes, λ found by bisection, then the bytes left are
/// spent on the upgrades with the best error saved per byte), or the highest worst-tensor SQNR
/// (bisection on an SQNR floor; each tensor takes its smallest candidate above it). Tensors of
/// fewer than 2 dimensions are kept in float32 as llama.cpp keeps them; tensors without figures keep
/// their stored bytes.
public enum QuantizationPlanner {
    /// The plan for `reports` (measured with `candidates`) within `budget` bytes.
    public static func plan(_ reports: [TensorReport], candidates: [ModelCandidate], budget: Int,
                            objective: QuantizationPlan.Objective) -> QuantizationPlan {
        // Options per tensor: (candidate, bytes, squared error, squared input).
        struct Option { let candidate: Int; let bytes: Int; let error: Double; let input: Double; let sqnr: Double? }
        var fixed: [Int: QuantizationPlan.Choice] = [:]
        var options: [Int: [Option]] = [:]
        for (i, r) in reports.enumerated() {
            let name = r.tensor.name
            guard let m = r.measurement, r.tensor.shape.filter({ $0 != 1 }).count >= 2 else {
                let bytes = r.measurement == nil ? r.tensor.byteCount : 4 * r.tensor.elementCount
                fixed[i] = .init(tensor: name, candidate: nil, bytes: bytes, squaredError: 0, squaredInput: 0, sqnr: nil)
                continue
            }
            var list: [Option] = []
            for (c, o) in m.outcomes.enumerated() {
                guard case .measured(let f, let bytes) = o, f.overflows == 0 else { continue }
                list.append(Option(candidate: c, bytes: bytes, error: f.sumSquaredError, input: f.sumSquaredInput, sqnr: f.sqnr))
            }
            if list.isEmpty {
                fixed[i] = .init(tensor: name, candidate: nil, bytes: r.tensor.byteCount, squaredError: 0, squaredInput: 0, sqnr: nil)
            } else {
                options[i] = list.sorted { $0.bytes != $1.bytes ? $0.bytes < $1.bytes : $0.error < $1.error }
            }
        }
        let fixedBytes = fixed.values.reduce(0) { $0 + $1.bytes }
        var pick: [Int: Option] = [:]

        func total(_ p: [Int: Option]) -> Int { p.values.reduce(fixedBytes) { $0 + $1.bytes } }
        func smallest() -> [Int: Option] { options.mapValues { $0[0] } }

        switch objective {
        case .totalError:
            func choose(_ lambda: Double) -> [Int: Option] {
                options.mapValues { list in list.min { ($0.error + lambda * Double($0.bytes), $0.bytes) < ($1.error + lambda * Double($1.bytes), $1.bytes) }! }
            }
            if total(choose(0)) <= budget {
                pick = choose(0)
            } else {
                var lo = 0.0, hi = 1.0
                while total(choose(hi)) > budget && hi < 1e300 { hi *= 16 }
                for _ in 0..<200 {
                    let mid = (lo + hi) / 2
                    if total(choose(mid)) > budget { lo = mid } else { hi = mid }
                }
                pick = total(choose(hi)) <= budget ? choose(hi) : smallest()
                // Spend what is left on the upgrades that save the most error per byte.
                var left = budget - total(pick)
                while left > 0 {
                    var best: (Int, Option, Double)?
                    for (i, list) in options {
                        let now = pick[i]!
                        for o in list where o.bytes > now.bytes && o.bytes - now.bytes <= left && o.error < now.error {
                            let gain = (now.error - o.error) / Double(o.bytes - now.bytes)
                            if gain > (best?.2 ?? 0) { best = (i, o, gain) }
                        }
                    }
                    guard let (i, o, _) = best else { break }
                    left -= o.bytes - pick[i]!.bytes
                    pick[i] = o
                }
            }
        case .worstTensor:
            func choose(_ floor: Double) -> [Int: Option]? {
                var p: [Int: Option] = [:]
                for (i, list) in options {
                    guard let o = list.first(where: { ($0.sqnr ?? .infinity) >= floor }) else { return nil }
                    p[i] = o
                }
                return p
            }
            let floors = Set(options.values.flatMap { $0.compactMap(\.sqnr) }).sorted()
            pick = smallest()
            // The highest floor whose cheapest choices fit: feasibility falls as the floor rises.
            var lo = 0, hi = floors.count - 1
            while lo <= hi {
                let mid = (lo + hi) / 2
                if let p = choose(floors[mid]), total(p) <= budget { pick = p; lo = mid + 1 } else { hi = mid - 1 }
            }
        }
        var choices: [QuantizationPlan.Choice] = []
        for i in reports.indices {
            if let f = fixed[i] { choices.append(f); continue }
            let o = pick[i]!
            choices.append(.init(tensor: reports[i].tensor.name, candidate: o.candidate, bytes: o.bytes, squaredError: o.error,
                                 squaredInput: o.input, sqnr: o.sqnr))
        }
        let plan = QuantizationPlan(choices: choices, budget: budget, feasible: true)
        return QuantizationPlan(choices: choices, budget: budget, feasible: plan.bytes <= budget)
    }
}
