import ArgumentParser
import Lab

/// A `--grad` argument: a gradient distribution as `GradientDistribution.parse` reads it
/// (`lognormal:-20,3`, `mixture:-24,2,-10,1,0.01`); a bad one is refused with the forms listed.
struct LabGradientArgument: ExpressibleByArgument, Sendable {
    /// The distribution.
    let distribution: GradientDistribution

    /// Reads any accepted spelling.
    init?(argument: String) {
        guard let d = GradientDistribution.parse(argument) else { return nil }
        distribution = d
    }

    /// A distribution chosen in code.
    init(_ distribution: GradientDistribution) { self.distribution = distribution }

    /// The accepted forms, listed in the message for a bad value.
    static var allValueStrings: [String] {
        ["lognormal[:CENTRE,SPREAD] (log2|g| normal: mean and standard deviation in binades; default -20,3)",
         "mixture:C1,S1,C2,S2,SHARE (two log-normal components, SHARE of the values from the second)"]
    }

    /// The default as help shows it.
    var defaultValueDescription: String { distribution.spelling }
}
