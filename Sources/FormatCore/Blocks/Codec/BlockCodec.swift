/// One block format as bytes: quantise a run of float32 values into the format's block bytes,
/// dequantise them back, and describe the layout. Every block format (GGUF types, MX, NVFP4, NF4 and
/// the absmax / min-max families) is one codec in its own file plus one line in `BlockCodecRegistry`.
///
/// The plain `encode` and `decode` are the definition; a faster `roundTrip` may be given, and is
/// tested against `decode(encode(x))` bit for bit.
public protocol BlockCodec: Sendable {
    /// The canonical spec (`q4_k`, `mxfp4`, `nf4:64+dq`).
    var name: String { get }
    /// Block size, bytes per block, the fields of a block, the element format.
    var layout: BlockLayout { get }
    /// One line for listings: what the format is and where it comes from.
    var summary: String { get }
    /// Whether a run of values may end in a partial block, which is then a block of its own (the
    /// scaled families); false for formats defined on whole blocks only (the GGUF types, whose rows
    /// llama.cpp requires to be a whole number of blocks).
    var acceptsPartialBlock: Bool { get }

    /// Bytes that `encode` writes for `count` values (`count` a multiple of `layout.valuesPerBlock`,
    /// or anything for a per-tensor codec): blocks back to back, plus any per-call data the layout
    /// declares in `layout.callFields`.
    func encodedByteCount(count: Int) -> Int

    /// Quantises `count` values (a whole number of blocks) into `encodedByteCount(count:)` bytes.
    /// `tensorAmax` is the largest finite |x| of the whole tensor for codecs whose layout
    /// `needsTensorAmax` (NVFP4), ignored by the others.
    func encode(_ values: UnsafePointer<Float>, count: Int, tensorAmax: Float, into bytes: UnsafeMutableRawPointer)

    /// Dequantises `count` values from the bytes `encode` writes for them.
    func decode(_ bytes: UnsafeRawPointer, count: Int, into values: UnsafeMutablePointer<Float>)

    /// Quantises then dequantises `count` values (a whole number of blocks): equal bit for bit to
    /// `decode(encode(x))`. `output` may be `input`.
    func roundTrip(_ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>, count: Int, tensorAmax: Float)
}

extension BlockCodec {
    /// The layout in words: `256 values in 144 bytes (d fp16, dmin fp16, scales 12 B, qs 128 B); 4.5 bits/value`.
    public var summary: String { layout.description }

    /// Whole blocks only, unless a codec says otherwise.
    public var acceptsPartialBlock: Bool { false }

    /// `layout.byteCount(values:)`: per-call fields, group fields, blocks back to back.
    public func encodedByteCount(count: Int) -> Int { layout.byteCount(values: count) }

    /// `decode(encode(x))`, a few blocks at a time through a small stack buffer when the codec has no
    /// per-call or group data, else through one buffer for the whole call.
    public func roundTrip(_ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>, count: Int, tensorAmax: Float) {
        guard count > 0 else { return }
        let n = layout.valuesPerBlock
        if n > 0 && layout.callFields.isEmpty && layout.groupFields.isEmpty {
            let perBlock = layout.bytesPerBlock
            let blocksPerStep = max(1, 4096 / max(perBlock, 1))
            withUnsafeTemporaryAllocation(byteCount: blocksPerStep * perBlock, alignment: 16) { buffer in
                var start = 0
                while start < count {
                    let values = min(count - start, blocksPerStep * n)
                    encode(input + start, count: values, tensorAmax: tensorAmax, into: buffer.baseAddress!)
                    decode(UnsafeRawPointer(buffer.baseAddress!), count: values, into: output + start)
                    start += values
                }
            }
        } else {
            let bytes = UnsafeMutableRawPointer.allocate(byteCount: max(encodedByteCount(count: count), 1), alignment: 16)
            defer { bytes.deallocate() }
            encode(input, count: count, tensorAmax: tensorAmax, into: bytes)
            decode(UnsafeRawPointer(bytes), count: count, into: output)
        }
    }
}
