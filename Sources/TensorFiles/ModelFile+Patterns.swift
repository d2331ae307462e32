extension ModelFile {
    /// The first `limit` values (at most) of `tensor` as float32 bit patterns, read front to back;
    /// fewer when the reader ends early. Throws as `reader(for:)` does, and for what it reads.
    public func patterns(of tensor: TensorInfo, limit: Int) throws(TensorFileError) -> [UInt32] {
        let count = min(max(0, tensor.elementCount), max(0, limit))
        let reader = try reader(for: tensor)
        var bits = [UInt32](repeating: 0, count: count)
        var done = 0
        try bits.withUnsafeMutableBufferPointer { (buffer) throws(TensorFileError) in
            while done < count {
                let n = try reader.read(into: buffer.baseAddress! + done, maximum: count - done)
                if n == 0 { break }
                done += n
            }
        }
        if done < count { bits.removeLast(count - done) }
        return bits
    }
}
