import FormatCore

/// The Bits screen's precomputed text: rows, the focused row's detail, the input's exact value.
/// Recomputed only when what it depends on changes, so drawing a frame is cheap.
public struct BitsFacts: Sendable, Hashable {
    /// What the rows were computed from.
    struct Inputs: Sendable, Hashable {
        var formats: [Format]
        var source: ValueSource
        var rounding: RoundingMode
        var overflow: OverflowPolicy
    }

    /// The focused row (the session's focus when last updated).
    public private(set) var focus = 0
    /// The formats of the rows, in order.
    public var formats: [Format] { rows.map(\.format) }
    /// The focused row's format.
    public var focusedFormat: Format? { rows.indices.contains(focus) ? rows[focus].format : nil }
    /// One entry per format.
    public private(set) var rows: [RowFacts] = []
    /// The focused row's detail (nil when there are no rows).
    public private(set) var detail: DetailFacts?
    /// The line under the input: the input's exact value.
    public private(set) var inputInfo: [Fragment] = []

    private var inputs: Inputs?
    private var detailRow: RowFacts?

    /// Empty facts (filled by `update`).
    public init() {}

    /// Recomputes whatever depends on something that changed.
    mutating func update(formats: [Format], focus: Int, session: Session) {
        let now = Inputs(formats: formats, source: session.source, rounding: session.rounding, overflow: session.overflow)
        if now != inputs {
            if now.source != inputs?.source { inputInfo = BitsFacts.info(for: session.source) }
            rows = formats.map { RowFacts(format: $0, session: session) }
            inputs = now
        }
        self.focus = focus
        let row = rows.indices.contains(focus) ? rows[focus] : nil
        if row != detailRow {
            detail = row.map { DetailFacts(row: $0) }
            detailRow = row
        }
    }

    /// The input's exact value, and where it came from.
    static func info(for source: ValueSource) -> [Fragment] {
        let (text, exact) = NumberText.exactOrApproximate(source.value)
        var parts = [Fragment(exact ? "= " : "≈ ", .dim), Fragment(text)]
        if let format = source.format, let code = source.code {
            parts += [Fragment("   (\(format.name) ", .dim), Fragment("code", .dim), Fragment(" \(format.hexCode(code)))", .dim)]
        } else if !exact {
            if let r = source.value.finiteMagnitude, NumberText.hugeExponent(r) != nil {
                parts += [Fragment("   (", .dim), Fragment("the binade: beyond 2^±", .dim), Fragment("\(NumberText.decimalLimitLog2)", .dim),
                          Fragment(" decimals are not expanded", .dim), Fragment(")", .dim)]
            } else {
                let reason = source.value.finiteMagnitude?.exactDecimal == nil ? "no finite decimal expansion" : "too long to show"
                parts += [Fragment("   (", .dim), Fragment(reason, .dim), Fragment(")", .dim)]
            }
        } else {
            parts.append(Fragment("   (exact input)", .dim))
        }
        return parts
    }
}
