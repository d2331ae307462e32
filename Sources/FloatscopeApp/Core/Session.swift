import FormatCore

/// State shared by every screen: the value, how it is rounded, the data taken from a model's tensor,
/// and the status-line message.
public struct Session: Sendable, Hashable {
    /// The value being explored.
    public var source: ValueSource
    /// The rounding mode of every conversion.
    public var rounding: RoundingMode
    /// What happens beyond the largest finite value.
    public var overflow: OverflowPolicy
    /// The values of a model tensor taken as data (Model screen, `u`), used by the Sweep and Blocks
    /// screens; nil until one is taken.
    public var tensorData: TensorData?
    /// A transient message for the status line.
    public var flash: Flash?
    /// The language of lessons, help and labels.
    public var language: Language = .en

    /// Creates a session.
    public init(source: ValueSource, rounding: RoundingMode = .nearestEven, overflow: OverflowPolicy = .formatDefault) {
        self.source = source
        self.rounding = rounding
        self.overflow = overflow
        self.tensorData = nil
        self.flash = nil
    }

    /// The rounding modes `r` cycles through: the deterministic ones, then stochastic rounding
    /// (whose screens show the odds of rounding up and down rather than one draw).
    public static let roundingCycle: [RoundingMode] = RoundingMode.allDeterministic + [.stochastic(seed: 0)]

    /// Switches to the next rounding mode of `roundingCycle`.
    public mutating func cycleRounding() {
        let cycle = Session.roundingCycle
        if let i = cycle.firstIndex(of: rounding) {
            rounding = cycle[(i + 1) % cycle.count]
        } else {
            rounding = cycle[0]
        }
    }

    /// Turns saturation on or off.
    public mutating func toggleSaturation() {
        overflow = overflow == .saturate ? .formatDefault : .saturate
    }

    /// Shows a status-line message.
    public mutating func show(_ text: String, tone: Tone = .neutral) {
        flash = Flash(text, tone: tone)
    }
}
