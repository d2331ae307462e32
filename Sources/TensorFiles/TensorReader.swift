import FormatCore

/// A sequential reader of one tensor's values in C (row-major) order as float32 bit patterns. It
/// decodes in windows the caller chooses and never holds the whole tensor: its only buffer is one
/// block of a block type. The bytes belong to the `ModelFile` it came from, which it keeps alive.
public final class TensorReader {
    /// The number of values.
    public let count: Int
    /// Values handed out so far.
    public private(set) var position = 0

    private let bytes: UnsafeRawBufferPointer
    private let owner: AnyObject?
    private let decoder: Decoder
    /// The decoded block that a read ended inside (block types only).
    private var pending: [Float] = []
    private var pendingStart = 0

    private enum Decoder {
        case fp32(swap: Bool)
        case fp64(swap: Bool)
        case table(bytesPerCode: Int, table: [UInt32], swap: Bool)
        case nibbles(table: [UInt32])
        case int32(signed: Bool, swap: Bool)
        case int64(signed: Bool, swap: Bool)
        case block(codec: any BlockCodec, values: Int, bytes: Int)
    }

    /// A reader of `count` values of `encoding` stored in `bytes` (exactly the tensor's bytes).
    /// `owner` keeps the bytes alive. Throws for an unsupported encoding or when the bytes do not
    /// match the count.
    public init(bytes: UnsafeRawBufferPointer, count: Int, encoding: TensorEncoding, owner: AnyObject?, file: String = "", tensor: String? = nil) throws(TensorFileError) {
        func fail(_ message: String, _ category: TensorFileError.Category = .malformed) -> TensorFileError {
            TensorFileError(file: file, tensor: tensor, message: message, category: category)
        }
        guard count >= 0 else { throw fail("negative value count \(count)") }
        self.count = count
        self.bytes = bytes
        self.owner = owner
        let needed: Int?
        switch encoding {
        case .scalar(let format, let bigEndian):
            let width = format.bitWidth
            switch format.kind {
            case .float where width == 32:
                decoder = .fp32(swap: bigEndian)
            case .float where width == 64:
                decoder = .fp64(swap: bigEndian)
            case .integer(let semantics) where width == 32:
                decoder = .int32(signed: semantics.isSigned, swap: bigEndian)
            case _ where width == 8 || width == 16:
                decoder = .table(bytesPerCode: width / 8, table: Float32Codes.table(format), swap: bigEndian)
            case _ where width == 4:
                decoder = .nibbles(table: Float32Codes.table(format))
            default:
                throw fail("format \(format.name) (\(width) bits) has no tensor storage floatscope reads", .unsupported)
            }
            needed = width == 4 ? (count % 2 == 0 ? count / 2 : nil) : CheckedSize.multiply(count, width / 8)
        case .wideInteger(let bits, let signed):
            guard bits == 64 else { throw fail("\(bits)-bit integers are not read", .unsupported) }
            decoder = .int64(signed: signed, swap: false)
            needed = CheckedSize.multiply(count, 8)
        case .block(let name):
            let codec: any BlockCodec
            do { codec = try BlockCodecRegistry.codec(name) } catch {
                throw fail("block codec '\(name)' is unknown: \(error)", .unsupported)
            }
            let values = codec.layout.valuesPerBlock
            let perBlock = codec.layout.bytesPerBlock
            guard values > 0, perBlock > 0, codec.layout.callFields.isEmpty, codec.layout.groupFields.isEmpty else {
                throw fail("block codec '\(name)' is not a fixed-size block format", .unsupported)
            }
            guard count % values == 0 else {
                throw fail("\(count) values are not a whole number of \(name) blocks of \(values)")
            }
            decoder = .block(codec: codec, values: values, bytes: perBlock)
            needed = CheckedSize.multiply(count / values, perBlock)
        case .unsupported(let reason):
            throw fail(reason, .unsupported)
        }
        guard let needed, needed == bytes.count else {
            throw fail("\(count) values of this type need \(needed.map(String.init) ?? "a fractional or overflowing number of") bytes but the tensor has \(bytes.count)")
        }
    }

    /// Values not yet read.
    public var remaining: Int { count - position }

    /// Decodes the next `min(maximum, remaining)` values into `buffer` as float32 bit patterns and
    /// returns how many (0 at the end). Any `maximum` >= 1 is served exactly: a block type decodes
    /// whole blocks straight into `buffer` and keeps the rest of a block a window ends inside for the
    /// next call. Throws for `maximum` < 1.
    public func read(into buffer: UnsafeMutablePointer<UInt32>, maximum: Int) throws(TensorFileError) -> Int {
        guard maximum >= 1 else {
            throw TensorFileError(file: "", message: "TensorReader.read needs maximum >= 1 (got \(maximum))", category: .unsupported)
        }
        let n = min(maximum, count - position)
        guard n > 0 else { return 0 }
        let base = bytes.baseAddress!
        let start = position
        switch decoder {
        case .fp32(let swap):
            for i in 0..<n {
                let v = base.loadUnaligned(fromByteOffset: (start + i) * 4, as: UInt32.self)
                buffer[i] = swap ? UInt32(bigEndian: v) : UInt32(littleEndian: v)
            }
        case .fp64(let swap):
            for i in 0..<n {
                let v = base.loadUnaligned(fromByteOffset: (start + i) * 8, as: UInt64.self)
                buffer[i] = Float32Codes.bits(Double(bitPattern: swap ? UInt64(bigEndian: v) : UInt64(littleEndian: v)))
            }
        case .table(let width, let table, let swap):
            table.withUnsafeBufferPointer { t in
                if width == 1 {
                    for i in 0..<n { buffer[i] = t[Int(base.load(fromByteOffset: start + i, as: UInt8.self))] }
                } else {
                    for i in 0..<n {
                        let v = base.loadUnaligned(fromByteOffset: (start + i) * 2, as: UInt16.self)
                        buffer[i] = t[Int(swap ? UInt16(bigEndian: v) : UInt16(littleEndian: v))]
                    }
                }
            }
        case .nibbles(let table):
            table.withUnsafeBufferPointer { t in
                for i in 0..<n {
                    let e = start + i
                    let byte = base.load(fromByteOffset: e >> 1, as: UInt8.self)
                    buffer[i] = t[Int(e & 1 == 0 ? byte & 0xF : byte >> 4)]
                }
            }
        case .int32(let signed, let swap):
            for i in 0..<n {
                let raw = base.loadUnaligned(fromByteOffset: (start + i) * 4, as: UInt32.self)
                let v = swap ? UInt32(bigEndian: raw) : UInt32(littleEndian: raw)
                buffer[i] = (signed ? Float(Int32(bitPattern: v)) : Float(v)).bitPattern
            }
        case .int64(let signed, let swap):
            for i in 0..<n {
                let raw = base.loadUnaligned(fromByteOffset: (start + i) * 8, as: UInt64.self)
                let v = swap ? UInt64(bigEndian: raw) : UInt64(littleEndian: raw)
                buffer[i] = (signed ? Float(Int64(bitPattern: v)) : Float(v)).bitPattern
            }
        case .block(let codec, let values, let perBlock):
            buffer.withMemoryRebound(to: Float.self, capacity: n) { out in
                var written = 0
                let fromPending = min(pending.count - pendingStart, n)
                if fromPending > 0 {
                    for i in 0..<fromPending { out[i] = pending[pendingStart + i] }
                    pendingStart += fromPending
                    written = fromPending
                }
                // After the pending values, the read position is at a block boundary.
                let blocks = (n - written) / values
                if blocks > 0 {
                    let firstBlock = (start + written) / values
                    codec.decode(base + firstBlock * perBlock, count: blocks * values, into: out + written)
                    written += blocks * values
                }
                if written < n {
                    let block = (start + written) / values
                    if pending.count != values { pending = [Float](repeating: 0, count: values) }
                    pending.withUnsafeMutableBufferPointer { p in
                        codec.decode(base + block * perBlock, count: values, into: p.baseAddress!)
                    }
                    let rest = n - written
                    for i in 0..<rest { out[written + i] = pending[i] }
                    pendingStart = rest
                }
            }
        }
        position += n
        return n
    }
}
