import BigInt
import FormatCore

/// The master-weights experiment: the steps sampled, the exact weight w0 + Σ lr·g at each (a
/// dyadic rational), and one run per scheme.
public struct MasterWeightsResult: Sendable, Hashable {
    /// Steps in all.
    public let steps: Int
    /// The step counts the trajectories are sampled after (the last is `steps`).
    public let sampleSteps: [Int]
    /// The exact weight after each sampled step.
    public let exact: [Dyadic]
    /// One run per scheme.
    public let runs: [WeightRun]

    /// Creates a result.
    public init(steps: Int, sampleSteps: [Int], exact: [Dyadic], runs: [WeightRun]) {
        self.steps = steps
        self.sampleSteps = sampleSteps
        self.exact = exact
        self.runs = runs
    }

    /// The exact final weight.
    public var exactFinal: Dyadic { exact.last ?? .zero }

    /// A run's final error `final - exact`, exactly; nil when its final weight is not finite.
    public func error(of run: WeightRun) -> Dyadic? {
        Dyadic(run.final).map { $0 - exactFinal }
    }

    /// A run's final relative error |final - exact| / |exact|, exactly; nil when the final weight is
    /// not finite or the exact one is zero.
    public func relativeError(of run: WeightRun) -> ExactValue? {
        guard let e = error(of: run), !exactFinal.isZero else { return nil }
        let a = e.magnitude.exactValue.finiteMagnitude!, b = exactFinal.magnitude.exactValue.finiteMagnitude!
        return .finite(a / b)
    }

    /// The share of updates that vanished in a run, exactly.
    public func vanishedShare(of run: WeightRun) -> ExactValue {
        guard steps > 0 else { return .finite(.zero) }
        return .finite(Rational(BigUInt(run.vanished), BigUInt(steps)).reduced())
    }
}
