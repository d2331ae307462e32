import Foundation
import Sweep
import Synchronization

/// A one-line progress bar on standard error, drawn only when standard error is a terminal.
final class ProgressBar: Sendable {
    private let label: String
    private let enabled = StandardStreams.isTerminal(2)
    private let drawn = Atomic<Bool>(false)

    init(label: String) { self.label = label }

    func show(_ p: SweepProgress) {
        guard enabled else { return }
        let width = 30
        let filled = p.total == 0 ? 0 : min(width, Int(p.fraction * Double(width)))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let rate = SweepReport.rate(p.rate)
        let left = p.remaining.map { String(format: "%.1f s left", $0) } ?? ""
        let percent = p.total == 0 ? SweepReport.grouped(p.done) + " values" : String(format: "%5.1f%%", p.fraction * 100)
        StandardStreams.writeError("\r\u{1b}[2K\(label) [\(bar)] \(percent)  \(rate)  \(left)")
        drawn.store(true, ordering: .relaxed)
    }

    func clear() {
        if enabled && drawn.load(ordering: .relaxed) { StandardStreams.writeError("\r\u{1b}[2K") }
    }
}
