import FormatCore
import Measure

/// A name on the command line that is a scalar format or a block format of `BlockCodecRegistry`
/// (`convert`'s two sides, `info`'s arguments).
enum FormatOrBlock {
    case scalar(Format)
    case block(any BlockCodec)

    /// The name as the user reads it.
    var name: String {
        switch self {
        case .scalar(let f): return f.name
        case .block(let c): return c.name
        }
    }
}

/// Reads a scalar format name first (`fp16`, `int4`), else a block spec (`q4_k`, `nf4:64`); a name
/// that is neither gets one message naming both kinds.
func formatOrBlockArgument(_ name: String) throws -> FormatOrBlock {
    if !name.contains(":"), let format = try? Format.named(name) { return .scalar(format) }
    if let codec = try? BlockCodecRegistry.codec(name) { return .block(codec) }
    do { _ = try Format.named(name) } catch {
        throw CLIError.usage("\(error.description); not a block format either (block formats: \(TargetParser.blockExamples))")
    }
    throw CLIError.usage("unknown format '\(name)'")
}
