/// Where each column of the Bits screen's rows goes at a given width.
///
/// Always shown: a focus marker, the format's name, the bits, the value and the status badge.
/// The relative error, the hex code and the absolute error are added in that order when they fit
/// (all of them from about 104 columns with the default formats); the focused row's detail
/// panel always shows all three.
public struct BitsColumns: Sendable, Hashable {
    /// A column's start (relative to the area) and width.
    public struct Column: Sendable, Hashable {
        /// First column.
        public var x: Int
        /// Width.
        public var width: Int
    }

    /// The format's name.
    public var name: Column
    /// The bits.
    public var bits: Column
    /// The code in hex, when it fits.
    public var hex: Column?
    /// The value.
    public var value: Column
    /// The absolute error, when it fits.
    public var absoluteError: Column?
    /// The relative error, when it fits.
    public var relativeError: Column?
    /// The status badge.
    public var status: Column

    /// Blank columns between columns.
    public static let gap = 2
    /// Columns before the name (the focus marker and a blank).
    public static let markerWidth = 2

    /// Lays the columns out for `rows` in `width` columns.
    public init(width: Int, rows: [RowFacts]) {
        func widest(_ texts: [String], minimum: Int, maximum: Int = .max) -> Int {
            // The ASCII spelling may be longer (`→` becomes `->`).
            min(maximum, max(minimum, texts.map { max($0.count, ASCIIText.transliterate($0).count) }.max() ?? 0))
        }
        let nameWidth = widest(rows.map(\.format.name), minimum: 6)
        let bitsWant = max(4, rows.map(\.fields.displayWidth).max() ?? 4)
        let valueWant = widest(rows.map(\.value.widest), minimum: 5, maximum: RowFacts.valueWidth)
        let statusWant = widest(rows.map(\.badge), minimum: 6)
        let hexWant = widest(rows.map(\.hex), minimum: 4)
        let errorWant = widest(rows.map(\.absoluteError.widest) + rows.map(\.relativeError.widest), minimum: 7, maximum: RowFacts.errorWidth)
        let valueMin = min(valueWant, 10), statusMin = min(statusWant, 12)
        let gap = BitsColumns.gap
        let fixed = BitsColumns.markerWidth + nameWidth + 1
        // The bits get what they need, but leave room for a short value and status.
        let bitsWidth = max(8, min(bitsWant, width - fixed - gap - valueMin - gap - statusMin))
        var spare = width - fixed - bitsWidth - gap - valueMin - gap - statusMin
        var showRelative = false, showHex = false, showAbsolute = false
        if spare >= errorWant + gap { showRelative = true; spare -= errorWant + gap }
        if spare >= hexWant + gap { showHex = true; spare -= hexWant + gap }
        if spare >= errorWant + gap { showAbsolute = true; spare -= errorWant + gap }
        let valueExtra = min(max(0, spare), valueWant - valueMin)
        spare -= valueExtra
        let statusExtra = min(max(0, spare), statusWant - statusMin)

        var x = BitsColumns.markerWidth
        name = Column(x: x, width: nameWidth)
        x += nameWidth + 1
        bits = Column(x: x, width: bitsWidth)
        x += bitsWidth + gap
        if showHex { hex = Column(x: x, width: hexWant); x += hexWant + gap } else { hex = nil }
        value = Column(x: x, width: valueMin + valueExtra)
        x += valueMin + valueExtra + gap
        if showAbsolute { absoluteError = Column(x: x, width: errorWant); x += errorWant + gap } else { absoluteError = nil }
        if showRelative { relativeError = Column(x: x, width: errorWant); x += errorWant + gap } else { relativeError = nil }
        status = Column(x: x, width: max(0, min(statusMin + statusExtra, width - x)))
    }
}
