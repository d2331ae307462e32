import FormatCore
import Synchronization

/// The texts of every code of a small format in grid cells of one width: exact where the value
/// fits, otherwise rounded (marked ≈) to enough digits to tell it from the values next to it.
///
/// Working them out takes a few milliseconds per format and width, so they are kept in a
/// process-wide table (at most a few dozen formats times a dozen widths).
struct GridCellTexts: Sendable {
    /// One text per code, in code order.
    let texts: [ValueText]
    /// How many codes' texts do not tell them from a neighbour (or do not fit).
    let unclear: Int

    /// The texts for a format (at most 8 bits) and a cell width.
    static func of(_ format: Format, width: Int) -> GridCellTexts {
        let key = Key(format: format, width: width)
        if let known = cache.withLock({ $0[key] }) { return known }
        let count = Int(format.codeCount ?? 0)
        let texts = (0..<count).map { ValuesScreen.valueText(format: format, code: UInt64($0), width: width) }
        let made = GridCellTexts(texts: texts, unclear: texts.filter { !$0.distinguishes || $0.columns > width }.count)
        cache.withLock { $0[key] = made }
        return made
    }

    /// What the table is keyed by.
    private struct Key: Hashable, Sendable {
        var format: Format
        var width: Int
    }

    /// Texts worked out so far.
    private static let cache = Mutex<[Key: GridCellTexts]>([:])
}
