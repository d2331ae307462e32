/// The registry of screens: one case per screen, in the order of the number keys and Tab.
///
/// Adding a screen: add a case here (with its title), a type conforming to `Screen` in its own
/// folder (its help and its Chinese texts are static members), and a stored property plus one line
/// in each switch of `ScreenStates`.
public enum ScreenID: Int, CaseIterable, Sendable, Hashable {
    /// One value's bits in many formats.
    case bits = 1
    /// Every representable value of a format: a grid of codes or a number line.
    case values = 2
    /// Dynamic range and precision of several formats on one log2 axis.
    case range = 3
    /// NF4's quantile bins against INT4, E2M1 and bnb-fp4.
    case nf4 = 4
    /// Round-trip sweeps in the background, compared in a table.
    case sweep = 5
    /// One block of a block format taken apart: bytes, fields, reconstruction, bit accounting.
    case blocks = 6
    /// A model file's tensors measured against candidate formats: list, statistics, log2 histogram.
    case model = 7
    /// The training-precision lab: loss scaling, the dynamic loss scaler, master weights, accumulation.
    case lab = 8
    /// Statements that circulate about the formats, each with its computed verdict and figures.
    case claims = 9

    /// The name shown in the title bar and the help.
    public var title: String {
        switch self {
        case .bits: return "Bits"
        case .values: return "Values"
        case .range: return "Range"
        case .nf4: return "NF4"
        case .sweep: return "Sweep"
        case .blocks: return "Blocks"
        case .model: return "Model"
        case .lab: return "Lab"
        case .claims: return "Claims"
        }
    }

    /// The number key that selects the screen (1-9).
    public var number: Int { rawValue }

    /// The screen after this one (wrapping), for Tab.
    public var next: ScreenID {
        let all = ScreenID.allCases
        let i = all.firstIndex(of: self) ?? 0
        return all[(i + 1) % all.count]
    }

    /// The screen before this one (wrapping), for Shift-Tab.
    public var previous: ScreenID {
        let all = ScreenID.allCases
        let i = all.firstIndex(of: self) ?? 0
        return all[(i + all.count - 1) % all.count]
    }
}
