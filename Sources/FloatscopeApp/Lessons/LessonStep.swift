import FormatCore

/// One step of a lesson: the state it puts the app in and the caption shown under the screen.
///
/// The state is absolute (a fresh app with these settings, then the keys), so going back a step
/// shows exactly what going forward showed.
public struct LessonStep: Sendable, Hashable {
    /// The screen shown.
    public var screen: ScreenID
    /// The value (any syntax the value parser reads); a template, so a computed input such as
    /// `{exp -20|double}` is written as a figure.
    public var value: String
    /// The formats of the Bits screen (the other screens follow it), by name.
    public var formats: [String]
    /// The rounding mode.
    public var rounding: RoundingMode
    /// The block format the Blocks screen shows (a registry name), or nil for its first.
    public var blockFormat: String?
    /// Keys replayed after the state is set (`MessageScript` syntax).
    public var keys: String
    /// The caption: a template whose figures come from the core (see `CaptionTemplate`).
    public var caption: LocalizedText

    /// Creates a step.
    public init(screen: ScreenID, value: String = "0.1", formats: [String] = ["fp32"], rounding: RoundingMode = .nearestEven,
                blockFormat: String? = nil, keys: String = "", caption: LocalizedText) {
        self.screen = screen
        self.value = value
        self.formats = formats
        self.rounding = rounding
        self.blockFormat = blockFormat
        self.keys = keys
        self.caption = caption
    }
}
