import FormatCore

/// Lets people type negative numbers as values (`inspect -1.5`, `inspect -fp16:max`, `--value -0`)
/// although they start with `-` and could be read as bundled short options (`-inf` as `-i -n -f`).
///
/// Which arguments are values is decided by `ValueParser` itself (no hand-kept list): a single-dash
/// argument that reads as a value. Anything else that starts with `-` goes to ArgumentParser as an
/// option (and `inspect` collects unknown ones as its value, so `-hello` is a bad value, exit 2).
enum NegativeNumberArguments {
    /// Whether an argument is a value that starts with `-` (`-1`, `-.5`, `-inf`, `-nan`, `-0x1p-3`, `-1/3`, `-max`, `-fp16:max`).
    static func looksNegative(_ argument: String) -> Bool {
        guard argument.hasPrefix("-"), !argument.hasPrefix("--"), argument.count > 1 else { return false }
        return (try? ValueParser.parse(argument, context: .fp32)) != nil
    }

    /// Joins a negative number to the long option before it (`--value=-1.5`) or moves it behind `--`.
    static func rewrite(_ arguments: [String]) -> [String] {
        var out: [String] = [], trailing: [String] = []
        var afterSeparator = false
        for argument in arguments {
            if afterSeparator { trailing.append(argument); continue }
            if argument == "--" { afterSeparator = true; continue }
            if looksNegative(argument) {
                if let previous = out.last, previous.hasPrefix("--"), !previous.contains("="), !flagOptions.contains(previous) {
                    out[out.count - 1] = previous + "=" + argument
                } else {
                    trailing.append(argument)
                }
                continue
            }
            out.append(argument)
        }
        return trailing.isEmpty ? out : out + ["--"] + trailing
    }

    /// Long options that take no value, so a negative number after them is positional.
    static let flagOptions: Set<String> = ["--json", "--csv", "--saturate", "--packed", "--ascii", "--no-color", "--ansi", "--all", "--help"]
}
