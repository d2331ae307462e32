import FormatCore
import ValueFiles

/// `convert` to or from a block format, row by row: scalar elements (read as float32 values) are
/// quantised into the block bytes of each row, or the block bytes of each row are dequantised into
/// float32 values and then converted to the scalar output format.
///
/// A row is `row` values (a whole number of blocks). Without `row`, formats whose blocks stand
/// alone (every GGUF type, MX, absmax, whole-byte blocks without per-call data) stream chunks of
/// whole blocks, which gives the same bytes as one call; the others (NVFP4's tensor scale, the
/// double-quantisation groups, per-tensor scales) take the whole input as one row, up to
/// `wholeInputLimit` values, and ask for `--row` beyond it. Input that is not a whole number of rows is an error (exit status 2) after
/// the whole rows before it were written.
struct BlockStreamConverter {
    let scalar: Format
    let codec: any BlockCodec
    /// True: scalar -> blocks; false: blocks -> scalar.
    let quantizing: Bool
    let row: Int?
    let mode: RoundingMode
    let policy: OverflowPolicy

    /// Values a whole-input row may hold (1 GiB of float32 values).
    static let wholeInputLimit = 1 << 28

    /// Whether blocks stand alone: encoding them in chunks gives the bytes of one call.
    var independentBlocks: Bool {
        let l = codec.layout
        return l.valuesPerBlock > 0 && l.callFields.isEmpty && l.groupFields.isEmpty && l.isByteAligned
    }

    /// Values per chunk when streaming independent blocks without `--row`: whole blocks, about 2^18 values.
    var chunkValues: Int { let n = codec.layout.valuesPerBlock; return n * max(1, (1 << 18) / n) }

    /// Checks that a row is a whole number of blocks and that a row length can be known.
    func validate() throws {
        let n = codec.layout.valuesPerBlock
        if let row {
            guard row >= 1 && row <= 1 << 30 else { throw CLIError.usage("--row takes a length from 1 to 2^30 values") }
            if n > 0 && row % n != 0 {
                throw CLIError.usage("--row \(row) is not a whole number of \(codec.name) blocks of \(n) values (try --row \(max(row / n, 1) * n))")
            }
        } else if !quantizing && (n == 0 || !codec.layout.callFields.isEmpty || !codec.layout.groupFields.isEmpty || !codec.layout.isByteAligned) {
            let l = codec.layout
            let why = l.valuesPerBlock == 0 ? "puts the whole row in one block"
                : !l.isByteAligned ? "has blocks of \(l.bitsPerBlock) bits, not whole bytes"
                : "stores data per row (\((l.callFields + l.groupFields).map(\.name).joined(separator: ", ")))"
            throw CLIError.usage("\(codec.name) \(why), so the row length cannot be read from the bytes: give the one they were written with, --row N")
        }
        if scalar.bitWidth > 32 && scalar != .fp64 { throw CLIError.usage("\(scalar.name) is not a convert format") }
    }

    func run() throws {
        try validate()
        StandardStreams.enlargePipeBuffer(0)
        StandardStreams.enlargePipeBuffer(1)
        if quantizing { try quantize() } else { try dequantize() }
    }

    /// Scalar elements in, block bytes out.
    private func quantize() throws {
        let inSize = scalar.storageBytes
        var done = 0
        while true {
            let streaming = row == nil && independentBlocks
            let wanted = row.map { $0 * inSize } ?? (streaming ? chunkValues * inSize : nil)
            guard let bytes = try readInput(wanted, limit: Self.wholeInputLimit * inSize) else { break }
            if done == 0, let container = bytes.withUnsafeBytes({ TensorContainer.detect(UnsafeRawBufferPointer(rebasing: $0.prefix(TensorContainer.prefixLength))) }) {
                throw CLIError.usage(container.message(source: "standard input"))
            }
            let count = bytes.count / inSize
            if bytes.count % inSize != 0 || (row != nil && count != row) || (row == nil && !wholeBlocks(count)) {
                throw CLIError.usage(partialMessage(values: count, extraBytes: bytes.count % inSize, converted: done))
            }
            if let bad = bytes.withUnsafeBytes({ scalar.firstInvalidStorageWord($0.baseAddress!, count: count) }) {
                throw CLIError.usage("element \(done + bad.index) (0x\(String(bad.word, radix: 16))) is not a \(scalar.name) storage word: \(scalar.storageRule); the \(done) values of whole rows before it were converted")
            }
            var values = [Float](repeating: 0, count: count)
            bytes.withUnsafeBytes { b in
                if scalar == .fp32 { // float32 already: the words are the values (little-endian)
                    for i in 0..<count { values[i] = Float(bitPattern: UInt32(littleEndian: b.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self))) }
                    return
                }
                for i in 0..<count {
                    let word = Format.loadStorageWord(b.baseAddress! + i * inSize, size: inSize)
                    let value = scalar.decode(scalar.code(fromStorage: word) ?? 0).value
                    values[i] = Float(bitPattern: UInt32(Format.fp32.encode(value, rounding: .nearestEven, overflow: .formatDefault).code))
                }
            }
            let amax = values.reduce(Float(0)) { $1.isFinite ? max($0, abs($1)) : $0 }
            var out = [UInt8](repeating: 0, count: codec.encodedByteCount(count: count))
            values.withUnsafeBufferPointer { v in out.withUnsafeMutableBytes { codec.encode(v.baseAddress!, count: count, tensorAmax: amax, into: $0.baseAddress!) } }
            try write(out)
            done += count
            if row == nil && (!streaming || bytes.count < wanted!) { break }
        }
    }

    /// Block bytes in, scalar elements out.
    private func dequantize() throws {
        var done = 0
        let rowBytes = row.map { codec.encodedByteCount(count: $0) }
        let chunkBytes = independentBlocks ? chunkValues / codec.layout.valuesPerBlock * codec.layout.bytesPerBlock : nil
        while true {
            let wanted = rowBytes ?? chunkBytes
            guard let bytes = try readInput(wanted, limit: Self.wholeInputLimit) else { break }
            let count: Int
            if let row {
                guard bytes.count == rowBytes else {
                    throw CLIError.usage("input ends with \(bytes.count) byte(s) that do not make a whole row of \(row) \(codec.name) values (\(rowBytes!) bytes); the \(done) values of whole rows before them were converted")
                }
                count = row
            } else {
                let per = codec.layout.bytesPerBlock
                guard bytes.count % per == 0 else {
                    throw CLIError.usage("input of \(bytes.count) bytes is not a whole number of \(per)-byte \(codec.name) blocks (\(bytes.count % per) byte(s) left over)")
                }
                count = bytes.count / per * codec.layout.valuesPerBlock
            }
            var values = [Float](repeating: 0, count: count)
            bytes.withUnsafeBytes { b in values.withUnsafeMutableBufferPointer { codec.decode(b.baseAddress!, count: count, into: $0.baseAddress!) } }
            let outSize = scalar.storageBytes
            var out = [UInt8](repeating: 0, count: count * outSize)
            out.withUnsafeMutableBytes { o in
                for i in 0..<count {
                    let code: UInt64
                    if scalar == .fp32 { code = UInt64(values[i].bitPattern) } else {
                        code = scalar.encode(BinaryValue(values[i]).exact, rounding: mode, overflow: policy, element: UInt64(done + i)).code
                    }
                    Format.storeStorageWord(scalar.storageWord(code), to: o.baseAddress! + i * outSize, size: outSize)
                }
            }
            try write(out)
            done += count
            if row == nil && (wanted == nil || bytes.count < wanted!) { break }
        }
    }

    /// Whether `count` values are whole blocks.
    private func wholeBlocks(_ count: Int) -> Bool {
        let n = codec.layout.valuesPerBlock
        return n == 0 || count % n == 0
    }

    /// The message for input that does not end on a whole row (or, without --row, on a whole block).
    private func partialMessage(values: Int, extraBytes: Int, converted: Int) -> String {
        let n = codec.layout.valuesPerBlock
        if extraBytes != 0 {
            return "input ends with \(extraBytes) byte(s) that do not make a whole \(scalar.storageBytes)-byte \(scalar.name) element; the \(converted) values of whole rows before them were converted"
        }
        if let row { return "input ends with a row of \(values) values, not \(row); the \(converted) values of whole rows before it were converted" }
        return "\(values) values are not a whole number of \(codec.name) blocks of \(n) (\(values % n) left over)\(converted > 0 ? "; the \(converted) values before them were converted" : ""); block formats take whole blocks, as scalar formats take whole elements"
    }

    /// Reads `count` bytes (or, nil, everything up to end of input); nil at end of input.
    /// Without `count`, more than `limit` bytes is an error naming `--row`.
    private func readInput(_ count: Int?, limit: Int) throws -> [UInt8]? {
        var buffer: [UInt8] = []
        if let count {
            buffer = [UInt8](repeating: 0, count: count)
            let got = buffer.withUnsafeMutableBytes { DescriptorRead.fully(fd: 0, $0.baseAddress!, count) }
            if got < 0 { throw CLIError.io("cannot read standard input: \(StandardStreams.errnoText())") }
            if got == 0 { return nil }
            buffer.removeLast(count - got)
            return buffer
        }
        let step = 1 << 20
        var chunk = [UInt8](repeating: 0, count: step)
        while true {
            let got = chunk.withUnsafeMutableBytes { DescriptorRead.fully(fd: 0, $0.baseAddress!, step) }
            if got < 0 { throw CLIError.io("cannot read standard input: \(StandardStreams.errnoText())") }
            buffer.append(contentsOf: chunk[0..<got])
            if buffer.count > limit {
                throw CLIError.usage("\(codec.name) without --row takes the whole input as one row, and it is longer than \(limit) bytes: give --row N (a whole number of blocks) to stream it; nothing was written")
            }
            if got < step { break }
        }
        return buffer.isEmpty ? nil : buffer
    }

    /// Writes bytes to standard output.
    private func write(_ bytes: [UInt8]) throws {
        let ok = bytes.withUnsafeBytes { StandardStreams.writeAll(fd: 1, $0.baseAddress!, $0.count) }
        if !ok { throw CLIError.io("cannot write standard output: \(StandardStreams.errnoText())") }
    }
}
