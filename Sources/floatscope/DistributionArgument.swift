import ArgumentParser
import Sweep

/// A `--dist` argument, read by ArgumentParser through `Distribution.parse` (every spelling it
/// takes: `normal`, `gaussian`, `n`, `normal:0,0.02`, `uniform:-2,2`, `student-t:3`...); a bad one
/// is refused while the arguments are parsed, with the accepted forms listed (exit status 2).
struct DistributionArgument: ExpressibleByArgument, Sendable {
    /// The distribution.
    let distribution: Distribution

    /// Reads any spelling `Distribution.parse` accepts.
    init?(argument: String) {
        guard let distribution = Distribution.parse(argument) else { return nil }
        self.distribution = distribution
    }

    /// The accepted forms with their defaults (`normal[:MU,SIGMA] (default 0,1)`), cut from
    /// `Distribution.spellings`: listed in the message for a bad value.
    static var allValueStrings: [String] {
        Distribution.spellings.split(separator: "), ").map { $0.hasSuffix(")") ? String($0) : $0 + ")" }
    }

    /// The names alone, for shell completion.
    static var defaultCompletionKind: CompletionKind {
        .list(allValueStrings.map { String($0.prefix { $0 != "[" && $0 != " " }) })
    }

    /// The distribution as `--dist` writes it in full.
    var defaultValueDescription: String { distribution.spelling }
}
