import FormatCore
import Sweep

/// w ← w + lr·g for a number of steps in several schemes against the exact sum. Step t's gradient
/// is element t of a Sweep distribution under the seed (a float32, as a Double); the update lr·g is
/// formed exactly and every operation of a scheme rounds its exact result once (`FormatArithmetic`).
public struct MasterWeights: Sendable {
    /// The starting weight.
    public var initialWeight: Double = 1
    /// The learning rate.
    public var learningRate: Double = 1e-3
    /// Where gradients come from.
    public var gradients: Distribution = .normal(mean: 1e-3, sigma: 1e-3)
    /// When set, every gradient is this value instead of a draw.
    public var constantGradient: Double?
    /// Steps.
    public var steps: Int = 10_000
    /// The seed of the gradients and of stochastic rounding.
    public var seed: UInt64 = 0
    /// Points of each trajectory (evenly spaced, the last at the last step).
    public var points: Int = 10

    /// The largest number of steps accepted (the exact sum grows with it).
    public static let maxSteps = 1 << 22

    /// The defaults.
    public init() {}

    /// Checks the settings: finite initial weight and learning rate, 1...maxSteps steps, 1...steps points.
    public func validate() throws(LabError) {
        guard initialWeight.isFinite else { throw LabError("the initial weight must be finite") }
        guard learningRate.isFinite else { throw LabError("the learning rate must be finite") }
        guard (1...Self.maxSteps).contains(steps) else { throw LabError("steps must be between 1 and \(Self.maxSteps); got \(steps)") }
        guard points >= 1 else { throw LabError("points must be at least 1; got \(points)") }
    }

    /// The step counts sampled: ceil(k·steps/points) for k = 1...points, each once.
    public var sampleSteps: [Int] {
        var s: [Int] = []
        for k in 1...max(points, 1) {
            let step = (k * steps + points - 1) / points
            if step >= 1 && s.last != step { s.append(step) }
        }
        return s
    }

    /// Step t's gradient: the constant when one is set, else element t of the distribution.
    public func gradient(_ t: Int) -> Double {
        constantGradient ?? Double(gradients.sample(seed: seed, index: UInt64(t)))
    }

    /// Runs every scheme.
    public func run(_ schemes: [WeightScheme] = WeightScheme.standard) throws(LabError) -> MasterWeightsResult {
        try validate()
        let sampled = sampleSteps
        let lr = Dyadic(learningRate)!
        var exact = Dyadic(initialWeight)!
        var exactPoints: [Dyadic] = []
        var next = 0
        for t in 0..<steps {
            guard let g = Dyadic(gradient(t)) else { throw LabError("the gradient of step \(t) is not finite (\(gradient(t))); choose a narrower distribution") }
            exact = exact + lr * g
            if next < sampled.count && sampled[next] == t + 1 {
                exactPoints.append(exact)
                next += 1
            }
        }
        // Every gradient is finite from here on (checked above).
        var runs: [WeightRun] = []
        for scheme in schemes { runs.append(try run(scheme, sampled: sampled)) }
        return MasterWeightsResult(steps: steps, sampleSteps: sampled, exact: exactPoints, runs: runs)
    }

    /// One scheme's run.
    func run(_ scheme: WeightScheme, sampled: [Int]) throws(LabError) -> WeightRun {
        let f = try FormatArithmetic(scheme.weightFormat)
        let lr = learningRate
        var trajectory: [Double] = []
        var vanished = 0, unchanged = 0
        var next = 0
        var reported = f.round(initialWeight).value
        var masterTrajectory: [Double]?
        switch scheme {
        case .plain, .stochastic:
            var w = reported
            var mode = RoundingMode.nearestEven
            if case .stochastic = scheme { mode = .stochastic(seed: seed) }
            for t in 0..<steps {
                let g = gradient(t)
                if f.productVanishes(lr, g, at: w) { vanished += 1 }
                let updated = f.fused(lr, g, plus: w, mode: mode, element: UInt64(t)).value
                if updated == w { unchanged += 1 }
                w = updated
                if next < sampled.count && sampled[next] == t + 1 { trajectory.append(w); next += 1 }
            }
            reported = w
        case .masterCopy(_, let masterFormat):
            let m = try FormatArithmetic(masterFormat)
            var master = m.round(initialWeight).value
            var w = f.round(master).value
            var masters: [Double] = []
            for t in 0..<steps {
                let g = gradient(t)
                if m.productVanishes(lr, g, at: master) { vanished += 1 }
                master = m.fused(lr, g, plus: master).value
                let updated = f.round(master).value
                if updated == w { unchanged += 1 }
                w = updated
                if next < sampled.count && sampled[next] == t + 1 { trajectory.append(w); masters.append(master); next += 1 }
            }
            reported = w
            masterTrajectory = masters
        case .kahan:
            var w = reported
            var c = 0.0
            for t in 0..<steps {
                let g = gradient(t)
                if f.productVanishes(lr, g, at: w) { vanished += 1 }
                let y = f.fused(lr, g, plus: -c).value
                let sum = f.sum(w, y).value
                c = f.sum(f.sum(sum, -w).value, -y).value
                if sum == w { unchanged += 1 }
                w = sum
                if next < sampled.count && sampled[next] == t + 1 { trajectory.append(w); next += 1 }
            }
            reported = w
        }
        return WeightRun(scheme: scheme, trajectory: trajectory, vanished: vanished, unchanged: unchanged, final: reported,
                         masterTrajectory: masterTrajectory)
    }
}
