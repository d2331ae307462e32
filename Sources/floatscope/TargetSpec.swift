import FormatCore
import Sweep

/// A sweep target named on the command line: a scalar format or a block format.
enum TargetSpec {
    /// Block examples for help texts.
    static var blockExamples: String { BlockFormat.examples.filter { !$0.hasSuffix(":tensor") }.joined(separator: ", ") }

    /// Parses a scalar format name, or else a block spec; the error names both kinds. Scalar targets round
    /// with `mode` (the sweep's `--rounding`, its stochastic seed resolved).
    static func parse(_ text: String, rounding: RoundingOptions, mode: RoundingMode) throws -> any RoundTripper {
        let name = text.trimmingCharacters(in: .whitespaces)
        if !name.contains(":"), let format = try? Format.named(name) {
            return ScalarRoundTrip(format, rounding: mode, overflow: rounding.policy)
        }
        do {
            let block = try BlockFormat.parse(name)
            if block.blockSize == 0 {
                throw CLIError.usage("'\(name)' puts the whole tensor in one block, but sweeps stream in chunks; use blocks or rows instead (e.g. \(block.element.name):4096 or \(block.element.name):row=4096)")
            }
            if mode != .nearestEven || rounding.saturate {
                throw CLIError.usage("block formats round their elements to nearest even with saturation as their specifications say; --rounding and --saturate apply to scalar targets only")
            }
            return BlockRoundTrip(block)
        } catch let error as BlockFormatError {
            let suggestions = Format.suggestions(for: name)
            var message = "unknown target '\(name)': not a format (\(suggestions.isEmpty ? "see `floatscope formats`" : "did you mean \(suggestions.joined(separator: ", "))?")) and not a block format (\(error.reason)). Block formats: \(blockExamples)"
            if name.isEmpty { message = "an empty target in --to" }
            throw CLIError.usage(message)
        }
    }
}
