/// A chunk whose figures from the engine's fast paths differ from the definition's (verify mode).
public struct SweepMismatch: Error, Sendable, Hashable, CustomStringConvertible {
    /// The target's name.
    public let target: String
    /// The index of the chunk's first element in the source.
    public let firstElement: UInt64
    /// The chunk's length.
    public let count: Int
    /// The fast path that took the chunk (`lanes`: the accumulator's vector paths; `fp32 ramp`).
    public let path: String
    /// The first figure that differs, with both values.
    public let difference: String

    /// Creates the record.
    public init(target: String, firstElement: UInt64, count: Int, path: String, difference: String) {
        self.target = target
        self.firstElement = firstElement
        self.count = count
        self.path = path
        self.difference = difference
    }

    public var description: String {
        "verify: \(target), values \(firstElement)..<\(firstElement + UInt64(count)) (\(path)): \(difference)"
    }
}
