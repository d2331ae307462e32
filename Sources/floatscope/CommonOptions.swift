import ArgumentParser
import FormatCore

/// Rounding and overflow options shared by the converting commands.
struct RoundingOptions: ParsableArguments {
    @Option(name: .customLong("rounding"), help: ArgumentHelp("Rounding mode: \(RoundingMode.spellings).", valueName: "mode"))
    var roundingChoice = RoundingChoice(.nearestEven)

    @Flag(name: .long, help: "Saturate: overflows and infinities become ±max (NaN stays NaN).")
    var saturate = false

    /// The mode's name (for reports).
    var rounding: String { roundingChoice.mode.shortName }

    /// The parsed mode (kept as a function for callers written before the option was typed).
    func mode() throws -> RoundingMode { roundingChoice.mode }

    /// The mode, with `seed` as the seed of stochastic rounding unless `--rounding` named its own.
    func mode(seedingStochasticWith seed: UInt64) -> RoundingMode {
        if case .stochastic = roundingChoice.mode, !roundingChoice.namesSeed { return .stochastic(seed: seed) }
        return roundingChoice.mode
    }

    /// The overflow policy.
    var policy: OverflowPolicy { saturate ? .saturate : .formatDefault }
}

/// Reads a format option: the message of a bad name lists close matches (`did you mean 'bf16'`).
func formatArgument(_ name: String) throws -> Format {
    do { return try Format.named(name) } catch { throw ValidationError(error.description) }
}

/// Reads a comma-separated list of formats.
func formatListArgument(_ names: String) throws -> [Format] {
    try names.split(separator: ",").map { try formatArgument(String($0)) }
}

/// Formats in first-mention order, each once.
func deduplicated(_ formats: [Format]) -> [Format] {
    var seen: [Format] = []
    for f in formats where !seen.contains(f) { seen.append(f) }
    return seen
}

/// Resolves a format name or throws a usage error that lists close matches.
func resolveFormat(_ name: String) throws -> Format {
    do { return try Format.named(name) } catch { throw CLIError.usage(error.description) }
}

/// Resolves a comma-separated or repeated list of format names; a format named twice (also by an
/// alias) is listed once, where it first appears.
func resolveFormats(_ names: [String]) throws -> [Format] {
    var seen: [Format] = []
    for name in names.flatMap({ $0.split(separator: ",") }) {
        let format = try resolveFormat(String(name))
        if !seen.contains(format) { seen.append(format) }
    }
    return seen
}

/// Resolves names of scalar formats and block formats (`q4_k`, `nf4:64+dq`), each listed once in its
/// kind's order of first appearance; a name that is neither gets one message naming both kinds.
func resolveFormatsAndBlocks(_ names: [String]) throws -> ([Format], [any BlockCodec]) {
    var formats: [Format] = []
    var blocks: [any BlockCodec] = []
    for name in names.flatMap({ $0.split(separator: ",") }).map(String.init) {
        switch try formatOrBlockArgument(name) {
        case .scalar(let format): if !formats.contains(format) { formats.append(format) }
        case .block(let block): if !blocks.contains(where: { $0.name == block.name }) { blocks.append(block) }
        }
    }
    return (formats, blocks)
}

/// Runs a command body, turning `CLIError` into its message and exit status.
func runReportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as CLIError {
        StandardStreams.writeError("floatscope: \(error.description)\n")
        throw ExitCode(error.status)
    }
}
