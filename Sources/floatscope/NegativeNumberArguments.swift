/// Lets people type negative numbers as values (`inspect -1.5`, `--value -0`) although they start with `-`.
enum NegativeNumberArguments {
    /// Whether an argument is a negative number or negative special (`-1`, `-.5`, `-inf`, `-nan`, `-0x1p-3`, `-1/3`).
    static func looksNegative(_ argument: String) -> Bool {
        guard argument.hasPrefix("-"), argument.count > 1 else { return false }
        let body = argument.dropFirst()
        if let first = body.first, first.isNumber || first == "." { return true }
        return ["inf", "infinity", "nan", "max", "min", "tiny", "eps"].contains(body.lowercased())
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
