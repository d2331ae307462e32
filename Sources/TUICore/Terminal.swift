/// Draws whole frames on a backend by sending only the cells that changed since the last frame.
///
/// The first frame, any frame of a different size, and the first frame after a
/// `.resize` event read through `readEvent` or after `invalidate()` are sent in full.
public struct Terminal<Backend: TerminalBackend> {
    /// The backend receiving the changes.
    public var backend: Backend
    /// The last frame sent (nil: the next frame is sent in full).
    public private(set) var previous: CellBuffer?

    /// Creates a terminal over a backend; the first draw is a full redraw.
    public init(backend: Backend) {
        self.backend = backend
        self.previous = nil
    }

    /// The backend's current size.
    public var size: Size { backend.size }

    /// Forgets the previous frame so the next `draw` repaints every cell.
    public mutating func invalidate() {
        previous = nil
    }

    /// Sends the differences between `buffer` and the previous frame, then flushes.
    ///
    /// Returns the number of cells sent.
    @discardableResult
    public mutating func draw(_ buffer: CellBuffer, cursor: Position? = nil) -> Int {
        let changes: [CellChange]
        if let previous, previous.size == buffer.size {
            changes = buffer.diff(from: previous)
        } else {
            changes = buffer.allCells()
        }
        backend.apply(changes: changes, cursor: cursor)
        backend.flush()
        previous = buffer
        return changes.count
    }

    /// Renders `view` into a blank buffer of the backend's size and draws it; returns cells sent.
    @discardableResult
    public mutating func draw(_ view: some View, context: RenderContext, cursor: Position? = nil) -> Int {
        draw(view.rendered(width: size.width, height: size.height, context: context), cursor: cursor)
    }

    /// Reads the next event from the backend; a `.resize` forces the next draw to be full.
    public mutating func readEvent(timeout: Duration?) -> InputEvent? {
        let event = backend.readEvent(timeout: timeout)
        if case .resize = event { invalidate() }
        return event
    }
}

// Sendable conformance must live in the type's own file.
extension Terminal: Sendable where Backend: Sendable {}
