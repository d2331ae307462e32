/// A terminal colour: the terminal's default, a palette entry or a 24-bit value.
public enum Color: Sendable, Hashable {
    /// The terminal's default foreground or background colour.
    case `default`
    /// One of the 16 ANSI colours (0-7 normal, 8-15 bright); values above 15 wrap modulo 16.
    case ansi(UInt8)
    /// An entry of the xterm 256-colour palette (0-15 are the ANSI colours).
    case indexed(UInt8)
    /// A 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)

    /// ANSI black (0).
    public static let black = Color.ansi(0)
    /// ANSI red (1).
    public static let red = Color.ansi(1)
    /// ANSI green (2).
    public static let green = Color.ansi(2)
    /// ANSI yellow (3).
    public static let yellow = Color.ansi(3)
    /// ANSI blue (4).
    public static let blue = Color.ansi(4)
    /// ANSI magenta (5).
    public static let magenta = Color.ansi(5)
    /// ANSI cyan (6).
    public static let cyan = Color.ansi(6)
    /// ANSI white (7, light grey on most terminals).
    public static let white = Color.ansi(7)
    /// ANSI bright black (8, dark grey).
    public static let brightBlack = Color.ansi(8)
    /// ANSI bright white (15).
    public static let brightWhite = Color.ansi(15)

    /// The approximate RGB value of this colour (xterm palette); nil for `.default`.
    public var rgbValue: (r: UInt8, g: UInt8, b: UInt8)? {
        switch self {
        case .default:
            return nil
        case .ansi(let n):
            return Color.paletteRGB(n % 16)
        case .indexed(let n):
            return Color.paletteRGB(n)
        case .rgb(let r, let g, let b):
            return (r, g, b)
        }
    }

    /// The nearest of the 16 ANSI colours (0-15); nil for `.default`.
    public var ansi16Index: UInt8? {
        switch self {
        case .default:
            return nil
        case .ansi(let n):
            return n % 16
        case .indexed(let n) where n < 16:
            return n
        case .indexed, .rgb:
            guard let (r, g, b) = rgbValue else { return nil }
            return Color.nearest(r, g, b, among: 0..<16)
        }
    }

    /// The nearest of the 8 basic ANSI colours (0-7); bright colours map to their base hue.
    public var ansi8Index: UInt8? {
        guard let n = ansi16Index else { return nil }
        return n % 8
    }

    /// The nearest entry of the 256-colour palette; nil for `.default`.
    public var palette256Index: UInt8? {
        switch self {
        case .default:
            return nil
        case .ansi(let n):
            return n % 16
        case .indexed(let n):
            return n
        case .rgb(let r, let g, let b):
            return Color.nearest256(r, g, b)
        }
    }

    /// This colour expressed for a device with the given colour mode.
    ///
    /// `.noColor` gives `.default`; `.ansi8` gives `.ansi(0...7)`; `.ansi256` gives
    /// `.ansi` or `.indexed` (RGB is mapped to the nearest palette entry); `.trueColor`
    /// keeps the colour unchanged.
    public func reduced(to mode: ColorMode) -> Color {
        if self == .default { return .default }
        switch mode {
        case .noColor:
            return .default
        case .ansi8:
            return ansi8Index.map { .ansi($0) } ?? .default
        case .ansi256:
            switch self {
            case .ansi(let n): return .ansi(n % 16)
            case .indexed: return self
            default: return palette256Index.map { .indexed($0) } ?? .default
            }
        case .trueColor:
            return self
        }
    }

    // MARK: - Palette

    private static let ansiRGB: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
        (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
        (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    private static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// The RGB value of an xterm palette entry.
    static func paletteRGB(_ index: UInt8) -> (r: UInt8, g: UInt8, b: UInt8) {
        let i = Int(index)
        if i < 16 { return ansiRGB[i] }
        if i < 232 {
            let c = i - 16
            return (UInt8(cubeLevels[c / 36]), UInt8(cubeLevels[(c / 6) % 6]), UInt8(cubeLevels[c % 6]))
        }
        let grey = UInt8(8 + 10 * (i - 232))
        return (grey, grey, grey)
    }

    private static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
        let dr = Int(a.0) - Int(b.0), dg = Int(a.1) - Int(b.1), db = Int(a.2) - Int(b.2)
        // Weighted so green differences count more, like the eye.
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db
    }

    private static func nearest(_ r: UInt8, _ g: UInt8, _ b: UInt8, among range: Range<Int>) -> UInt8 {
        var best = range.lowerBound
        var bestDistance = Int.max
        for i in range {
            let d = distance((r, g, b), paletteRGB(UInt8(i)))
            if d < bestDistance {
                bestDistance = d
                best = i
            }
        }
        return UInt8(best)
    }

    private static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        func cubeIndex(_ v: UInt8) -> Int {
            var best = 0
            for (i, level) in cubeLevels.enumerated() where abs(level - Int(v)) < abs(cubeLevels[best] - Int(v)) {
                best = i
            }
            return best
        }
        let cube = 16 + 36 * cubeIndex(r) + 6 * cubeIndex(g) + cubeIndex(b)
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let greyStep = min(23, max(0, (average - 3) / 10))
        let grey = 232 + greyStep
        let target = (r, g, b)
        let cubeRGB = paletteRGB(UInt8(cube))
        let greyRGB = paletteRGB(UInt8(grey))
        return distance(target, greyRGB) < distance(target, cubeRGB) ? UInt8(grey) : UInt8(cube)
    }
}
