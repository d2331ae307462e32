/// The 12-byte `scales` field of Q4_K and Q5_K: 8 six-bit scales and 8 six-bit mins. Sub-blocks
/// 0-3 keep scale and min in the low 6 bits of bytes 0-3 and 4-7; sub-blocks 4-7 keep their low
/// 4 bits in the nibbles of bytes 8-11 and their top 2 bits in the top bits of bytes 0-7
/// (ggml's `get_scale_min_k4` reads it).
enum KScaleMinPacking {
    /// Packs 8 scales and 8 mins (each 0...63) into 12 bytes at `p`.
    static func pack(scales: UnsafePointer<UInt8>, mins: UnsafePointer<UInt8>, into p: UnsafeMutablePointer<UInt8>) {
        for j in 0..<8 {
            let ls = scales[j], lm = mins[j]
            if j < 4 {
                p[j] = ls
                p[j + 4] = lm
            } else {
                p[j + 4] = (ls & 0xF) | ((lm & 0xF) << 4)
                p[j - 4] |= (ls >> 4) << 6
                p[j] |= (lm >> 4) << 6
            }
        }
    }

    /// The scale and min of sub-block `j` (0...7) from the 12 bytes at `p`.
    @inline(__always)
    static func scaleMin(_ j: Int, _ p: UnsafePointer<UInt8>) -> (scale: UInt8, min: UInt8) {
        if j < 4 { return (p[j] & 63, p[j + 4] & 63) }
        return ((p[j + 4] & 0xF) | ((p[j - 4] >> 6) << 4), (p[j + 4] >> 4) | ((p[j] >> 6) << 4))
    }
}
