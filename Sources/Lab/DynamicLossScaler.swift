/// A dynamic loss scaler run step by step, with the update rule of PyTorch's GradScaler: on a
/// step where any gradient times the scale, rounded once into the format, is infinite or NaN, the
/// step is skipped, the scale multiplied by the backoff factor and the count of clean steps reset;
/// otherwise the count goes up by one and when it reaches the growth interval the scale is
/// multiplied by the growth factor (kept only if it stays finite in float32, the type PyTorch keeps
/// it in) and the count restarts. The scale a step uses is the one left by the step before.
public enum DynamicLossScaler {
    /// Runs `steps` steps; `gradients(t)` gives step t's gradients.
    public static func run(steps: Int, settings: ScalerSettings = ScalerSettings(), in arithmetic: FormatArithmetic,
                           gradients: (Int) -> [Double]) -> [ScalerStep] {
        var scale = settings.initialScale
        var clean = 0
        var records: [ScalerStep] = []
        records.reserveCapacity(max(steps, 0))
        for t in 0..<max(steps, 0) {
            var overflow = 0, underflow = 0
            let g = gradients(t)
            for x in g {
                let r = arithmetic.fused(x, scale, plus: 0)
                if !r.isFinite { overflow += 1 } else if r.value == 0 && x != 0 { underflow += 1 }
            }
            let skipped = overflow > 0
            records.append(ScalerStep(step: t, scale: scale, skipped: skipped, overflow: overflow, underflow: underflow, count: g.count))
            if skipped {
                scale *= settings.backoffFactor
                clean = 0
            } else {
                clean += 1
                if clean == settings.growthInterval {
                    let grown = scale * settings.growthFactor
                    if Float(grown).isFinite { scale = grown }
                    clean = 0
                }
            }
        }
        return records
    }

    /// Runs on gradients drawn from `distribution` whose magnitudes drift by `driftLog2` binades per
    /// step: step t's `perStep` gradients are elements t·perStep ..< (t+1)·perStep of the
    /// distribution shifted by t·driftLog2.
    public static func run(steps: Int, perStep: Int, distribution: GradientDistribution, driftLog2: Double, seed: UInt64,
                           settings: ScalerSettings = ScalerSettings(), in arithmetic: FormatArithmetic) -> [ScalerStep] {
        run(steps: steps, settings: settings, in: arithmetic) { t in
            let d = distribution.shifted(by: Double(t) * driftLog2)
            let first = UInt64(t) * UInt64(perStep)
            return (0..<perStep).map { d.sample(seed: seed, index: first + UInt64($0)) }
        }
    }
}
