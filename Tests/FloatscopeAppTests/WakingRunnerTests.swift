@testable import AppRuntime
import Foundation
import Synchronization
import Testing
import TUICore
@testable import FloatscopeApp

/// A backend that can be woken, as the curses one: it records every timeout it is asked to wait,
/// blocks until a wake-up (or a queued key) and then returns `.wake`.
final class WakingBackend: TerminalBackend, @unchecked Sendable {
    private var memory = MemoryBackend(width: 100, height: 30)
    private let woken = Mutex<Int>(0)
    private let condition = NSCondition()
    /// Timeouts given to `readEvent`, in order.
    private(set) var timeouts: [Duration?] = []
    /// Keys returned once the runner has nothing running (then `q` ends the run).
    var keysWhenIdle: [InputEvent] = []
    /// Whether the runner's jobs are busy (set by the test through `isBusy`).
    var isBusy: () -> Bool = { false }

    var size: Size { memory.size }
    func apply(changes: [CellChange], cursor: Position?) { memory.apply(changes: changes, cursor: cursor) }
    func flush() { memory.flush() }

    var waker: (@Sendable () -> Void)? {
        { [self] in
            condition.lock()
            woken.withLock { $0 += 1 }
            condition.signal()
            condition.unlock()
        }
    }

    func readEvent(timeout: Duration?) -> InputEvent? {
        timeouts.append(timeout)
        if let event = memory.readEvent(timeout: nil) { return event }
        condition.lock()
        defer { condition.unlock() }
        let deadline = Date().addingTimeInterval(30)
        while woken.withLock({ $0 }) == 0 {
            if !isBusy(), !keysWhenIdle.isEmpty { return keysWhenIdle.removeFirst() }
            if !condition.wait(until: deadline) { return .key(.char("q")) }
        }
        woken.withLock { $0 = 0 }
        return .wake
    }

    func inject(_ event: InputEvent) { memory.inject(event) }
}

@Suite("AppRunner: woken by background work")
struct WakingRunnerTests {
    @Test("a sweep's messages wake the runner: it never polls (waits only for input or the status line's ticks), and the sweep ends on screen")
    func sweepWakesTheRunner() throws {
        let backend = WakingBackend()
        let model = try TestSupport.play(TestSupport.model(width: 100, height: 30), script: "5").0
        let jobs = SweepJobs(threads: 2)
        backend.isBusy = { jobs.isBusy }
        backend.inject(.key(.enter))
        backend.keysWhenIdle = [.key(.char("q"))]
        var runner = AppRunner(backend: backend, model: model, context: .plain, jobs: jobs)
        #expect(jobs.wakesRunner)
        let status = runner.run()
        #expect(status == 0)
        let results = runner.model.screens.sweep.results
        #expect(results.map(\.target) == ["bf16", "fp16", "e4m3fn", "e5m2"])
        #expect(results.allSatisfy { !$0.partial })
        // Before: the runner waited at most `pollInterval` (50 ms) at a time while the sweep ran (polling).
        #expect(backend.timeouts.allSatisfy { $0 == nil || $0 == runner.tickInterval }, "\(backend.timeouts.prefix(8))")
        #expect(backend.timeouts.count > 1)
    }
}
