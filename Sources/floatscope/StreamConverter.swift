import FormatCore
import ValueFiles

/// Converts a stream of raw elements chunk by chunk (bounded memory), using the SIMD kernel when it applies.
struct StreamConverter {
    let source: Format
    let target: Format
    let mode: RoundingMode
    let policy: OverflowPolicy
    let packedInput: Bool
    let packedOutput: Bool

    func run(chunkElements: Int) throws {
        let inBytesPerChunk = packedInput ? chunkElements / 2 : chunkElements * source.storageBytes
        let outCapacity = chunkElements * max(target.storageBytes, 1)
        let input = UnsafeMutableRawPointer.allocate(byteCount: inBytesPerChunk, alignment: 64)
        let codes = UnsafeMutablePointer<UInt64>.allocate(capacity: chunkElements)
        let output = UnsafeMutableRawPointer.allocate(byteCount: outCapacity, alignment: 64)
        defer { input.deallocate(); codes.deallocate(); output.deallocate() }
        let kernel = source == .fp32 && !packedOutput ? FP32Narrowing(to: target, rounding: mode, overflow: policy) : nil
        var element: UInt64 = 0
        StandardStreams.enlargePipeBuffer(0)
        StandardStreams.enlargePipeBuffer(1)
        while true {
            let got = DescriptorRead.fully(fd: 0, input, inBytesPerChunk)
            if got < 0 { throw CLIError.io("cannot read standard input: \(StandardStreams.errnoText())") }
            if got == 0 { break }
            if element == 0, let container = TensorContainer.detect(UnsafeRawBufferPointer(start: input, count: min(got, TensorContainer.prefixLength))) {
                throw CLIError.usage(container.message(source: "standard input"))
            }
            let whole = packedInput ? got : got / source.storageBytes * source.storageBytes
            var count = packedInput ? got * 2 : whole / source.storageBytes
            let bad = packedInput ? nil : source.firstInvalidStorageWord(UnsafeRawPointer(input), count: count)
            if let bad { count = bad.index }
            var outBytes: Int
            if let kernel, target.storageBytes <= 2 || target.storageShift > 0 {
                outBytes = convertWithKernel(kernel, input: input, count: count, output: output)
            } else {
                outBytes = convertScalar(input: input, count: count, output: output, firstElement: element)
            }
            if packedOutput { outBytes = pack(output, count: count) }
            if !StandardStreams.writeAll(fd: 1, output, outBytes) {
                throw CLIError.io("cannot write standard output: \(StandardStreams.errnoText())")
            }
            element += UInt64(count)
            if let bad {
                throw CLIError.usage("element \(element) (0x\(String(bad.word, radix: 16))) is not a \(source.name) storage word: \(source.storageRule); the \(element) elements before it were converted\(source == .tf32 ? " (to round fp32 data to tf32, use --from fp32 --to tf32)" : "")")
            }
            if whole != got {
                throw CLIError.usage("input ends with \(got - whole) byte(s) that do not make a whole \(source.storageBytes)-byte \(source.name) element; the \(element) whole elements before them were converted")
            }
            if got < inBytesPerChunk { break }
        }
    }

    /// fp32 input through the SIMD kernel.
    private func convertWithKernel(_ kernel: FP32Narrowing, input: UnsafeMutableRawPointer, count: Int, output: UnsafeMutableRawPointer) -> Int {
        let words = input.assumingMemoryBound(to: UInt32.self)
        switch target.storageBytes {
        case 1: kernel.convert(words, to: output.assumingMemoryBound(to: UInt8.self), count: count)
        case 2: kernel.convert(words, to: output.assumingMemoryBound(to: UInt16.self), count: count)
        default:
            let out = output.assumingMemoryBound(to: UInt32.self)
            kernel.convert(words, to: out, count: count)
            let shift = UInt32(target.storageShift)
            for i in 0..<count { out[i] <<= shift }
        }
        return count * target.storageBytes
    }

    /// Any pair of formats, element by element through the exact integer path.
    private func convertScalar(input: UnsafeMutableRawPointer, count: Int, output: UnsafeMutableRawPointer, firstElement: UInt64) -> Int {
        let inSize = source.storageBytes, outSize = target.storageBytes
        for i in 0..<count {
            let word: UInt64
            if packedInput {
                let byte = input.load(fromByteOffset: i / 2, as: UInt8.self)
                word = UInt64(i % 2 == 0 ? byte & 0x0f : byte >> 4)
            } else {
                word = Format.loadStorageWord(input + i * inSize, size: inSize)
            }
            // Words were checked by `Format.firstInvalidStorageWord`; packed nibbles always fit.
            let value = source.decode(packedInput ? word : source.code(fromStorage: word) ?? 0).value
            let code = target.encode(value, rounding: mode, overflow: policy, element: firstElement + UInt64(i)).code
            Format.storeStorageWord(target.storageWord(code), to: output + i * outSize, size: outSize)
        }
        return count * outSize
    }

    /// Packs one-code-per-byte output into nibbles in place; returns the packed byte count.
    private func pack(_ buffer: UnsafeMutableRawPointer, count: Int) -> Int {
        let bytes = buffer.assumingMemoryBound(to: UInt8.self)
        let outCount = (count + 1) / 2
        for j in 0..<outCount {
            let low = bytes[2 * j] & 0x0f
            let high = 2 * j + 1 < count ? bytes[2 * j + 1] & 0x0f : 0
            bytes[j] = low | high << 4
        }
        return outCount
    }
}
