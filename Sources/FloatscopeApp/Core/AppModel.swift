import FormatCore
import TUICore

/// The whole state of the app. Changed only by `App.update`; drawn by `App.view`.
public struct AppModel: Sendable, Equatable {
    /// The terminal size.
    public internal(set) var size: Size
    /// The screen shown.
    public internal(set) var active: ScreenID
    /// Every screen's state.
    public internal(set) var screens: ScreenStates
    /// The value, rounding, overflow policy and status message, shared by the screens.
    public internal(set) var session: Session
    /// Lines of the help overlay scrolled off, or nil when the help is closed.
    public internal(set) var helpScroll: Int?
    /// The lesson shown, or nil.
    public internal(set) var lesson: LessonState?
    /// The row selected in the lesson menu, or nil when the menu is closed.
    public internal(set) var lessonMenu: Int?
    /// The language of lessons, help and labels (the session's).
    public var language: Language { session.language }
    /// Effects of the starting lesson step's keys, run when the runner says `.launched`.
    var startEffects: [Effect] = []
    /// Presenter mode (`P`): no title bar or status line, high contrast, big glyphs on Bits.
    public internal(set) var presenting: Bool

    /// The smallest terminal the app draws in; below it a message asks for a larger one.
    public static let minimumSize = Size(width: 80, height: 24)

    /// Creates the model for a configuration and a terminal size.
    public init(configuration: AppConfiguration = AppConfiguration(), size: Size) throws(ValueParseError) {
        let session = try configuration.session()
        self.init(session: session, formats: configuration.formats, screen: configuration.screen, model: configuration.model,
                  presenting: configuration.presenting, size: size)
        self.session.language = configuration.language
        screens.refresh(active, session: self.session)
        screens.claims = ClaimsScreen(language: language)
        if let name = configuration.lessonName, let lesson = LessonCatalog.named(name) {
            startEffects = showLessonStep(lesson, step: min(max(0, configuration.lessonStep), lesson.steps.count - 1))
        }
    }

    /// Creates the model for a session.
    public init(session: Session, formats: [Format] = BitsScreen.defaultFormats, screen: ScreenID = .bits, model: ModelHandle? = nil,
                presenting: Bool = false, size: Size) {
        self.size = size
        var session = session
        if !formats.isEmpty { session.formats = formats }
        self.session = session
        active = screen
        screens = ScreenStates(bits: BitsScreen(session: session),
                               values: ValuesScreen(session: session),
                               range: RangeScreen(),
                               nf4: NF4Screen(),
                               sweep: SweepScreen(),
                               model: ModelScreen(model: model))
        screens.refresh(screen, session: session)
        helpScroll = nil
        self.presenting = presenting
        screens.bits.presenting = presenting
    }

    /// Whether the terminal is below the minimum size.
    public var isTooSmall: Bool {
        size.width < AppModel.minimumSize.width || size.height < AppModel.minimumSize.height
    }

    /// The screen's part of the terminal: everything but the title bar, the status line and a
    /// lesson's caption box (when presenting: but the caption box).
    public var screenArea: Rect {
        let caption = lesson?.rows(width: size.width) ?? 0
        if presenting { return Rect(x: 0, y: 0, width: size.width, height: max(0, size.height - caption)) }
        return Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 2 - caption))
    }


    /// Whether the runner should send ticks (something on screen times out).
    public var wantsTicks: Bool { session.flash != nil }

    /// The Bits screen's state.
    public var bits: BitsScreen { screens.bits }
}
