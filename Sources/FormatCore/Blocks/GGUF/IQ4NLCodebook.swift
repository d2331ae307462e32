/// The codebook of IQ4_NL's 4-bit quants: ggml's `kvalues_iq4nl`, 16 int8 levels from -127 to 113,
/// scaled by the block's fp16 `d`. Kept with the GGUF codecs, not in the format catalog.
public enum IQ4NLCodebook {
    /// The 16 levels indexed by code.
    public static let levels: [Int8] = [-127, -104, -83, -65, -49, -35, -22, -10, 1, 13, 25, 38, 53, 69, 89, 113]

    /// The levels as a codebook format `iq4nl` (the element format of IQ4_NL).
    public static let format = Format(name: "iq4nl", aliases: [],
        summary: "llama.cpp IQ4_NL non-linear 4-bit levels -127...113 (int8 table kvalues_iq4nl), times the block scale",
        kind: .codebook(Codebook(levels: levels.map { Float($0) })))

    /// ggml's `best_index_int8` over the levels: the index of the nearest level (binary search;
    /// a value exactly half-way goes to the upper level, below the lowest to 0, above the highest
    /// to 15).
    @inline(__always)
    static func nearestIndex(_ x: Float) -> Int {
        levels.withUnsafeBufferPointer { val in
            if x <= Float(val[0]) { return 0 }
            if x >= Float(val[15]) { return 15 }
            var lo = 0, hi = 15
            while hi - lo > 1 {
                let mid = (lo + hi) / 2
                if x < Float(val[mid]) { hi = mid } else { lo = mid }
            }
            return x - Float(val[hi - 1]) < Float(val[hi]) - x ? hi - 1 : hi
        }
    }
}
