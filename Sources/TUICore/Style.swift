/// The look of a cell: foreground colour, background colour and attributes.
public struct Style: Sendable, Hashable {
    /// Foreground (text) colour.
    public var foreground: Color
    /// Background colour.
    public var background: Color
    /// Attributes such as bold or reverse.
    public var attributes: TextAttributes

    /// Creates a style; every part defaults to the terminal's default.
    public init(fg foreground: Color = .default, bg background: Color = .default, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's default look: default colours, no attributes.
    public static let plain = Style()

    /// A copy with the given foreground colour.
    public func fg(_ color: Color) -> Style {
        var s = self
        s.foreground = color
        return s
    }

    /// A copy with the given background colour.
    public func bg(_ color: Color) -> Style {
        var s = self
        s.background = color
        return s
    }

    /// A copy with the given attributes added.
    public func adding(_ attributes: TextAttributes) -> Style {
        var s = self
        s.attributes.formUnion(attributes)
        return s
    }

    /// A copy with the given attributes removed.
    public func removing(_ attributes: TextAttributes) -> Style {
        var s = self
        s.attributes.subtract(attributes)
        return s
    }

    /// A copy with bold added.
    public func bold() -> Style { adding(.bold) }
    /// A copy with dim added.
    public func dim() -> Style { adding(.dim) }
    /// A copy with italic added.
    public func italic() -> Style { adding(.italic) }
    /// A copy with underline added.
    public func underline() -> Style { adding(.underline) }
    /// A copy with reverse video added.
    public func reverse() -> Style { adding(.reverse) }

    /// This style with `other` layered on top: non-default colours of `other` win,
    /// attributes are united.
    public func patched(with other: Style) -> Style {
        Style(
            fg: other.foreground == .default ? foreground : other.foreground,
            bg: other.background == .default ? background : other.background,
            attributes: attributes.union(other.attributes)
        )
    }

    /// This style with its colours reduced for the given colour mode (attributes kept).
    public func reduced(to mode: ColorMode) -> Style {
        Style(fg: foreground.reduced(to: mode), bg: background.reduced(to: mode), attributes: attributes)
    }
}
