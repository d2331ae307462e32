import ArgumentParser
import FormatCore

/// `floatscope convert`: a streaming filter between raw little-endian formats.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert raw little-endian elements from standard input to standard output.",
        discussion: """
        Layout: formats of 8 bits or fewer take one byte per code (in the low bits), 16-bit formats
        2 bytes, up to 32 bits 4 bytes (tf32 in its fp32 container), fp64 8 bytes. --packed puts two
        4-bit codes in a byte, the first element in the low nibble (for whichever side has 4-bit codes).
        Streams any size in bounded memory. Input that is not a whole number of elements: the whole
        elements are converted, then an error and exit status 2.

        Block formats (q4_k, q8_0, mxfp4, nvfp4, nf4:64, nf4:64+dq...; see `floatscope formats`) on either
        side: --to BLOCK quantises the input values (read as float32, as llama.cpp and bitsandbytes
        do) into the format's block bytes, --from BLOCK dequantises them to float32 and then to --to.
        GGUF types are written exactly as llama-quantize writes them (blocks back to back); the other
        block formats in the layout `floatscope info FORMAT` lists. Rows: --row N values (a whole
        number of blocks) are quantised one call each, streaming. Without --row, formats whose blocks
        stand alone (GGUF types, MX, absmax) stream in chunks of whole blocks (the same bytes); the
        others are one row of the whole input, up to 2^28 values (NVFP4's tensor scale, +dq's groups
        and per-tensor scales are per row). Input that is not a whole number of rows or blocks is
        an error.
        """)

    @Option(name: .long, help: "Input format (a scalar format, or a block format to dequantise).", transform: formatOrBlockArgument) var from: FormatOrBlock
    @Option(name: .long, help: "Output format (a scalar format, or a block format to quantise into).", transform: formatOrBlockArgument) var to: FormatOrBlock
    @Option(name: .long, help: "Values per row for block formats (a whole number of blocks; default: the whole input).") var row: Int?
    @OptionGroup var roundingOptions: RoundingOptions
    @Flag(name: .long, help: "Two 4-bit codes per byte (low nibble first).") var packed = false

    static let chunkElements = 1 << 18

    func run() throws {
        try runReportingErrors {
            let mode = try roundingOptions.mode()
            let source: Format, target: Format
            switch (from, to) {
            case (.block(let a), .block(let b)):
                throw CLIError.usage("convert between two block formats (\(a.name), \(b.name)) goes through values: --from \(a.name) --to fp32, then --from fp32 --to \(b.name)")
            case (.scalar(let s), .block(let c)), (.block(let c), .scalar(let s)):
                if packed { throw CLIError.usage("--packed applies to scalar formats; block formats have their own layout (see `floatscope info \(c.name)`)") }
                let quantizing: Bool
                if case .block = to { quantizing = true } else { quantizing = false }
                try BlockStreamConverter(scalar: s, codec: c, quantizing: quantizing, row: row, mode: mode, policy: roundingOptions.policy).run()
                return
            case (.scalar(let a), .scalar(let b)):
                source = a
                target = b
                if row != nil { throw CLIError.usage("--row applies when one side is a block format") }
            }
            if packed && source.bitWidth > 4 && target.bitWidth > 4 {
                throw CLIError.usage("--packed needs a format of 4 bits or fewer on one side (e.g. --to e2m1fn or --to int4); \(source.name) and \(target.name) are wider")
            }
            let converter = StreamConverter(source: source, target: target, mode: mode, policy: roundingOptions.policy,
                                            packedInput: packed && source.bitWidth <= 4, packedOutput: packed && target.bitWidth <= 4)
            try converter.run(chunkElements: Self.chunkElements)
        }
    }
}
