import FormatCore
import Lab
import Sweep
import TUICore

/// The Lab screen: the training-precision lab of the `Lab` library. Loss scaling (the histogram of
/// log2|g| for log-normal gradients with the ranges of fp16, bf16 and e5m2 at the scale S, and the
/// shares that underflow, turn subnormal or overflow), and tables of the dynamic loss scaler,
/// master weights and accumulation. Every figure comes from `Lab`; each sub-view's results are
/// computed once, when it is first shown (the gradients when the screen is first refreshed, the
/// loss-scale counts again when S changes), so that creating the app costs nothing.
public struct LabScreen: Sendable, Equatable {
    /// The formats of the loss-scale view.
    public static let formats: [Format] = [.fp16, .bf16, .e5m2]
    /// The gradients: log2|g| normal with centre -20 and spread 3 binades.
    public static let gradientShape = LogNormal(centreLog2: -20, spreadLog2: 3)
    /// The gradients' distribution.
    public static let distribution = GradientDistribution.logNormal(gradientShape)
    /// Gradients drawn.
    public static let count = 16384
    /// Their seed.
    public static let seed: UInt64 = 0
    /// The range of k in S = 2^k.
    public static let scaleRange = -40...80

    /// The language of the labels (the session's, taken at each refresh).
    public internal(set) var language: Language = .en
    /// The sub-view shown.
    public internal(set) var view = LabView.lossScale
    /// S = 2^scaleLog2 (first 2^0: no scaling, where fp16 loses the small gradients; `+` up to
    /// PyTorch GradScaler's first scale 2^16 and beyond).
    public internal(set) var scaleLog2 = 0
    /// The gradients' histogram (empty until loaded).
    public private(set) var histogram = Log2Histogram([])
    /// The counts per format at the current S (empty until loaded).
    public private(set) var counts: [RangeCounts] = []
    /// The scaler's steps, once computed.
    public private(set) var scalerSteps: [ScalerStep]?
    /// The master-weights result, once computed.
    public private(set) var master: MasterWeightsResult?
    /// The accumulation series (fp16 and bf16 sums), once computed.
    public private(set) var accumulation: [[AccumulationSeries]]?
    /// The gradients (empty until loaded).
    private(set) var gradients: [Double] = []

    /// Creates the screen on its loss-scale view with S = 1; nothing is computed yet.
    public init() {}

    /// Whether the gradients have been drawn.
    public var isLoaded: Bool { !gradients.isEmpty }

    /// Draws the gradients and counts them at the current S, the first time only.
    mutating func load() {
        guard !isLoaded else { return }
        gradients = Self.gradientSample()
        histogram = Log2Histogram(gradients)
        recount()
    }

    /// The arithmetic of the loss-scale formats (all of them are accepted by the lab).
    static let arithmetic: [FormatArithmetic] = formats.compactMap { try? FormatArithmetic($0) }

    /// The scale S.
    public var scale: Double { Double(sign: .plus, exponent: scaleLog2, significand: 1) }

    /// Recomputes the counts for the current S.
    mutating func recount() {
        counts = Self.counts(scaleLog2: scaleLog2, gradients: gradients)
    }

    /// Moves S by factors of 2 (clamped to `scaleRange`).
    mutating func changeScale(by k: Int) {
        let next = min(max(scaleLog2 + k, Self.scaleRange.lowerBound), Self.scaleRange.upperBound)
        guard next != scaleLog2 else { return }
        scaleLog2 = next
        load()
        recount()
    }

    /// Shows a sub-view, computing its results the first time.
    mutating func show(_ v: LabView) {
        view = v
        switch v {
        case .lossScale: break
        case .scaler:
            if scalerSteps == nil, let fp16 = Self.arithmetic.first {
                scalerSteps = DynamicLossScaler.run(steps: Self.scalerStepCount, perStep: Self.scalerPerStep, distribution: Self.distribution, driftLog2: Self.scalerDrift,
                                                    seed: Self.seed, in: fp16)
            }
        case .master:
            if master == nil { master = try? Self.masterWeights.run() }
        case .accumulate:
            if accumulation == nil {
                var a = Accumulation()
                a.maxLog2 = 10
                a.seed = Self.seed
                accumulation = [Format.fp16, .bf16].compactMap { try? a.run($0, kind: .sum) }
            }
        }
    }

    /// The gradients of the loss-scale view (also the lessons' figures).
    public static func gradientSample() -> [Double] { distribution.samples(count: count, seed: seed) }

    /// The loss-scale counts per format at S = 2^k (also the lessons' figures).
    public static func counts(scaleLog2 k: Int, gradients: [Double] = gradientSample()) -> [RangeCounts] {
        arithmetic.map { LossScaling.counts(gradients, scale: Double(sign: .plus, exponent: k, significand: 1), in: $0) }
    }

    /// The master-weights run of its view: 2000 steps of the lab's defaults (also the lessons' figures).
    public static var masterWeights: MasterWeights {
        var m = MasterWeights()
        m.steps = 2000
        m.points = 64
        m.seed = seed
        return m
    }

    /// Gradients per step of the scaler view.
    static let scalerPerStep = 16

    /// Steps of the scaler view.
    static let scalerStepCount = 4000
    /// Drift of log2|g| per step in the scaler view (binades).
    static let scalerDrift = 0.004

    /// The keys of this screen, for the help overlay.
    public static let help: [HelpSection] = [
        HelpSection("Lab screen", [
            HelpEntry("+ -", "loss scale S times 2 / divided by 2"),
            HelpEntry("v V", "next / previous view: loss scaling, scaler, master weights, accumulation"),
        ]),
        HelpSection("Reading it", [
            HelpEntry("bars", "gradients per binade of log2|g| (log-normal, centre 2^-20, spread 3 binades)"),
            HelpEntry("rows", "each format's range for g at this S: ░ subnormal, ━ normal, 0 flushed, x overflow"),
            HelpEntry("shares", "g·S rounded once into the format; exact, or ≈ when rounded"),
        ]),
    ]
}
