import ArgumentParser
import FormatCore

/// Rounding and overflow options shared by the converting commands.
struct RoundingOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Rounding mode: \(RoundingMode.spellings).", valueName: "mode"))
    var rounding: String = "nearest-even"

    @Flag(name: .long, help: "Saturate: overflows and infinities become ±max (NaN stays NaN).")
    var saturate = false

    /// The parsed mode, or a usage error naming the accepted spellings.
    func mode() throws -> RoundingMode {
        guard let mode = RoundingMode(parsing: rounding) else {
            throw CLIError.usage("unknown rounding mode '\(rounding)'; accepted: \(RoundingMode.spellings)")
        }
        return mode
    }

    /// The overflow policy.
    var policy: OverflowPolicy { saturate ? .saturate : .formatDefault }
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

/// Runs a command body, turning `CLIError` into its message and exit status.
func runReportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as CLIError {
        StandardStreams.writeError("floatscope: \(error.description)\n")
        throw ExitCode(error.status)
    }
}
