import ArgumentParser

/// `floatscope lab`: the training-precision lab (loss scaling, a dynamic loss scaler, master
/// weights, accumulation), every figure computed exactly or marked ≈, deterministic for a seed.
struct LabCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lab",
        abstract: "The training-precision lab: loss scaling, the dynamic loss scaler, master weights, accumulation.",
        discussion: """
        Every value is rounded once into its format (round to nearest even unless stated), against exact
        results (sums and products of floats are dyadic rationals, kept exactly). Counts are exact; shares
        and errors are exact or marked ≈. Results depend only on the options and --seed.
        Examples:
          floatscope lab loss-scale --scale 2^16
          floatscope lab scaler --drift 0.005 --steps 4000
          floatscope lab master-weights --lr 1e-3 --dist normal:0.001,0.001
          floatscope lab accumulate --formats fp16,bf16 --max-log2 14
        """,
        subcommands: [LabLossScaleCommand.self, LabScalerCommand.self, LabMasterWeightsCommand.self, LabAccumulateCommand.self]
    )
}
