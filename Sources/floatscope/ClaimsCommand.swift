import ArgumentParser
import Claims
import Foundation

/// `floatscope claims`: statements that circulate about the formats, each with the verdict and the
/// deciding figures computed now from the format, block and mix records.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Check statements that circulate about ML number formats: each verdict and figure computed, none typed.",
        discussion: """
            Each claim is a record: the statement with the numbers it quotes, the computation that decides it (format facts, \
            block layouts, llama.cpp's mix rules on a Llama-2-7B shape) and its possible outcomes. ≈ marks a rounded figure; \
            GB are 10^9 bytes, GiB 2^30. --json gives every figure as a number that parses back to the nearest double and as \
            an exact string. The language is --lang, else the locale's (LC_ALL, LC_MESSAGES, LANG: Chinese for zh_*), else English.
            """)

    @Option(name: .long, help: ArgumentHelp("Language: en (English) or zh (Simplified Chinese); default from LC_ALL, LC_MESSAGES or LANG.", valueName: "lang"))
    var lang: LanguageChoice?
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        try runReportingErrors {
            let language = LanguageChoice.resolve(lang)
            let checks: [ClaimCheck]
            do throws(ClaimsError) { checks = try ClaimEvaluator.checkAll() } catch { throw CLIError(description: "claims: \(error.description)", status: 1) }
            if json {
                try JSONText.print(JSONClaims(language: language.rawValue, claims: checks.map { JSONClaim($0, language) }))
                return
            }
            try StandardStreams.writeOutput(Self.text(checks, language))
        }
    }

    /// The text report: a summary table, then each claim's explanation and figures.
    static func text(_ checks: [ClaimCheck], _ language: Language) -> String {
        let zh = language == .zh
        var out = zh ? "关于机器学习数值格式的常见说法，每条的结论和依据数字都由 floatscope 当场计算（≈ 表示取整后的数字；GB 为 10^9 字节，GiB 为 2^30 字节）。\n\n"
            : "Statements that circulate about ML number formats, each verdict and figure computed by floatscope now (≈ marks a rounded figure; GB = 10^9 bytes, GiB = 2^30).\n\n"
        var summary = TextTable(header: zh ? ["#", "说法", "结论"] : ["#", "claim", "verdict"], alignments: [.right])
        for (i, c) in checks.enumerated() { summary.rows.append([String(i + 1), c.statement(language), c.verdict.word(language)]) }
        out += summary.render()
        for (i, c) in checks.enumerated() {
            out += "\n\(i + 1). \(c.statement(language))\n"
            out += "   \(c.verdict.word(language))\(zh ? "：" : ": ")\(c.explanation(language))\n\n"
            var table = TextTable(header: zh ? ["依据", "数值"] : ["figure", "value"])
            for f in c.figures { table.rows.append([f.label(language) + (f.isQuoted ? (zh ? "（引述）" : " (quoted)") : ""), f.text(language)]) }
            out += table.render().split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "   " + $0 }.joined(separator: "\n")
        }
        return out
    }

    /// One figure in JSON: the nearest double as a number, the exact value as a string.
    struct JSONFigure: Encodable {
        let key: String, label: String, text: String, unit: String
        let value: Double, exact: String
        let value_is_exact, text_is_exact, quoted: Bool
        init(_ f: ClaimFigure, _ language: Language) {
            key = f.key; label = f.label(language); text = f.text(language); unit = f.unit.rawValue
            value = f.double; exact = f.exactText; value_is_exact = f.isExactDouble; text_is_exact = f.isExactText; quoted = f.isQuoted
        }
    }

    /// One claim in JSON.
    struct JSONClaim: Encodable {
        let id, statement, verdict, verdict_text, outcome, explanation: String
        let figures: [JSONFigure]
        init(_ c: ClaimCheck, _ language: Language) {
            id = c.record.id; statement = c.statement(language); verdict = c.verdict.rawValue; verdict_text = c.verdict.word(language)
            outcome = c.outcome.id; explanation = c.explanation(language); figures = c.figures.map { JSONFigure($0, language) }
        }
    }

    /// `claims --json`.
    struct JSONClaims: Encodable {
        let language: String
        let claims: [JSONClaim]
    }
}
