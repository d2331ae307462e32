/// Whether a theme is drawn on a dark or a light background.
public enum Appearance: String, Sendable, Hashable, CaseIterable {
    /// The terminal's own colours, meant for a dark background (the default).
    case dark
    /// Dark text on a light page, painted whatever the terminal's colours (projectors wash out
    /// dark backgrounds).
    case light
}
