import BigInt
import FormatCore
import Measure

/// Checks claim records: runs the computation each record's kind names over the library's records
/// (formats, block layouts, llama.cpp mix rules), picks the outcome, and fills the templates.
public enum ClaimEvaluator {
    /// How near two sizes must be for a claim to hold roughly: within a tenth of the true figure.
    static let closeness = Rational(1, over: 10)

    /// Checks one claim.
    public static func check(_ record: ClaimRecord) throws(ClaimsError) -> ClaimCheck {
        let finding: ClaimFinding
        switch record.kind {
        case .smallestPositive(let format): finding = try smallestPositive(record, format: format)
        case .fp8Roles(let gradients, let weights): finding = try fp8Roles(gradients: gradients, weights: weights)
        case .blockMethod(let codec, let mix): finding = try blockMethod(codec: codec, mix: mix)
        case .mixRatio(let mix, let reference, let model, let codec): finding = try mixRatio(record, mix: mix, reference: reference, model: model, codec: codec)
        case .blockRatio(let codec, let reference): finding = try blockRatio(record, codec: codec, reference: reference)
        case .weightsSize(let format): finding = try weightsSize(record, format: format)
        case .weightsFit(let block): finding = try weightsFit(record, block: block)
        case .saving(let from, let to, let sizes): finding = try saving(record, from: from, to: to, sizes: sizes)
        case .sameRange(let format, let reference): finding = try sameRange(format: format, reference: reference)
        }
        guard let outcome = record.outcomes.first(where: { $0.id == finding.outcome }) else {
            throw ClaimsError("claim \(record.id) reached the outcome '\(finding.outcome)', which its record does not describe")
        }
        var quotedFigures: [ClaimFigure] = []
        for q in record.quoted { quotedFigures.append(try q.figure()) }
        return try ClaimCheck(record: record, outcome: outcome, figures: quotedFigures + finding.figures, names: finding.names)
    }

    /// Every claim of the catalogue, checked.
    public static func checkAll(_ records: [ClaimRecord] = ClaimCatalog.records) throws(ClaimsError) -> [ClaimCheck] {
        var checks: [ClaimCheck] = []
        for r in records { checks.append(try check(r)) }
        return checks
    }

    // MARK: Shared reading of the records

    /// The format named `name`.
    static func format(_ name: String) throws(ClaimsError) -> Format {
        do throws(FormatLookupError) { return try Format.named(name) } catch {
            throw ClaimsError("claim names the format '\(name)', which floatscope does not know: \(error)")
        }
    }

    /// The float record and facts of the format named `name`.
    static func floatFacts(_ name: String) throws(ClaimsError) -> (Format, FloatSemantics, FormatFacts) {
        let f = try format(name)
        guard let s = f.floatSemantics else { throw ClaimsError("claim needs a float format, and '\(name)' is not one") }
        return (f, s, FormatFacts(f))
    }

    /// The block codec named `name`.
    static func codec(_ name: String) throws(ClaimsError) -> any BlockCodec {
        do throws(BlockFormatError) { return try BlockCodecRegistry.codec(name) } catch {
            throw ClaimsError("claim names the block format '\(name)', which floatscope does not know: \(error)")
        }
    }

    /// A layout's stored bits per value as an exact rational: block bits over block values, plus a
    /// group's bits over the group's values.
    static func bitsPerValue(_ layout: BlockLayout) -> Rational {
        guard layout.valuesPerBlock > 0 else { return Rational(integer: layout.element.bitWidth) }
        let block = Rational(layout.bitsPerBlock, over: layout.valuesPerBlock)
        guard layout.blocksPerGroup > 0 else { return block }
        return block + Rational(layout.groupBits, over: layout.blocksPerGroup * layout.valuesPerBlock)
    }

    /// The finite magnitude of an exact value (every figure read here is finite and non-negative).
    static func magnitude(_ v: ExactValue?) throws(ClaimsError) -> Rational {
        guard let v, !v.isNegative, let r = v.finiteMagnitude else { throw ClaimsError("a figure the claim needs is not a finite positive value") }
        return r
    }

    /// Bytes as gigabytes (10^9 bytes) and gibibytes (2^30 bytes).
    static func gigabytes(_ bytes: Rational) -> (gb: Rational, gib: Rational) {
        (bytes / Rational(significand: 1, decimalExponent: 9), bytes / Rational(significand: 1, exponent: 30))
    }

    /// Whether `value`, cut to as many significant digits as the quoted `claimed` has, is `claimed`:
    /// how a quoted figure such as 6.1e-5 is matched to the value it rounds.
    static func matchesAtQuotedDigits(_ value: Rational, claimed: Rational) -> Bool {
        guard !value.isZero, !claimed.isZero, let (digits, _) = claimed.terminatingDecimalDigits else { return value == claimed }
        let cut = value.significantDigits(String(digits).count)
        return Rational(significand: cut.digits, decimalExponent: cut.exponent) == claimed
    }

    /// A name shown the same in both languages.
    static func same(_ text: String) -> LocalizedText { LocalizedText(en: text, zh: text) }
}
