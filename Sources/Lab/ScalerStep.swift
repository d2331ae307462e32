/// One step of a dynamic loss scaler: the scale it used, whether the optimiser step was skipped
/// (some scaled gradient was infinite or NaN in the format), how many scaled gradients overflowed
/// and how many non-zero ones underflowed to zero.
public struct ScalerStep: Sendable, Hashable {
    /// The step number, from 0.
    public let step: Int
    /// The scale the gradients were multiplied by.
    public let scale: Double
    /// Whether the step was skipped.
    public let skipped: Bool
    /// Scaled gradients that became infinite or NaN.
    public let overflow: Int
    /// Non-zero gradients whose scaled value became zero.
    public let underflow: Int
    /// Gradients this step.
    public let count: Int

    /// Creates a record.
    public init(step: Int, scale: Double, skipped: Bool, overflow: Int, underflow: Int, count: Int) {
        self.step = step
        self.scale = scale
        self.skipped = skipped
        self.overflow = overflow
        self.underflow = underflow
        self.count = count
    }
}
