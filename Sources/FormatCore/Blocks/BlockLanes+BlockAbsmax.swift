extension BlockLanes {
    /// Calls `body` with the largest |x| of each block of `blockSize` values of `input[0..<count]`
    /// (the last block may be shorter), in order; NaN for a block holding a NaN or an infinity.
    @inline(__always) static func forEachBlockAbsmax(_ input: UnsafePointer<Float>, count: Int, blockSize: Int, _ body: (Float) -> Void) {
        var start = 0
        while start < count {
            let n = Swift.min(blockSize, count - start)
            let bits = absMaxBits(input + start, count: n)
            body(bits >= 0x7F80_0000 ? .nan : Float(bitPattern: bits))
            start += n
        }
    }
}
