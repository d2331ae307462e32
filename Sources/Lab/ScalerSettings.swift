/// A dynamic loss scaler's settings; the defaults are PyTorch's `torch.amp.GradScaler`: start at
/// 2^16, multiply by 2 after 2000 consecutive steps without inf/NaN, multiply by 0.5 (and skip the
/// optimiser step) on a step with any.
public struct ScalerSettings: Sendable, Hashable {
    /// The first step's scale.
    public var initialScale: Double = 65536
    /// The factor after `growthInterval` clean steps in a row.
    public var growthFactor: Double = 2
    /// The factor after a step with an infinite or NaN scaled gradient.
    public var backoffFactor: Double = 0.5
    /// Consecutive clean steps before the scale grows.
    public var growthInterval: Int = 2000

    /// PyTorch's defaults.
    public init() {}

    /// Settings of your own.
    public init(initialScale: Double, growthFactor: Double, backoffFactor: Double, growthInterval: Int) {
        self.initialScale = initialScale
        self.growthFactor = growthFactor
        self.backoffFactor = backoffFactor
        self.growthInterval = growthInterval
    }
}
