/// Reads an original tensor in the row order of its stored copy (`RopeRowOrder`): one head of rows
/// at a time into a buffer, handed out in the stored order. Memory: one head.
public final class RowReorderingReader: TensorValueReader {
    private let base: any TensorValueReader
    private let order: RopeRowOrder
    private var head: [UInt32]
    /// Values of the current head handed out so far (a head is read when this reaches its size).
    private var served: Int
    /// Heads read so far.
    private var headsRead = 0

    /// Wraps a reader of the original tensor (C order, `order.rows` × `order.columns` values).
    public init(base: any TensorValueReader, order: RopeRowOrder) {
        self.base = base
        self.order = order
        head = []
        served = 0
    }

    /// Reads up to `maximum` values in the stored row order.
    public func read(into buffer: UnsafeMutablePointer<UInt32>, maximum: Int) throws -> Int {
        let headValues = order.headRows * order.columns
        if served == head.count {
            guard headsRead < order.heads else { return 0 }
            head = [UInt32](repeating: 0, count: headValues)
            var filled = 0
            try head.withUnsafeMutableBufferPointer { p in
                while filled < headValues {
                    let n = try base.read(into: p.baseAddress! + filled, maximum: headValues - filled)
                    guard n > 0 else { throw ComparisonEndedEarly() }
                    filled += n
                }
            }
            headsRead += 1
            served = 0
        }
        let n = min(maximum, head.count - served)
        let columns = order.columns
        for k in 0..<n {
            let index = served + k
            let storedRow = index / columns, column = index % columns
            let original = order.originalRow(ofStored: storedRow) // within the head: rows are head-local here
            buffer[k] = head[original * columns + column]
        }
        served += n
        return n
    }
}
