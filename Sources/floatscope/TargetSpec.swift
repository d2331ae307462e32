import FormatCore
import Sweep

/// A sweep target named on the command line: a scalar format or a block format.
enum TargetSpec {
    /// Block examples for help texts.
    static var blockExamples: String {
        (BlockCodecRegistry.fixed.map(\.name) + BlockFormat.examples.filter { !$0.hasSuffix(":tensor") }).joined(separator: ", ")
    }

    /// Parses a scalar format name, or else a block spec; the error names both kinds. Scalar targets round
    /// with `mode` (the sweep's `--rounding`, its stochastic seed resolved).
    static func parse(_ text: String, rounding: RoundingOptions, mode: RoundingMode) throws -> any RoundTripper {
        let name = text.trimmingCharacters(in: .whitespaces)
        if !name.contains(":"), let format = try? Format.named(name) {
            return ScalarRoundTrip(format, rounding: mode, overflow: rounding.policy)
        }
        do {
            let block = try BlockCodecRegistry.codec(name)
            if block.layout.valuesPerBlock == 0 {
                let element = block.layout.element.name
                throw CLIError.usage("'\(name)' puts the whole tensor in one block, but sweeps stream in chunks; use blocks or rows instead (e.g. \(element):4096 or \(element):row=4096)")
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

    /// Refuses a source of `count` values for a target defined on whole blocks only (a GGUF type)
    /// when `count` is not a whole number of its blocks.
    static func checkWholeBlocks(_ target: any RoundTripper, count: UInt64?) throws {
        guard let block = target as? BlockRoundTrip, !block.codec.acceptsPartialBlock, let count else { return }
        let n = UInt64(block.codec.layout.valuesPerBlock)
        guard n > 0, count % n != 0 else { return }
        throw CLIError.usage("\(block.codec.name) quantises whole blocks of \(n) values, as llama.cpp does, but the source has \(SweepReport.grouped(count)) values (\(count % n) left over); use a count that is a multiple of \(n) (e.g. --samples \(max(count / n, 1) * n))")
    }
}
