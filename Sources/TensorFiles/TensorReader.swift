import FormatCore

/// A sequential reader of one tensor's values in C (row-major) order as float32 bit patterns. It
/// decodes in windows the caller chooses and never holds the whole tensor: its buffers are one block
/// of a block type, or (npy/npz) a staging buffer of at most `chunkElements` values into which
/// Fortran-order values are gathered and deflated members inflated, plus the inflater's 32 KiB of
/// history. The one exception: a Fortran-order array in a deflated member is inflated whole (up to
/// `maximumInflatedFortranBytes`), because C order visits its bytes in an order a stream cannot. npz
/// members are checked against their CRC-32 when the last value is read (and a deflate stream for
/// ending exactly where the archive says). The bytes belong to the `ModelFile` it came from, which
/// it keeps alive.
public final class TensorReader {
    /// Values staged per step when gathering or inflating.
    public static let chunkElements = 16384
    /// The largest Fortran-order array in a deflated npz member that is read (inflated whole): 256 MiB.
    public static let maximumInflatedFortranBytes = 256 << 20

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
    private let file: String
    private let tensor: String?
    private var source = Source.direct
    private var storage = TensorStorage.contiguous
    private var member = UnsafeRawBufferPointer(start: nil, count: 0)
    private var width = 0
    private var staging: UnsafeMutableRawPointer?
    private var inflated: UnsafeMutableRawBufferPointer?
    private var crc = CRC32()
    private var finished = false
    /// Fortran gather: the C-order index of the next value and its Fortran element offset.
    private var index: [Int] = []
    private var shape: [Int] = []
    private var strides: [Int] = []
    private var fortranOffset = 0

    private enum Source {
        /// C-order values in `bytes`.
        case direct
        /// Fortran-order values starting at the pointer.
        case gather(UnsafeRawPointer)
        /// C-order values inflated from the member.
        case inflate(Inflate)
    }

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
    /// `owner` keeps the bytes alive. For an npz member or a Fortran-order array, `storage` says so,
    /// `shape` is the tensor's and `member` the member's whole data (compressed, when deflated: then
    /// `bytes` is not used). Throws for an unsupported encoding or storage, or when the bytes do not
    /// match the count.
    public init(bytes: UnsafeRawBufferPointer, count: Int, encoding: TensorEncoding, shape: [Int] = [], storage: TensorStorage = .contiguous,
                member: UnsafeRawBufferPointer? = nil, owner: AnyObject?, file: String = "", tensor: String? = nil) throws(TensorFileError) {
        func fail(_ message: String, _ category: TensorFileError.Category = .malformed) -> TensorFileError {
            TensorFileError(file: file, tensor: tensor, message: message, category: category)
        }
        guard count >= 0 else { throw fail("negative value count \(count)") }
        self.count = count
        self.bytes = bytes
        self.owner = owner
        self.file = file
        self.tensor = tensor
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
        case .wideInteger(let bits, let signed, let bigEndian):
            guard bits == 64 else { throw fail("\(bits)-bit integers are not read", .unsupported) }
            decoder = .int64(signed: signed, swap: bigEndian)
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
        switch encoding {
        case .scalar(let format, _): width = format.bitWidth % 8 == 0 ? format.bitWidth / 8 : 0
        case .wideInteger(let bits, _, _): width = bits / 8
        case .block, .unsupported: width = 0
        }
        let deflated = storage.member?.method == .deflate
        let gather = storage.fortranOrder && shape.filter({ $0 > 1 }).count >= 2
        guard (!deflated && !gather) || width > 0 else {
            throw fail("npz members and Fortran-order arrays hold types of whole bytes; this encoding is not one", .unsupported)
        }
        if deflated {
            guard let entry = storage.member, let member, member.count == entry.compressedSize, let needed,
                  let total = CheckedSize.add(storage.valuesOffset, needed), total == entry.uncompressedSize, storage.valuesOffset >= 0 else {
                throw fail("\(count) values after a \(storage.valuesOffset)-byte header do not match the member's \(storage.member?.uncompressedSize ?? 0) uncompressed bytes")
            }
        } else {
            guard let needed, needed == bytes.count else {
                throw fail("\(count) values of this type need \(needed.map(String.init) ?? "a fractional or overflowing number of") bytes but the tensor has \(bytes.count)")
            }
            if let entry = storage.member {
                guard let member, member.count == entry.compressedSize else { throw fail("the stored member's bytes are not given") }
            }
        }
        self.storage = storage
        self.member = member ?? UnsafeRawBufferPointer(start: nil, count: 0)
        if gather {
            self.shape = shape
            index = [Int](repeating: 0, count: shape.count)
            var stride = 1
            for d in shape {
                strides.append(stride)
                stride *= d
            }
        }
        if deflated || gather {
            staging = .allocate(byteCount: Self.chunkElements * width, alignment: 16)
        }
        if deflated, let entry = storage.member {
            let inflater = Inflate(self.member, file: file, tensor: tensor, baseOffset: entry.dataOffset)
            if gather {
                guard entry.uncompressedSize <= Self.maximumInflatedFortranBytes else {
                    throw fail("a Fortran-order array in a deflated npz member is inflated whole to be read in C order, up to \(Self.maximumInflatedFortranBytes >> 20) MiB; this member holds \(entry.uncompressedSize) bytes (save it in C order: np.ascontiguousarray before np.savez_compressed, or with np.savez)", .unsupported)
                }
                let whole = UnsafeMutableRawBufferPointer.allocate(byteCount: max(entry.uncompressedSize, 1), alignment: 16)
                inflated = whole
                try inflate(inflater, into: whole.baseAddress!, count: entry.uncompressedSize)
                try finishInflating(inflater)
                finished = count == 0
                source = .gather(UnsafeRawPointer(whole.baseAddress!) + storage.valuesOffset)
            } else {
                // The header's bytes: inflated and counted in the CRC, not decoded.
                var left = storage.valuesOffset
                while left > 0 {
                    let k = min(left, Self.chunkElements * width)
                    try inflate(inflater, into: staging!, count: k)
                    left -= k
                }
                source = .inflate(inflater)
            }
        } else if gather {
            source = .gather(bytes.baseAddress!)
        }
        if count == 0 { try finish() }
    }

    deinit {
        staging?.deallocate()
        inflated?.deallocate()
    }

    /// Inflates exactly `count` bytes into `out`, adding them to the CRC.
    private func inflate(_ inflater: Inflate, into out: UnsafeMutableRawPointer, count: Int) throws(TensorFileError) {
        let got = try inflater.read(into: out, count: count)
        crc.update(UnsafeRawBufferPointer(start: out, count: got))
        guard got == count else {
            throw memberError("the deflate stream ends after \(inflater.produced) bytes; the archive gives the member \(storage.member?.uncompressedSize ?? 0) uncompressed bytes")
        }
    }

    /// Checks that the stream ends here, where the archive says, with the archive's CRC-32.
    private func finishInflating(_ inflater: Inflate) throws(TensorFileError) {
        guard let entry = storage.member else { return }
        var extra: UInt8 = 0
        guard try inflater.read(into: &extra, count: 1) == 0 else {
            throw memberError("the deflate stream holds more than the \(entry.uncompressedSize) uncompressed bytes the archive gives the member")
        }
        guard inflater.consumed == member.count else {
            throw memberError("the deflate stream ends after \(inflater.consumed) of the member's \(member.count) compressed bytes")
        }
        try checkCRC(entry)
    }

    private func checkCRC(_ entry: ZipEntry) throws(TensorFileError) {
        guard crc.value == entry.crc32 else {
            throw memberError("CRC-32 of the member's data is 0x\(String(crc.value, radix: 16)) but the archive says 0x\(String(entry.crc32, radix: 16)): the data is damaged")
        }
    }

    private func memberError(_ message: String) -> TensorFileError {
        TensorFileError(file: file, tensor: tensor, byteOffset: storage.member?.dataOffset, message: "npz member '\(storage.member?.name ?? "")': " + message)
    }

    /// The end of the values: an npz member's CRC-32 (and the end of its deflate stream).
    private func finish() throws(TensorFileError) {
        guard !finished else { return }
        finished = true
        guard let entry = storage.member else { return }
        switch source {
        case .inflate(let inflater):
            try finishInflating(inflater)
        case .direct, .gather:
            if entry.method == .stored {
                crc.update(member)
                try checkCRC(entry)
            }
        }
    }

    /// Puts the next `k` values' bytes in C order into the staging buffer.
    private func stage(_ k: Int) throws(TensorFileError) {
        let out = staging!
        switch source {
        case .direct:
            break
        case .gather(let base):
            let w = width
            let rank = shape.count
            for j in 0..<k {
                switch w {
                case 4: (out + j * 4).storeBytes(of: base.loadUnaligned(fromByteOffset: fortranOffset * 4, as: UInt32.self), as: UInt32.self)
                case 8: (out + j * 8).storeBytes(of: base.loadUnaligned(fromByteOffset: fortranOffset * 8, as: UInt64.self), as: UInt64.self)
                case 2: (out + j * 2).storeBytes(of: base.loadUnaligned(fromByteOffset: fortranOffset * 2, as: UInt16.self), as: UInt16.self)
                default: (out + j * w).copyMemory(from: base + fortranOffset * w, byteCount: w)
                }
                var axis = rank - 1
                while axis >= 0 {
                    index[axis] += 1
                    fortranOffset += strides[axis]
                    if index[axis] < shape[axis] { break }
                    fortranOffset -= strides[axis] * shape[axis]
                    index[axis] = 0
                    axis -= 1
                }
            }
        case .inflate(let inflater):
            try inflate(inflater, into: out, count: k * width)
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
        if case .direct = source {
            decode(bytes.baseAddress!, start: position, count: n, into: buffer)
        } else {
            var done = 0
            while done < n {
                let k = min(n - done, Self.chunkElements)
                try stage(k)
                decode(UnsafeRawPointer(staging!), start: 0, count: k, into: buffer + done)
                done += k
            }
        }
        position += n
        if position == count { try finish() }
        return n
    }

    /// Decodes values `start..<start + n` of the bytes at `base` into `buffer`.
    private func decode(_ base: UnsafeRawPointer, start: Int, count n: Int, into buffer: UnsafeMutablePointer<UInt32>) {
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
    }
}
