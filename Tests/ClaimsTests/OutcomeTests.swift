import Testing
@testable import Claims

/// Verdicts follow the computed figures, not the record: the same computations on other quoted
/// numbers or other formats reach other outcomes.
@Suite struct OutcomeTests {
    /// The first record of the catalogue with `id`, with other quoted numbers or another kind.
    func variant(_ id: String, quoted: [QuotedNumber]? = nil, kind: ClaimKind? = nil) throws -> ClaimRecord {
        let r = try #require(ClaimCatalog.records.first { $0.id == id })
        return ClaimRecord(id: r.id, statement: r.statement, quoted: quoted ?? r.quoted, kind: kind ?? r.kind, outcomes: r.outcomes)
    }

    @Test("quoting FP16's smallest subnormal (5.96e-8) makes the claim true; 1e-7 is neither value")
    func smallestPositiveOutcomes() throws {
        let label = LocalizedText(en: "claimed", zh: "claimed")
        let right = try ClaimEvaluator.check(variant("fp16-smallest-positive", quoted: [QuotedNumber(key: "claimed", text: "5.96e-8", label: label)]))
        #expect(right.verdict == .correct)
        let neither = try ClaimEvaluator.check(variant("fp16-smallest-positive", quoted: [QuotedNumber(key: "claimed", text: "1e-7", label: label)]))
        #expect(neither.outcome.id == "neither")
        #expect(neither.verdict == .incorrect)
    }

    @Test("E5M2 for gradients and E4M3 for weights is the right way round")
    func rolesRight() throws {
        let c = try ClaimEvaluator.check(variant("fp8-roles", kind: .fp8Roles(gradients: "e5m2", weights: "e4m3fn")))
        #expect(c.verdict == .correct)
    }

    @Test("Q8_0 against FP32 is more than twice smaller; a 404 GB claim for 404B FP8 parameters holds")
    func sizesHold() throws {
        let q8 = try ClaimEvaluator.check(variant("q8-0-halves-fp16", kind: .blockRatio(codec: "q8_0", reference: "fp32")))
        #expect(q8.verdict == .correct)
        let label = LocalizedText(en: "x", zh: "x")
        let fp8 = try ClaimEvaluator.check(variant("fp8-671b-size", quoted: [
            QuotedNumber(key: "params", text: "404B", reading: .parameterCount, unit: .parameters, label: label),
            QuotedNumber(key: "claimed", text: "404", unit: .gigabytes, label: label)]))
        #expect(fp8.verdict == .correct)
    }

    @Test("QLoRA: a 40B model's NF4 weights fit 24 GB")
    func qloraFits() throws {
        let label = LocalizedText(en: "x", zh: "x")
        let c = try ClaimEvaluator.check(variant("qlora-70b-one-card", quoted: [
            QuotedNumber(key: "params", text: "40B", reading: .parameterCount, unit: .parameters, label: label),
            QuotedNumber(key: "card", text: "24", unit: .gigabytes, label: label)]))
        #expect(c.verdict == .correct)
    }

    @Test("bf16 against itself is the same range; fp16 against fp32 is not")
    func ranges() throws {
        #expect(try ClaimEvaluator.check(variant("bf16-range-fp32", kind: .sameRange(format: "bf16", reference: "bf16"))).verdict == .correct)
        #expect(try ClaimEvaluator.check(variant("bf16-range-fp32", kind: .sameRange(format: "fp16", reference: "fp32"))).verdict == .incorrect)
    }

    @Test("a record naming an unknown format or an unreadable quoted number is refused with a message")
    func badRecords() throws {
        #expect(throws: ClaimsError.self) { try ClaimEvaluator.check(variant("bf16-range-fp32", kind: .sameRange(format: "fp17", reference: "fp32"))) }
        let label = LocalizedText(en: "x", zh: "x")
        do {
            _ = try ClaimEvaluator.check(variant("fp16-smallest-positive", quoted: [QuotedNumber(key: "claimed", text: "six", label: label)]))
            Issue.record("an unreadable quoted number was accepted")
        } catch let error as ClaimsError {
            #expect(error.description.contains("six"))
        }
    }
}
