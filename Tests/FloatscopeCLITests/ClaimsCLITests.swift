import Foundation
import FormatCore
import Testing

/// `floatscope claims` as a user runs it: the text table in both languages, JSON that parses back
/// to the exact figures, the language from LANG, and a bad --lang.
@Suite struct ClaimsCLITests {
    /// Terminal columns of a string, counted here independently of TUICore: CJK ideographs, CJK
    /// punctuation and fullwidth forms take two, everything else in this output one.
    static func columns(_ s: Substring) -> Int {
        s.unicodeScalars.reduce(0) { n, u in
            let v = u.value
            return n + ((0x3000...0x303F).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xFF00...0xFF60).contains(v) ? 2 : 1)
        }
    }

    /// The rows of the summary table (after its rule, up to the first empty line).
    static func summaryRows(_ text: String) -> [Substring] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let rule = lines.firstIndex(where: { $0.hasPrefix("-  ") }) else { return [] }
        return Array(lines[(rule + 1)...].prefix { !$0.isEmpty })
    }

    @Test("claims: a table of the nine statements with their verdicts, each claim's figures after it")
    func text() throws {
        let out = try CLI.run(["claims", "--lang", "en"])
        #expect(out.status == 0)
        let rows = Self.summaryRows(out.text)
        #expect(rows.count >= 9)
        #expect(rows.first?.hasPrefix("1  FP16's smallest positive value is 6.1e-5") == true && rows.first?.hasSuffix("false") == true)
        #expect(rows.contains { $0.contains("E4M3 suits gradients and E5M2 weights") && $0.hasSuffix("backwards") })
        #expect(rows.contains { $0.contains("BF16 has the same range as FP32") && $0.hasSuffix("partly") })
        #expect(out.text.contains("fp16 smallest positive (subnormal)") && out.text.contains("2^-24 ≈5.96e-08"))
        #expect(out.text.contains("671 GB (≈624.9 GiB)"))
        #expect(out.text.contains("4.126953125 bits/value"))
    }

    @Test("claims --lang zh: Chinese text, and the verdict column lines up in terminal columns")
    func chinese() throws {
        let out = try CLI.run(["claims", "--lang", "zh"])
        #expect(out.status == 0)
        #expect(out.text.contains("说反了") && out.text.contains("结论"))
        let rows = Self.summaryRows(out.text)
        #expect(rows.count >= 9)
        // Each verdict starts at the same column: the row's width minus the verdict's.
        let verdicts = ["部分正确", "说反了", "错误", "正确"]
        let starts = rows.map { row -> Int in
            let v = verdicts.first { row.hasSuffix($0) } ?? ""
            return Self.columns(row) - Self.columns(Substring(v))
        }
        #expect(Set(starts).count == 1, "verdict columns \(starts)")
    }

    @Test("claims --json: every figure's number parses back to the nearest double of its exact string")
    func json() throws {
        let out = try CLI.run(["claims", "--json", "--lang", "en"])
        #expect(out.status == 0)
        let root = try out.json()
        #expect(root["language"] as? String == "en")
        let claims = try #require(root["claims"] as? [[String: Any]])
        #expect(claims.count >= 9)
        let verdicts = Dictionary(uniqueKeysWithValues: claims.map { ($0["id"] as? String ?? "", $0["verdict"] as? String ?? "") })
        #expect(verdicts["fp8-roles"] == "backwards")
        #expect(verdicts["fp16-smallest-positive"] == "false")
        #expect(verdicts["q8-0-halves-fp16"] == "partly")
        let exacts = claims.flatMap { ($0["figures"] as? [[String: Any]] ?? []).map { $0["exact"] as? String ?? "" } }
        let raw = TrustCLITests.rawNumbers(out.text, "value")
        #expect(raw.count == exacts.count)
        for (number, exact) in zip(raw, exacts) {
            let value = try ValueParser.parse(exact).value
            #expect(number == value.doubleValue, "\(exact) printed as \(String(describing: number))")
        }
        let first = try #require(claims.first?["figures"] as? [[String: Any]])
        let subnormal = try #require(first.first { $0["key"] as? String == "smallest_subnormal" })
        #expect(subnormal["exact"] as? String == "5.9604644775390625e-08")
        #expect(subnormal["value_is_exact"] as? Bool == true)
    }

    @Test("the language follows LANG when --lang is not given")
    func fromLANG() throws {
        let zh = try CLI.run(["claims"], environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": nil, "LC_MESSAGES": nil])
        #expect(zh.status == 0 && zh.text.contains("说反了"))
        let en = try CLI.run(["claims"], environment: ["LANG": "en_US.UTF-8", "LC_ALL": nil, "LC_MESSAGES": nil])
        #expect(en.status == 0 && en.text.contains("backwards") && !en.text.contains("说反了"))
    }

    @Test("a bad --lang exits 2 naming the value and the accepted ones")
    func badLanguage() throws {
        let out = try CLI.run(["claims", "--lang", "fr"])
        #expect(out.status == 2)
        #expect(out.stdout.isEmpty)
        #expect(out.stderr.contains("--lang") && out.stderr.contains("'fr'") && out.stderr.contains("en") && out.stderr.contains("zh"))
    }
}
