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
        """)

    @Option(name: .long, help: "Input format.", transform: formatArgument) var from: Format
    @Option(name: .long, help: "Output format.", transform: formatArgument) var to: Format
    @OptionGroup var roundingOptions: RoundingOptions
    @Flag(name: .long, help: "Two 4-bit codes per byte (low nibble first).") var packed = false

    static let chunkElements = 1 << 18

    func run() throws {
        try runReportingErrors {
            let source = from, target = to
            let mode = try roundingOptions.mode()
            if packed && source.bitWidth > 4 && target.bitWidth > 4 {
                throw CLIError.usage("--packed needs a format of 4 bits or fewer on one side (e.g. --to e2m1fn or --to int4); \(source.name) and \(target.name) are wider")
            }
            let converter = StreamConverter(source: source, target: target, mode: mode, policy: roundingOptions.policy,
                                            packedInput: packed && source.bitWidth <= 4, packedOutput: packed && target.bitWidth <= 4)
            try converter.run(chunkElements: Self.chunkElements)
        }
    }
}
