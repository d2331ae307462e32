/// Named styles for the parts of the floatscope UI.
///
/// `Theme.standard(for:)` picks a theme suitable for a colour mode; in `.noColor` mode
/// (`Theme.monochrome`) every distinction is made with bold, reverse and underline only.
public struct Theme: Sendable, Hashable {
    /// Ordinary text.
    public var text: Style
    /// Borders of boxes and panels.
    public var border: Style
    /// A sign bit.
    public var signBit: Style
    /// An exponent bit.
    public var exponentBit: Style
    /// A mantissa (fraction) bit.
    public var mantissaBit: Style
    /// A bit of an integer format.
    public var integerBit: Style
    /// A bit of a codebook index (lookup formats such as NF4).
    public var codebookIndexBit: Style
    /// The focused row of a list or table.
    public var focusedRow: Style
    /// The cursor cell (e.g. the selected bit).
    public var cursor: Style
    /// A status message saying things are fine.
    public var statusOK: Style
    /// A warning status message.
    public var statusWarn: Style
    /// An error status message.
    public var statusError: Style
    /// De-emphasised text (hints, units, secondary values).
    public var dim: Style
    /// Titles and headings.
    public var title: Style
    /// The help overlay's box and text.
    public var helpOverlay: Style
    /// Small labels such as a format name or a mode indicator.
    public var badge: Style
    /// The page: the colours cells left at the terminal's defaults are drawn in (plain in the dark
    /// themes, which keep the terminal's own colours; see `CellBuffer.paintPage`).
    public var page: Style
    /// Whether the theme is meant for a dark or a light background.
    public var appearance: Appearance

    /// Creates a theme; every style defaults to plain.
    public init(
        text: Style = .plain, border: Style = .plain,
        signBit: Style = .plain, exponentBit: Style = .plain, mantissaBit: Style = .plain,
        integerBit: Style = .plain, codebookIndexBit: Style = .plain,
        focusedRow: Style = .plain, cursor: Style = .plain,
        statusOK: Style = .plain, statusWarn: Style = .plain, statusError: Style = .plain,
        dim: Style = .plain, title: Style = .plain, helpOverlay: Style = .plain, badge: Style = .plain,
        page: Style = .plain, appearance: Appearance = .dark
    ) {
        self.text = text
        self.border = border
        self.signBit = signBit
        self.exponentBit = exponentBit
        self.mantissaBit = mantissaBit
        self.integerBit = integerBit
        self.codebookIndexBit = codebookIndexBit
        self.focusedRow = focusedRow
        self.cursor = cursor
        self.statusOK = statusOK
        self.statusWarn = statusWarn
        self.statusError = statusError
        self.dim = dim
        self.title = title
        self.helpOverlay = helpOverlay
        self.badge = badge
        self.page = page
        self.appearance = appearance
    }

    /// The colour theme (ANSI colours, so it degrades well to 8 colours).
    public static let colored = Theme(
        text: .plain,
        border: Style(fg: .cyan),
        signBit: Style(fg: .brightWhite, bg: .red, attributes: .bold),
        exponentBit: Style(fg: .black, bg: .green),
        mantissaBit: Style(fg: .black, bg: .cyan),
        integerBit: Style(fg: .black, bg: .yellow),
        codebookIndexBit: Style(fg: .brightWhite, bg: .magenta),
        focusedRow: Style(bg: .indexed(237), attributes: .bold),
        cursor: Style(attributes: [.reverse, .bold]),
        statusOK: Style(fg: .green, attributes: .bold),
        statusWarn: Style(fg: .yellow, attributes: .bold),
        statusError: Style(fg: .brightWhite, bg: .red, attributes: .bold),
        dim: Style(attributes: .dim),
        title: Style(fg: .cyan, attributes: .bold),
        helpOverlay: Style(fg: .white, bg: .blue),
        badge: Style(fg: .black, bg: .cyan, attributes: .bold)
    )

    /// The colour theme adjusted for 8 colours (the focused row is underlined, not grey).
    public static let eightColor: Theme = {
        var t = Theme.colored
        t.focusedRow = Style(attributes: [.bold, .underline])
        return t
    }()

    /// A theme without colour: distinctions by bold, reverse and underline only.
    public static let monochrome = Theme(
        text: .plain,
        border: .plain,
        signBit: Style(attributes: [.reverse, .bold]),
        exponentBit: Style(attributes: .bold),
        mantissaBit: Style(attributes: .underline),
        integerBit: Style(attributes: [.bold, .underline]),
        codebookIndexBit: Style(attributes: [.reverse, .underline]),
        focusedRow: Style(attributes: .reverse),
        cursor: Style(attributes: [.reverse, .bold, .underline]),
        statusOK: Style(attributes: .bold),
        statusWarn: Style(attributes: [.bold, .underline]),
        statusError: Style(attributes: [.reverse, .bold]),
        dim: .plain,
        title: Style(attributes: .bold),
        helpOverlay: .plain,
        badge: Style(attributes: .reverse)
    )

    /// The light page: near-black text on white.
    public static let lightPage = Style(fg: .indexed(16), bg: .indexed(231))

    /// The colour theme for a light page: dark text on white, strong colours that survive a
    /// projector (white bold bits on dark red, green and blue), greys only for hints.
    public static let light = Theme(
        text: .plain,
        border: Style(fg: .indexed(25)),
        signBit: Style(fg: .indexed(231), bg: .indexed(160), attributes: .bold),
        exponentBit: Style(fg: .indexed(231), bg: .indexed(28), attributes: .bold),
        mantissaBit: Style(fg: .indexed(231), bg: .indexed(25), attributes: .bold),
        integerBit: Style(fg: .indexed(16), bg: .indexed(220), attributes: .bold),
        codebookIndexBit: Style(fg: .indexed(231), bg: .indexed(127), attributes: .bold),
        focusedRow: Style(bg: .indexed(253), attributes: .bold),
        cursor: Style(attributes: [.reverse, .bold]),
        statusOK: Style(fg: .indexed(28), attributes: .bold),
        statusWarn: Style(fg: .indexed(130), attributes: .bold),
        statusError: Style(fg: .indexed(231), bg: .indexed(160), attributes: .bold),
        dim: Style(fg: .indexed(242)),
        title: Style(fg: .indexed(25), attributes: .bold),
        helpOverlay: Style(fg: .indexed(231), bg: .indexed(24)),
        badge: Style(fg: .indexed(231), bg: .indexed(25), attributes: .bold),
        page: Theme.lightPage, appearance: .light
    )

    /// The light theme adjusted for 8 colours (the focused row is underlined, hints plain).
    public static let lightEightColor: Theme = {
        var t = Theme.light
        t.focusedRow = Style(attributes: [.bold, .underline])
        t.dim = .plain
        return t
    }()

    /// The monochrome theme on a light page (the page shows where colours can be drawn at all:
    /// in SVG export; a terminal without colour keeps its own).
    public static let lightMonochrome: Theme = {
        var t = Theme.monochrome
        t.page = Theme.lightPage
        t.appearance = .light
        return t
    }()

    /// The standard theme for a colour mode: monochrome, eight-colour or full colour, for a dark
    /// background or a light page.
    public static func standard(for mode: ColorMode, appearance: Appearance = .dark) -> Theme {
        switch (mode, appearance) {
        case (.noColor, .dark): return .monochrome
        case (.ansi8, .dark): return .eightColor
        case (.ansi256, .dark), (.trueColor, .dark): return .colored
        case (.noColor, .light): return .lightMonochrome
        case (.ansi8, .light): return .lightEightColor
        case (.ansi256, .light), (.trueColor, .light): return .light
        }
    }
}
