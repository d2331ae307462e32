import FormatCore

/// How the app starts: the value, the formats, the rounding and the overflow policy.
public struct AppConfiguration: Sendable, Hashable {
    /// The value as text (any syntax `ValueParser` reads).
    public var valueText: String
    /// The formats of the Bits screen.
    public var formats: [Format]
    /// The rounding mode.
    public var rounding: RoundingMode
    /// The overflow policy.
    public var overflow: OverflowPolicy
    /// The screen shown first.
    public var screen: ScreenID
    /// The model file the Model screen measures (opened by the caller), or nil.
    public var model: ModelHandle?
    /// The language of lessons (captions, titles, their keys' messages).
    public var language: Language
    /// The name of the lesson to start with, or nil (see `LessonCatalog`).
    public var lessonName: String?
    /// The step to start the lesson at (0-based).
    public var lessonStep = 0
    /// Whether the app starts in presenter mode (no chrome, high contrast, big glyphs on Bits).
    public var presenting: Bool

    /// The value shown when none is given.
    public static let defaultValueText = "0.1"

    /// Creates a configuration.
    public init(valueText: String = AppConfiguration.defaultValueText, formats: [Format] = BitsScreen.defaultFormats,
                rounding: RoundingMode = .nearestEven, overflow: OverflowPolicy = .formatDefault, screen: ScreenID = .bits,
                model: ModelHandle? = nil, language: Language = .en, presenting: Bool = false) {
        self.valueText = valueText
        self.formats = formats
        self.rounding = rounding
        self.overflow = overflow
        self.screen = screen
        self.model = model
        self.language = language
        self.presenting = presenting
    }

    /// The starting session; bare constants (`max`) refer to the first format.
    public func session() throws(ValueParseError) -> Session {
        let parsed = try ValueParser.parse(valueText, context: formats.first)
        let text = valueText.trimmingSpaces()
        return Session(source: ValueSource(parsed: parsed, text: text), rounding: rounding, overflow: overflow, formats: formats)
    }
}
