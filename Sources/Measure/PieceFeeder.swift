/// Cuts a stream of values into pieces whose lengths are multiples of an alignment (block sizes,
/// rows, groups of double-quantised scales), so that a format sees the tensor's blocks whole however
/// the file was read: a window whose length is a multiple goes through as it is, other values are
/// staged in a buffer of the feeder's own.
final class PieceFeeder {
    /// The multiple of values every piece but the last holds.
    let alignment: Int
    /// The staging buffer: a multiple of `alignment` values, at least `window`.
    private let stage: UnsafeMutablePointer<Float>
    /// Its capacity.
    let capacity: Int
    /// Values waiting in `stage`.
    private var filled = 0

    /// A feeder for windows of up to `window` values.
    init(alignment: Int, window: Int) {
        precondition(alignment >= 1)
        self.alignment = alignment
        capacity = alignment * max(1, (window + alignment - 1) / alignment)
        stage = .allocate(capacity: capacity)
    }

    deinit { stage.deallocate() }

    /// Passes `values[0..<count]` on in aligned pieces to `body`; keeps what does not fill a piece.
    func feed(_ values: UnsafePointer<Float>, count: Int, _ body: (UnsafePointer<Float>, Int) -> Void) {
        if filled == 0 && count % alignment == 0 {
            if count > 0 { body(values, count) }
            return
        }
        var taken = 0
        while taken < count {
            let n = min(capacity - filled, count - taken)
            (stage + filled).update(from: values + taken, count: n)
            filled += n
            taken += n
            if filled == capacity {
                body(stage, capacity)
                filled = 0
            }
        }
    }

    /// Passes on what is left (the last piece, possibly shorter than the alignment).
    func finish(_ body: (UnsafePointer<Float>, Int) -> Void) {
        if filled > 0 { body(stage, filled) }
        filled = 0
    }
}
