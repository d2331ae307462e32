/// How long one frame took, reported by `AppRunner` to an observer (for benchmarks).
public struct FrameTiming: Sendable, Hashable {
    /// Time in `update` for the message that caused the frame (zero for the first frame).
    public var update: Duration
    /// Time building the frame (`App.view`).
    public var view: Duration
    /// Time diffing and sending the changes to the terminal, flush included.
    public var draw: Duration
    /// Cells sent.
    public var cellsSent: Int

    /// Creates a timing record.
    public init(update: Duration, view: Duration, draw: Duration, cellsSent: Int) {
        self.update = update
        self.view = view
        self.draw = draw
        self.cellsSent = cellsSent
    }

    /// From the message's arrival to the end of the flush.
    public var total: Duration { update + view + draw }
}
