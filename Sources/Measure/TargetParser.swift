import FormatCore
import Sweep

/// Turns target names (`bf16`, `nf4:64+dq`, `q4_k`) into round trips: the one parser that the CLI's
/// `sweep` and `model` and the app's Sweep screen share.
public enum TargetParser {
    /// Block examples for help texts and error messages.
    public static var blockExamples: String {
        (BlockCodecRegistry.fixed.map(\.name) + BlockFormat.examples.filter { !$0.hasSuffix(":tensor") }).joined(separator: ", ")
    }

    /// Parses a scalar format name, or else a block spec; the error names both kinds. Scalar targets
    /// round with `rounding` and `overflow`; block formats round their elements as their
    /// specifications say, so `blockRulesOnly` (the caller asked for another rounding or for
    /// saturation) makes a block target an error.
    public static func parse(_ text: String, rounding: RoundingMode = .nearestEven, overflow: OverflowPolicy = .formatDefault,
                             blockRulesOnly: Bool = false) throws(TargetError) -> any RoundTripper {
        let name = text.trimmingCharacters(in: " \t")
        if name.isEmpty { throw TargetError("an empty target name") }
        if !name.contains(":"), let format = try? Format.named(name) {
            return ScalarRoundTrip(format, rounding: rounding, overflow: overflow)
        }
        let block: any BlockCodec
        do {
            block = try BlockCodecRegistry.codec(name)
        } catch {
            throw unknownName(name, "target", error, examples: blockExamples)
        }
        if block.layout.valuesPerBlock == 0 {
            let element = block.layout.element.name
            throw TargetError("'\(name)' puts the whole tensor in one block, but sweeps stream in chunks; use blocks or rows instead (e.g. \(element):4096 or \(element):row=4096)")
        }
        if blockRulesOnly {
            throw TargetError("block formats round their elements to nearest even with saturation as their specifications say; --rounding and --saturate apply to scalar targets only")
        }
        return BlockRoundTrip(block)
    }

    /// The error for a name that is neither a format nor a block format: the format names it may
    /// have meant, why the block parser refused it, and the block formats `examples`.
    static func unknownName(_ name: String, _ what: String, _ error: BlockFormatError, examples: String) -> TargetError {
        let suggestions = Format.suggestions(for: name)
        return TargetError("unknown \(what) '\(name)': not a scalar format (\(suggestions.isEmpty ? "see `floatscope formats`" : "did you mean \(suggestions.joined(separator: ", "))?")) and not a block format (\(error.reason)). Block formats: \(examples)")
    }

    /// Refuses a source of `count` values for a target defined on whole blocks only (a GGUF type)
    /// when `count` is not a whole number of its blocks.
    public static func checkWholeBlocks(_ target: any RoundTripper, count: UInt64?) throws(TargetError) {
        guard let block = target as? BlockRoundTrip, !block.codec.acceptsPartialBlock, let count else { return }
        let n = UInt64(block.codec.layout.valuesPerBlock)
        guard n > 0, count % n != 0 else { return }
        throw TargetError("\(block.codec.name) quantises whole blocks of \(n) values, as llama.cpp does, but the source has \(grouped(count)) values (\(count % n) left over); use a count that is a multiple of \(n) (e.g. --samples \(max(count / n, 1) * n))")
    }

    /// `1234567` as "1,234,567".
    static func grouped(_ n: UInt64) -> String {
        var digits = Array(String(n)), out: [Character] = []
        while digits.count > 3 { out.insert(contentsOf: [","] + digits.suffix(3), at: 0); digits.removeLast(3) }
        return String(digits + out)
    }
}

extension String {
    /// The string without leading and trailing characters of `set`.
    fileprivate func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let c = s.first, set.contains(c) { s.removeFirst() }
        while let c = s.last, set.contains(c) { s.removeLast() }
        return String(s)
    }
}
