import Measure
import TensorFiles
import TUICore

/// The Model screen: the tensors of a model file (opened by the executable and handed in) measured
/// in the background against candidate formats; a sortable tensor list, and for the selected tensor
/// its statistics and its histogram of log2|x| under the ranges of fp16, bf16, e4m3fn and e5m2, or a
/// heatmap of layer × tensor kind.
public struct ModelScreen: Sendable, Equatable {
    /// The file measured, or nil when the app was started without one.
    public internal(set) var model: ModelHandle?
    /// The candidate formats' names, in the order of each tensor's outcomes.
    public internal(set) var candidates: [String] = ModelCandidate.defaultNames
    /// The candidate whose figures the list and the panel show (index into `candidates`).
    public internal(set) var chosen: Int
    /// Each tensor's report once measured, in file order.
    public internal(set) var reports: [TensorReport?]
    /// The measurement, once started.
    public internal(set) var run: ModelRun?
    /// The id the next measurement gets.
    public internal(set) var nextID = 1
    /// The order of the list.
    public internal(set) var sort: ModelSort = .file
    /// The selected row (position in `sortedRows`).
    public internal(set) var selected = 0
    /// Whether the panel shows the layer × kind heatmap instead of the histogram.
    public internal(set) var showsHeatmap = false
    /// The path being typed after `o` (nil when not typing).
    public internal(set) var pathEditor: LineEditor?
    /// The language of the labels and messages (the session's, taken at each refresh).
    public internal(set) var language: Language = .en

    /// The candidate chosen first.
    public static let defaultChosen = "q8_0"

    /// Creates the screen, with the file to measure or none.
    public init(model: ModelHandle? = nil) {
        self.model = model
        chosen = ModelCandidate.defaultNames.firstIndex(of: Self.defaultChosen) ?? 0
        reports = Array(repeating: nil, count: model?.file.tensors.count ?? 0)
    }

    /// The keys of this screen, for the help overlay.
    public static let help: [HelpSection] = [
        HelpSection("Model screen", [
            HelpEntry("↑ ↓ k j", "select a tensor"),
            HelpEntry("PgUp PgDn", "a page of tensors up / down"),
            HelpEntry("Home End", "first / last tensor"),
            HelpEntry("s", "sort: file, size, error (worst first), outliers"),
            HelpEntry("f F", "next / previous format of the figures"),
            HelpEntry("h", "heatmap of layer x tensor kind / histogram"),
            HelpEntry("o", "open a model file: type its path, Enter"),
            HelpEntry("c", "cancel the measurement"),
            HelpEntry("u", "use the tensor as data of Sweep and Blocks"),
            HelpEntry("U", "forget that data"),
        ]),
        HelpSection("Reading it", [
            HelpEntry("SQNR", "10·log10(sum x^2 / sum (y-x)^2) dB in the format"),
            HelpEntry(">6sd", "share of values beyond 6 std of the mean"),
            HelpEntry("histogram", "values per binade: 2^k <= |x| < 2^(k+1)"),
            HelpEntry("ranges", "shade subnormal, line normal; | marks the"),
            HelpEntry("", "smallest subnormal, normal, largest finite"),
            HelpEntry("≈", "a rounded figure; the rest are exact"),
            HelpEntry("open", "floatscope FILE.gguf / .safetensors"),
        ]),
    ]

    /// The tensors of the file (none without a file).
    public var tensors: [TensorInfo] { model?.file.tensors ?? [] }

    /// The chosen candidate's name.
    public var chosenName: String { candidates[min(max(0, chosen), candidates.count - 1)] }

    /// Whether a measurement runs.
    public var isMeasuring: Bool { run.map { !$0.ended } ?? false }

    /// Tensors measured (or found unmeasurable) so far.
    public var reportedCount: Int { reports.reduce(0) { $0 + ($1 == nil ? 0 : 1) } }

    /// The chosen format's outcome for tensor `index`, when measured.
    public func outcome(_ index: Int) -> FormatOutcome? {
        guard index < reports.count, let m = reports[index]?.measurement, chosen < m.outcomes.count else { return nil }
        return m.outcomes[chosen]
    }

    /// The chosen format's SQNR of tensor `index`, when measured and defined.
    public func sqnr(_ index: Int) -> Double? { outcome(index)?.figures?.sqnr }

    /// The share of tensor `index`'s values beyond 6σ, when measured.
    public func outlierShare(_ index: Int) -> Double? {
        guard index < reports.count, let s = reports[index]?.measurement?.statistics else { return nil }
        return s.share(s.beyondSixSigma)
    }

    /// The rows in display order, as tensor indices (stable: ties keep file order; unmeasured last).
    public var sortedRows: [Int] {
        let all = Array(tensors.indices)
        func key(_ i: Int) -> Double? {
            switch sort {
            case .file: return 0
            case .size: return -Double(tensors[i].elementCount)
            case .error: return sqnr(i)
            case .outliers: return outlierShare(i).map { -$0 }
            }
        }
        guard sort != .file else { return all }
        let keys = all.map(key)
        return all.sorted { a, b in
            switch (keys[a], keys[b]) {
            case let (x?, y?): return x != y ? x < y : a < b
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a < b
            }
        }
    }

    /// The selected tensor's index, or nil when there are none.
    public var selectedTensor: Int? {
        let rows = sortedRows
        guard !rows.isEmpty else { return nil }
        return rows[min(max(0, selected), rows.count - 1)]
    }

    /// A new measurement request when a file is there and none has started yet.
    /// Replaces the model with a newly opened one: figures, selection and sort start over, the
    /// measurement starts on the next update while the screen is shown.
    mutating func open(_ handle: ModelHandle) {
        model = handle
        reports = Array(repeating: nil, count: handle.file.tensors.count)
        run = nil
        selected = 0
        sort = .file
    }

    mutating func startIfNeeded() -> ModelRequest? {
        guard let model, run == nil else { return nil }
        let request = ModelRequest(id: nextID, model: model, candidates: candidates)
        nextID += 1
        run = ModelRun(id: request.id, total: request.workUnits)
        return request
    }

    /// Folds a report of the measurement into the screen; reports of other jobs are ignored.
    /// Returns a status message when it ended.
    mutating func receive(_ message: Message) -> (String, Tone)? {
        guard var current = run else { return nil }
        switch message {
        case .modelProgress(let id, let done, let total, let elapsed):
            guard current.id == id else { return nil }
            current.done = done
            current.total = total
            current.elapsed = elapsed
        case .modelTensor(let id, let index, let report):
            guard current.id == id, index >= 0, index < reports.count else { return nil }
            let tensor = selectedTensor
            reports[index] = report
            keepSelection(on: tensor)
        case .modelFinished(let id, let problem, let elapsed):
            guard current.id == id else { return nil }
            current.ended = true
            current.problem = problem
            current.elapsed = elapsed
            run = current
            let time = SweepScreen.duration(elapsed)
            if let problem {
                return (problem == "cancelled"
                        ? language.say("measurement cancelled after \(time): \(reportedCount) of \(reports.count) tensors", "测量已取消，用时 \(time)：已测量 \(reportedCount)/\(reports.count) 个张量")
                        : language.say("measurement stopped: \(problem)", "测量已停止：\(problem)"), problem == "cancelled" ? .warning : .error)
            }
            return (language.say("measured \(reports.count) tensor\(reports.count == 1 ? "" : "s") in \(time)", "已测量 \(reports.count) 个张量，用时 \(time)"), .ok)
        default:
            return nil
        }
        run = current
        return nil
    }

    /// Moves the selection to wherever tensor `index` now is in the list.
    mutating func keepSelection(on index: Int?) {
        guard let index, let position = sortedRows.firstIndex(of: index) else { return }
        selected = position
    }
}
