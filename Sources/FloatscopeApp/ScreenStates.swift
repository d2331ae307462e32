/// The state of every screen, kept while other screens are shown.
public struct ScreenStates: Sendable, Equatable {
    /// The Bits screen.
    public var bits: BitsScreen

    /// Creates the states.
    public init(bits: BitsScreen) {
        self.bits = bits
    }

    /// The screen with the given id, as a `Screen`.
    public subscript(id: ScreenID) -> any Screen {
        get {
            switch id {
            case .bits: return bits
            }
        }
        set {
            switch id {
            case .bits: if let screen = newValue as? BitsScreen { bits = screen }
            }
        }
    }

    /// The help sections of a screen.
    public static func help(for id: ScreenID) -> [HelpSection] {
        switch id {
        case .bits: return BitsScreen.help
        }
    }
}
