import FormatCore

/// A sweep the Sweep screen asks the runner to start: the source, the targets and the rounding.
public struct SweepRequest: Sendable, Hashable {
    /// Identifies the job in its progress messages.
    public var id: Int
    /// Where the values come from.
    public var source: SweepSourcePreset
    /// The format of a `focusedCodes` source.
    public var focused: Format
    /// Target names, swept one after another.
    public var targets: [String]
    /// Rounding of scalar targets (block targets follow their specifications).
    public var rounding: RoundingMode
    /// Overflow policy of scalar targets.
    public var overflow: OverflowPolicy

    /// Creates a request.
    public init(id: Int, source: SweepSourcePreset, focused: Format = .fp16, targets: [String], rounding: RoundingMode, overflow: OverflowPolicy) {
        self.id = id
        self.source = source
        self.focused = focused
        self.targets = targets
        self.rounding = rounding
        self.overflow = overflow
    }
}
