/// A sequential supply of float32 inputs (a file, standard input), read in bounded windows.
public protocol ValueStream: AnyObject, Sendable {
    /// Reads up to `maximum` values (float32 bit patterns) into `buffer`; 0 at the end.
    func read(into buffer: UnsafeMutablePointer<UInt32>, maximum: Int) throws -> Int
    /// The number of values, when known in advance (for progress).
    var expectedCount: UInt64? { get }
}
