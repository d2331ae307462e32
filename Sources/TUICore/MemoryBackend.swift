/// An in-memory `TerminalBackend` for tests: a cell buffer plus an injected event queue.
public struct MemoryBackend: TerminalBackend, Sendable {
    /// What the "screen" shows: every applied change is stored here.
    public private(set) var buffer: CellBuffer
    /// The cursor position given to the last `apply` (nil: hidden).
    public private(set) var cursor: Position?
    /// Number of changes passed to each `apply` call, oldest first.
    public private(set) var appliedChangeCounts: [Int] = []
    /// Number of `flush()` calls.
    public private(set) var flushCount = 0
    /// Events still to be returned by `readEvent`, oldest first.
    public var pendingEvents: [InputEvent]

    /// Creates a blank screen of the given size with optional queued events.
    public init(width: Int, height: Int, events: [InputEvent] = []) {
        self.buffer = CellBuffer(width: width, height: height)
        self.pendingEvents = events
    }

    /// The screen size.
    public var size: Size { buffer.size }

    /// Number of changes in the last `apply` call (0 if none yet).
    public var lastChangeCount: Int { appliedChangeCounts.last ?? 0 }

    /// Stores the changes in `buffer` exactly as given and records their count.
    public mutating func apply(changes: [CellChange], cursor: Position?) {
        for change in changes {
            buffer.setUnchecked(x: change.x, y: change.y, cell: change.cell)
        }
        self.cursor = cursor
        appliedChangeCounts.append(changes.count)
    }

    /// Counts the flush.
    public mutating func flush() {
        flushCount += 1
    }

    /// Returns the next queued event, or nil when the queue is empty (the timeout is ignored).
    public mutating func readEvent(timeout: Duration?) -> InputEvent? {
        pendingEvents.isEmpty ? nil : pendingEvents.removeFirst()
    }

    /// Queues an event for `readEvent`.
    public mutating func inject(_ event: InputEvent) {
        pendingEvents.append(event)
    }

    /// Simulates a terminal resize: the screen becomes blank at the new size and a
    /// `.resize` event is queued.
    public mutating func resize(width: Int, height: Int) {
        buffer = CellBuffer(width: width, height: height)
        pendingEvents.append(.resize(width: width, height: height))
    }
}
