/// How many colours the output device can show.
///
/// Views never need to check this: `Color.reduced(to:)` and the backends map colours
/// down. Themes use it to keep distinctions when colour is unavailable.
public enum ColorMode: Sendable, Hashable, CaseIterable {
    /// No colour at all; only attributes (bold, underline, reverse...) distinguish text.
    case noColor
    /// The 8 basic ANSI colours.
    case ansi8
    /// The xterm 256-colour palette.
    case ansi256
    /// 24-bit colour.
    case trueColor
}
