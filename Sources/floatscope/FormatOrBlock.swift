import FormatCore

/// One side of `convert`: a scalar format, or a block format of `BlockCodecRegistry`.
enum ConvertEnd {
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

/// Reads `--from` / `--to`: a scalar format name first (`fp16`, `int4`), else a block spec (`q4_k`, `nf4:64`).
func convertEndArgument(_ name: String) throws -> ConvertEnd {
    if !name.contains(":"), let format = try? Format.named(name) { return .scalar(format) }
    if let codec = try? BlockCodecRegistry.codec(name) { return .block(codec) }
    do { _ = try Format.named(name) } catch {
        throw CLIError.usage("\(error.description); not a block format either (block formats: \(TargetSpec.blockExamples))")
    }
    throw CLIError.usage("unknown format '\(name)'")
}
