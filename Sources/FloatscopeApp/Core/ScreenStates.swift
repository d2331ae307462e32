import TUICore

/// The state of every screen, kept while other screens are shown.
public struct ScreenStates: Sendable, Equatable {
    /// The Bits screen.
    public var bits: BitsScreen
    /// The Values screen.
    public var values: ValuesScreen
    /// The Range screen.
    public var range: RangeScreen
    /// The NF4 screen.
    public var nf4: NF4Screen
    /// The Sweep screen.
    public var sweep: SweepScreen
    /// The Blocks screen.
    public var blocks: BlocksScreen
    /// The Model screen.
    public var model: ModelScreen
    /// The Lab screen.
    public var lab = LabScreen()
    /// The Claims screen.
    public var claims = ClaimsScreen()

    /// Creates the states.
    public init(bits: BitsScreen, values: ValuesScreen, range: RangeScreen, nf4: NF4Screen, sweep: SweepScreen = SweepScreen(),
                blocks: BlocksScreen = BlocksScreen(), model: ModelScreen = ModelScreen()) {
        self.bits = bits
        self.values = values
        self.range = range
        self.nf4 = nf4
        self.sweep = sweep
        self.blocks = blocks
        self.model = model
    }

    /// The screen with the given id, as a `Screen`, for drawing and reading (never for changing:
    /// `handle` and `refresh` change the stored screen in place).
    public subscript(id: ScreenID) -> any Screen {
        switch id {
        case .bits: return bits
        case .values: return values
        case .range: return range
        case .nf4: return nf4
        case .sweep: return sweep
        case .blocks: return blocks
        case .model: return model
        case .lab: return lab
        case .claims: return claims
        }
    }

    /// Gives a message to the screen with the given id, changing its stored state in place.
    mutating func handle(_ message: Message, on id: ScreenID, in area: Rect, session: inout Session) -> [Effect]? {
        switch id {
        case .bits: return bits.handle(message, in: area, session: &session)
        case .values: return values.handle(message, in: area, session: &session)
        case .range: return range.handle(message, in: area, session: &session)
        case .nf4: return nf4.handle(message, in: area, session: &session)
        case .sweep: return sweep.handle(message, in: area, session: &session)
        case .blocks: return blocks.handle(message, in: area, session: &session)
        case .model: return model.handle(message, in: area, session: &session)
        case .lab: return lab.handle(message, in: area, session: &session)
        case .claims: return claims.handle(message, in: area, session: &session)
        }
    }

    /// Brings the derived data of the screen with the given id up to date, in place.
    mutating func refresh(_ id: ScreenID, session: Session) {
        switch id {
        case .bits: bits.refresh(session: session)
        case .values: values.refresh(session: session)
        case .range: range.refresh(session: session)
        case .nf4: nf4.refresh(session: session)
        case .sweep: sweep.refresh(session: session)
        case .blocks: blocks.refresh(session: session)
        case .model: model.refresh(session: session)
        case .lab: lab.refresh(session: session)
        case .claims: claims.refresh(session: session)
        }
    }

    /// The type of the screen with the given id (its help, its texts).
    public static func type(of id: ScreenID) -> any Screen.Type {
        switch id {
        case .bits: return BitsScreen.self
        case .values: return ValuesScreen.self
        case .range: return RangeScreen.self
        case .nf4: return NF4Screen.self
        case .sweep: return SweepScreen.self
        case .blocks: return BlocksScreen.self
        case .model: return ModelScreen.self
        case .lab: return LabScreen.self
        case .claims: return ClaimsScreen.self
        }
    }

    /// The help sections of a screen.
    public static func help(for id: ScreenID) -> [HelpSection] { type(of: id).help }
}
