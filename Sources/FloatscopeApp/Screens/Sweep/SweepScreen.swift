import FormatCore
import Sweep
import TUICore

/// The Sweep screen: round-trip sweeps of a source through several targets in the background,
/// with live progress, statistics, the ULP-error histogram, a per-binade strip and a sortable
/// comparison table.
public struct SweepScreen: Sendable, Equatable {
    /// The source swept (unless `usesTensor`).
    public internal(set) var source: SweepSourcePreset = .fp16Codes
    /// Whether the source is the session's tensor data (offered after the presets once it is set).
    public internal(set) var usesTensor = false
    /// The targets swept.
    public internal(set) var targets: SweepTargetPreset = .narrowFloats
    /// The sweep running, or nil.
    public internal(set) var run: SweepRun?
    /// Figures of the last sweep (finished or cancelled), in target order.
    public internal(set) var results: [SweepFigures] = []
    /// The name of those figures' source.
    public internal(set) var resultsTitle: String?
    /// The request of those figures (to name their source in the screen's language).
    public internal(set) var resultsRequest: SweepRequest?
    /// The column the comparison table is sorted by.
    public internal(set) var sort: SweepSortColumn = .target
    /// The table row whose histogram and binades are shown (in sorted order).
    public internal(set) var selected = 0
    /// The id the next sweep gets.
    public internal(set) var nextID = 1

    /// Creates the screen (the `bitsFormats` targets and the `focusedCodes` source are the
    /// session's formats and focused format, read when used).
    public init() {}

    /// The keys of this screen, for the help overlay.
    public static let help: [HelpSection] = [
        HelpSection("Sweep screen", [
            HelpEntry("f F", "next / previous source (last: Model u's tensor)"),
            HelpEntry("t", "next list of targets"),
            HelpEntry("r s", "rounding / saturation (scalar targets)"),
            HelpEntry("Enter", "start the sweep in the background"),
            HelpEntry("c Esc", "cancel the sweep"),
            HelpEntry("o", "sort the table by the next column"),
            HelpEntry("↑ ↓ k j", "row whose histogram is shown"),
        ]),
        HelpSection("Reading it", [
            HelpEntry("ULP", "|y - x| in target spacings at x"),
            HelpEntry("binades", "mean relative error per 2^k"),
            HelpEntry("~", "partial figures (running/cancelled)"),
        ]),
    ]

    /// Whether a sweep is running.
    public var isRunning: Bool { run != nil }

    /// The targets the current preset names (the session's formats for `bitsFormats`).
    public func targetNames(_ session: Session) -> [String] { targets.targets(bitsFormats: session.formats) }

    /// The format whose codes the `focusedCodes` source sweeps: the session's focused one.
    static func focused(_ session: Session) -> Format { session.focusedFormat ?? .fp16 }

    /// The figures shown: the running sweep's, else the last results.
    public var shownFigures: [SweepFigures] { run?.figures ?? results }

    /// The table rows in display order: figures sorted by the column (stable), as indices into `shownFigures`.
    public var sortedRows: [Int] {
        let figures = shownFigures
        return figures.indices.sorted { a, b in
            if sort.precedes(figures[a], figures[b]) { return true }
            if sort.precedes(figures[b], figures[a]) { return false }
            return a < b
        }
    }

    /// The figures whose histogram and binades are shown.
    public var selectedFigures: SweepFigures? {
        let rows = sortedRows
        guard !rows.isEmpty else { return nil }
        return shownFigures[rows[min(max(0, selected), rows.count - 1)]]
    }

    /// The name of the source chosen, in the session's language: the session's tensor data when it
    /// is chosen and set, else the preset's (with the session's focused format named).
    public func sourceTitle(_ session: Session) -> String {
        if usesTensor, let tensor = session.tensorData { return tensor.title(session.language) }
        return source.title(focused: SweepScreen.focused(session), session.language)
    }

    /// Steps the source choice: the presets in order, then the tensor data when there is one (wrapping).
    mutating func stepSource(forward: Bool, tensor: TensorData?) {
        let first = SweepSourcePreset.allCases.first ?? .fp16Codes, last = SweepSourcePreset.allCases.last ?? .focusedCodes
        if usesTensor {
            usesTensor = false
            source = forward ? first : last
        } else if tensor != nil && source == (forward ? last : first) {
            usesTensor = true
        } else {
            source = forward ? source.next : source.previous
        }
    }

    /// Folds a report of the background sweep into the screen; reports of other sweeps are ignored.
    /// Returns a status message (in `language`) when the sweep ended.
    mutating func receive(_ message: Message, language: Language = .en) -> (String, Tone)? {
        switch message {
        case .sweepProgress(let id, let progress):
            guard run?.request.id == id else { return nil }
            run?.progress = progress
        case .sweepFigures(let id, let index, let figures):
            guard var current = run, current.request.id == id, index <= current.figures.count else { return nil }
            if index == current.figures.count { current.figures.append(figures) } else { current.figures[index] = figures }
            run = current
        case .sweepFinished(let id, let figures):
            guard let current = run, current.request.id == id else { return nil }
            results = figures
            resultsTitle = current.request.sourceTitle
            resultsRequest = current.request
            run = nil
            selected = min(selected, max(0, figures.count - 1))
            let cancelled = figures.count < current.request.targets.count || figures.contains { $0.partial }
            let seconds = figures.map(\.elapsed).reduce(0, +)
            let time = SweepScreen.duration(seconds)
            // Short enough for the status line beside the rounding and saturation at 80 columns.
            if language == .zh { return cancelled ? ("已取消，用时 \(time)，保留部分结果", .warning) : ("扫描完成：\(figures.count) 个目标，\(time)", .ok) }
            return cancelled ? ("cancelled after \(time), partial figures kept", .warning)
                : ("sweep done: \(figures.count) target\(figures.count == 1 ? "" : "s"), \(time)", .ok)
        default: break
        }
        return nil
    }
}
