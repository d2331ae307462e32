/// Chooses a candidate format for each measured tensor so that the model fits a byte budget: the
/// smallest total squared error (the multiple-choice knapsack solved by dynamic programming over the
/// budget in at most 100,000 units, option sizes rounded up to whole units), or the highest worst-tensor SQNR
/// (bisection on an SQNR floor; each tensor takes its smallest candidate above it). Tensors of
/// fewer than 2 dimensions are kept in float32 as llama.cpp keeps them; tensors without figures keep
/// their stored bytes.
public enum QuantizationPlanner {
    /// Budget units of the error objective's dynamic programme.
    static let units = 100_000

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
            // Multiple-choice knapsack by dynamic programming over the budget in units of
            // ceil(budget / 100,000) bytes, each option's bytes rounded up to whole units (so the plan
            // always fits; exact when the budget is at most 100,000 bytes).
            let room = budget - fixedBytes
            let order = options.keys.sorted()
            if room < 0 || order.isEmpty {
                pick = smallest()
                break
            }
            let units = min(room, Self.units), unit = max(1, (room + units - 1) / max(units, 1))
            let width = room / unit + 1
            var best = [Double](repeating: 0, count: width)
            var taken = [[UInt8]]()
            taken.reserveCapacity(order.count)
            var feasible = true
            for i in order {
                let list = options[i]!
                var next = [Double](repeating: .infinity, count: width)
                var row = [UInt8](repeating: 0, count: width)
                for (k, o) in list.enumerated() {
                    let cost = (o.bytes + unit - 1) / unit
                    guard cost < width else { continue }
                    for u in cost..<width where best[u - cost] + o.error < next[u] {
                        next[u] = best[u - cost] + o.error
                        row[u] = UInt8(k)
                    }
                }
                best = next
                taken.append(row)
                if !next.contains(where: { $0.isFinite }) { feasible = false; break }
            }
            guard feasible, let end = best.indices.min(by: { (best[$0], $0) < (best[$1], $1) }), best[end].isFinite else {
                pick = smallest()
                break
            }
            var u = end
            for (j, i) in order.enumerated().reversed() {
                let o = options[i]![Int(taken[j][u])]
                pick[i] = o
                u -= (o.bytes + unit - 1) / unit
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
