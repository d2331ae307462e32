import Testing
@testable import Claims

/// Every claim renders in both languages, and no template carries a figure of its own.
@Suite struct TemplateTests {
    /// Digits, and the Chinese numerals a hand-typed number could hide in.
    static func numerals(_ text: String) -> [Character] {
        text.filter { $0.isASCII && $0.isNumber || "〇零一二三四五六七八九十百千万亿两半".contains($0) }
    }

    @Test("every claim renders its statement, verdict and explanation in English and Chinese, every placeholder filled")
    func rendersInBothLanguages() throws {
        for c in try ClaimEvaluator.checkAll() {
            for language in Language.allCases {
                let statement = c.statement(language), explanation = c.explanation(language)
                #expect(!statement.isEmpty && !explanation.isEmpty)
                #expect(!explanation.contains("{") && !explanation.contains("}"), "\(c.record.id) \(language): \(explanation)")
                #expect(!c.verdict.word(language).isEmpty)
                for f in c.figures { #expect(!f.label(language).isEmpty && !f.text(language).isEmpty) }
            }
            #expect(c.explanation(.zh).unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(c.record.id) has no Chinese explanation")
            #expect(c.explanation(.en) != c.explanation(.zh))
        }
    }

    @Test("explanation templates and verdict words hold no digit or numeral outside their placeholders")
    func noTypedFigures() {
        for record in ClaimCatalog.records {
            for outcome in record.outcomes {
                for language in Language.allCases {
                    let literal = ClaimTemplate.literalText(outcome.explanation(language))
                    #expect(Self.numerals(literal).isEmpty, "\(record.id)/\(outcome.id) \(language) types \(String(Self.numerals(literal)))")
                }
            }
        }
        for verdict in Verdict.allCases {
            for language in Language.allCases { #expect(Self.numerals(verdict.word(language)).isEmpty) }
        }
    }

    @Test("the digit check catches a typed figure, and a placeholder nothing computes is refused")
    func checksCanFail() throws {
        #expect(Self.numerals(ClaimTemplate.literalText("{format} has {bits} bits, about 4")) == ["4"])
        #expect(Self.numerals(ClaimTemplate.literalText("约为四位")) == ["四"])
        #expect(Self.numerals(ClaimTemplate.literalText("{g_max} and {w_max}")).isEmpty)
        #expect(throws: ClaimsError.self) { try ClaimTemplate.fill("{missing} here", ["other": "1"]) }
        #expect(try ClaimTemplate.fill("a {x} b", ["x": "2^-24"]) == "a 2^-24 b")
    }

    @Test("statements show only their quoted numbers; outside placeholders digits appear only inside format names")
    func statementsQuote() throws {
        for record in ClaimCatalog.records {
            let keys = Set(record.quoted.map(\.key))
            for language in Language.allCases {
                let template = record.statement(language)
                #expect(Set(ClaimTemplate.placeholders(in: template)).isSubset(of: keys))
                // Remove names such as FP16, E4M3, Q4_K_M, Q8_0 (a letter, then letters, digits, '_').
                var rest = "", name = false, previous: Character = " "
                for ch in ClaimTemplate.literalText(template) {
                    if ch.isLetter && ch.isASCII && !(previous.isLetter || previous.isNumber) { name = true }
                    if !(ch.isASCII && (ch.isLetter || ch.isNumber || ch == "_")) { name = false }
                    if !name { rest.append(ch) }
                    previous = ch
                }
                #expect(rest.filter { $0.isASCII && $0.isNumber }.isEmpty, "\(record.id): \(template)")
            }
            for q in record.quoted { _ = try q.value() }
        }
    }

    @Test("rendered explanations: with the figures, quoted numbers and names taken out, no digit is left")
    func digitsFromFigures() throws {
        for c in try ClaimEvaluator.checkAll() {
            for language in Language.allCases {
                var text = c.explanation(language)
                var sources = c.figures.map { $0.text(language) } + c.record.quoted.map(\.text) + c.names.values.map { $0(language) }
                sources.sort { $0.count > $1.count }
                for s in sources { text = text.replacingOccurrences(s, "") }
                #expect(Self.numerals(text).isEmpty, "\(c.record.id) \(language): '\(text)' holds a number no figure gave")
            }
        }
    }
}

extension String {
    /// Every occurrence of `target` replaced (Foundation-free).
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = "", rest = Substring(self)
        while let range = rest.range(of: target) {
            out += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
