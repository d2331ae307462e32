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

    /// The screen with the given id, as a `Screen`.
    public subscript(id: ScreenID) -> any Screen {
        get {
            switch id {
            case .bits: return bits
            case .values: return values
            case .range: return range
            case .nf4: return nf4
            case .sweep: return sweep
            case .blocks: return blocks
            case .model: return model
            }
        }
        set {
            switch id {
            case .bits: if let screen = newValue as? BitsScreen { bits = screen }
            case .values: if let screen = newValue as? ValuesScreen { values = screen }
            case .range: if let screen = newValue as? RangeScreen { range = screen }
            case .nf4: if let screen = newValue as? NF4Screen { nf4 = screen }
            case .sweep: if let screen = newValue as? SweepScreen { sweep = screen }
            case .blocks: if let screen = newValue as? BlocksScreen { blocks = screen }
            case .model: if let screen = newValue as? ModelScreen { model = screen }
            }
        }
    }

    /// The help sections of a screen.
    public static func help(for id: ScreenID) -> [HelpSection] {
        switch id {
        case .bits: return BitsScreen.help
        case .values: return ValuesScreen.help
        case .range: return RangeScreen.help
        case .nf4: return NF4Screen.help
        case .sweep: return SweepScreen.help
        case .blocks: return BlocksScreen.help
        case .model: return ModelScreen.help
        }
    }

    /// Gives the screens that follow the Bits screen's formats its current list and focus.
    mutating func shareFormats() {
        values.adopt(formats: bits.formats, focused: bits.focusedFormat)
        range.adopt(formats: bits.formats)
        sweep.adopt(formats: bits.formats, focused: bits.focusedFormat)
    }
}
