import Synchronization

/// A flag that stops a running sweep at the next chunk; safe to set from any thread or a signal handler's poller.
public final class SweepCancellation: Sendable {
    private let flag = Atomic<Bool>(false)

    /// Creates an unset flag.
    public init() {}

    /// Asks the sweep to stop.
    public func cancel() { flag.store(true, ordering: .relaxed) }

    /// Whether a stop was asked for.
    public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}
