#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Sweep
import Synchronization

/// Turns Ctrl-C (SIGINT) and SIGTERM into a sweep cancellation: the handler only sets a flag, a
/// watcher thread polls it every 10 ms and cancels the sweep.
final class InterruptWatcher: Sendable {
    /// The flag the C signal handler sets.
    static let raised = Atomic<Int32>(0)
    let cancellation = SweepCancellation()
    private let running = Atomic<Bool>(true)

    init() {
        // A parent may have started us with these signals blocked (test runners do): unblock them.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        signal(SIGINT) { signal in InterruptWatcher.raised.store(signal, ordering: .relaxed) }
        signal(SIGTERM) { signal in InterruptWatcher.raised.store(signal, ordering: .relaxed) }
        // A thread of its own: the sweep's workers may occupy every thread of Dispatch's pool.
        Foundation.Thread.detachNewThread { [self] in
            while running.load(ordering: .relaxed) {
                if InterruptWatcher.raised.load(ordering: .relaxed) != 0 { cancellation.cancel(); return }
                usleep(10_000)
            }
        }
    }

    /// Stops watching and restores the default handlers.
    func stop() {
        running.store(false, ordering: .relaxed)
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}

