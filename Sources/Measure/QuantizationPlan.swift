import Sweep

/// Per-tensor format choices within a size budget (`QuantizationPlanner`).
public struct QuantizationPlan: Sendable, Hashable {
    /// What the plan optimises.
    public enum Objective: String, Sendable, Hashable, CaseIterable {
        /// The smallest total squared error Σ(y-x)² over the model.
        case totalError = "error"
        /// The highest SQNR of the worst tensor.
        case worstTensor = "worst"
    }

    /// One tensor's choice: the candidate's index, or nil for a tensor kept as it is (1-D, not measured).
    public struct Choice: Sendable, Hashable {
        /// The tensor's name.
        public var tensor: String
        /// The chosen candidate (index into the candidates), nil when kept.
        public var candidate: Int?
        /// Its bytes in the choice.
        public var bytes: Int
        /// Its squared error and signal in the choice.
        public var squaredError: Double, squaredInput: Double
        /// Its SQNR in the choice (nil when kept or without signal).
        public var sqnr: Double?
    }

    /// The choices, in the reports' order.
    public var choices: [Choice]
    /// The byte budget.
    public var budget: Int
    /// Whether the budget was met (the smallest choice of every tensor may not fit).
    public var feasible: Bool

    /// Bytes of the plan.
    public var bytes: Int { choices.reduce(0) { $0 + $1.bytes } }
    /// The model's SQNR under the plan (every tensor as one vector).
    public var sqnr: Double? {
        let e = choices.reduce(0.0) { $0 + $1.squaredError }, s = choices.reduce(0.0) { $0 + $1.squaredInput }
        return s == 0 ? nil : e == 0 ? .infinity : 10 * log10Ratio(s / e)
    }
    /// The lowest tensor SQNR and its tensor.
    public var worst: (tensor: String, sqnr: Double)? {
        choices.compactMap { c in c.sqnr.map { (c.tensor, $0) } }.min { $0.1 < $1.1 }
    }
}

/// log10 without Foundation: through `Decibels`.
func log10Ratio(_ x: Double) -> Double { Decibels.of(x) / 10 }
