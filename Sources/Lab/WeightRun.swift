/// One scheme's run of w ← w + lr·g: the weight at the sampled steps, the updates that vanish
/// (|lr·g| below half an ULP of the weight being updated: for a master copy, of the master), the
/// steps that left the stored weight unchanged, and the final value.
public struct WeightRun: Sendable, Hashable {
    /// The scheme.
    public let scheme: WeightScheme
    /// The reported weight after each sampled step (see `MasterWeightsResult.sampleSteps`).
    public let trajectory: [Double]
    /// Updates below half an ULP of the weight they were added to, counted exactly.
    public let vanished: Int
    /// Steps after which the stored weight was the same as before.
    public let unchanged: Int
    /// The reported weight after the last step.
    public let final: Double
    /// For a master copy: the master after each sampled step (the reported weight is its rounding).
    public let masterTrajectory: [Double]?
    /// For a master copy: the master after the last step.
    public var masterFinal: Double? { masterTrajectory?.last }

    /// Creates a record.
    public init(scheme: WeightScheme, trajectory: [Double], vanished: Int, unchanged: Int, final: Double, masterTrajectory: [Double]? = nil) {
        self.scheme = scheme
        self.trajectory = trajectory
        self.vanished = vanished
        self.unchanged = unchanged
        self.final = final
        self.masterTrajectory = masterTrajectory
    }
}
