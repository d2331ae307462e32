/// Values of one tensor as float32 bit patterns in C order, read front to back in bounded windows:
/// a model file's `TensorReader`, or values in memory.
public protocol TensorValueReader: AnyObject {
    /// Reads up to `maximum` values into `buffer`; 0 at the end.
    func read(into buffer: UnsafeMutablePointer<UInt32>, maximum: Int) throws -> Int
}
