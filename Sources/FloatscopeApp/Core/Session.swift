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
    /// The formats every screen follows, in order: the Bits screen shows and edits them (one row
    /// each), the Values screen steps through them, the Range screen and the Sweep screen's
    /// "Bits screen formats" targets take them. The one copy of the list.
    public internal(set) var formats: [Format]
    /// The focused entry of `formats` (the Bits screen's cursor row; the Values screen and the
    /// Sweep screen's "all codes" source follow it).
    public internal(set) var focus: Int = 0

    /// Creates a session.
    public init(source: ValueSource, rounding: RoundingMode = .nearestEven, overflow: OverflowPolicy = .formatDefault,
                formats: [Format] = BitsScreen.defaultFormats) {
        self.source = source
        self.formats = formats.isEmpty ? BitsScreen.defaultFormats : formats
        self.rounding = rounding
        self.overflow = overflow
        self.tensorData = nil
        self.flash = nil
    }

    /// The focused format (nil only when there are no formats).
    public var focusedFormat: Format? { formats.indices.contains(focus) ? formats[focus] : nil }

    /// Focuses an entry of `formats` (ignored when out of range).
    mutating func focusFormat(at index: Int) {
        if formats.indices.contains(index) { focus = index }
    }

    /// Removes an entry of `formats`, keeping the focus on the same format where it can; the last
    /// format stays (false then).
    mutating func removeFormat(at index: Int) -> Bool {
        guard formats.count > 1, formats.indices.contains(index) else { return false }
        formats.remove(at: index)
        if focus >= formats.count || index < focus { focus = max(0, focus - 1) }
        return true
    }

    /// Adds a format at the end.
    mutating func addFormat(_ format: Format) {
        formats.append(format)
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

    /// What saturation now does, for the status line, in the session's language (the Bits and
    /// Sweep screens' `s`).
    var saturationMessage: String {
        overflow == .saturate ? language.say("saturation on: overflows become ±max", "饱和 开：上溢变为 ±max")
            : language.say("saturation off: each format's own overflow rule", "饱和 关：按各格式自己的上溢规则")
    }

    /// Shows a status-line message.
    public mutating func show(_ text: String, tone: Tone = .neutral) {
        flash = Flash(text, tone: tone)
    }
}
