/// A stored tensor against its original, value by value: the real error of a quantised file.
public struct TensorComparison: Sendable, Hashable {
    /// The pairs (original x, stored y) in order.
    public var figures = ErrorFigures()
    /// The largest finite |x| of the original.
    public var originalAmax: Float = 0

    /// Compares two tensors of `count` values each, read front to back in windows of `window` values.
    public static func compare(original: any TensorValueReader, stored: any TensorValueReader, count: Int, window: Int = 1 << 16,
                               cancelled: () -> Bool = { false }) throws -> TensorComparison {
        var result = TensorComparison()
        let x = UnsafeMutablePointer<UInt32>.allocate(capacity: window), y = UnsafeMutablePointer<UInt32>.allocate(capacity: window)
        defer { x.deallocate(); y.deallocate() }
        var done = 0
        while done < count {
            if cancelled() { throw MeasurementCancelled() }
            let n = min(window, count - done)
            try fill(original, x, n)
            try fill(stored, y, n)
            UnsafeRawPointer(x).withMemoryRebound(to: Float.self, capacity: n) { xf in
                UnsafeRawPointer(y).withMemoryRebound(to: Float.self, capacity: n) { yf in
                    for k in 0..<n where xf[k].isFinite { result.originalAmax = max(result.originalAmax, abs(xf[k])) }
                    ErrorFigures.accumulate(xf, yf, count: n, into: &result.figures)
                }
            }
            done += n
        }
        return result
    }

    /// Reads exactly `n` values (a reader that ends early is a malformed tensor: its count was checked).
    private static func fill(_ reader: any TensorValueReader, _ buffer: UnsafeMutablePointer<UInt32>, _ n: Int) throws {
        var filled = 0
        while filled < n {
            let m = try reader.read(into: buffer + filled, maximum: n - filled)
            guard m > 0 else { throw ComparisonEndedEarly() }
            filled += m
        }
    }
}

/// A tensor reader ended before the count its header gives (cannot happen for checked files).
public struct ComparisonEndedEarly: Error, Sendable, Equatable, CustomStringConvertible {
    /// The error.
    public init() {}
    /// The message.
    public var description: String { "a tensor ended before the number of values its header gives" }
}
