import ArgumentParser
import FormatCore

/// A `--rounding` argument as typed: the mode, and whether it named its own seed
/// (`stochastic:7`) or left it to `--seed` (`stochastic`, `sr`).
struct RoundingChoice: ExpressibleByArgument, Sendable {
    /// The parsed mode (`stochastic` without a seed reads as seed 0).
    let mode: RoundingMode
    /// Whether the text named a seed (`stochastic:SEED`).
    let namesSeed: Bool

    /// Reads any accepted spelling (`RoundingMode.spellings`).
    init?(argument: String) {
        guard let mode = RoundingMode(parsing: argument) else { return nil }
        self.mode = mode
        namesSeed = argument.contains(":")
    }

    /// A mode chosen in code.
    init(_ mode: RoundingMode) {
        self.mode = mode
        if case .stochastic = mode { namesSeed = true } else { namesSeed = false }
    }

    /// The spellings listed in help and in the message for a bad value.
    static var allValueStrings: [String] {
        ["nearest-even", "nearest-away", "toward-zero", "up", "down", "stochastic", "stochastic:SEED"]
    }

    /// The default as help shows it.
    var defaultValueDescription: String { mode.shortName }
}
