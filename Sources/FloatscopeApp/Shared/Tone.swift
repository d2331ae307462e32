import TUICore

/// How a piece of status text should look: neutral, good news, a warning or an error.
public enum Tone: Sendable, Hashable {
    /// Ordinary text.
    case neutral
    /// Good news (an exact conversion, a value applied).
    case ok
    /// Something to notice (rounded into a subnormal, underflow, saturation).
    case warning
    /// Something went wrong (overflow, invalid input).
    case error
    /// The row the value came from.
    case source

    /// The theme style for this tone.
    public func style(in theme: Theme) -> Style {
        switch self {
        case .neutral: return theme.text
        case .ok: return theme.statusOK
        case .warning: return theme.statusWarn
        case .error: return theme.statusError
        case .source: return theme.badge
        }
    }
}
