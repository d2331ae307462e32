import FormatCore
import Sweep
import Testing
import TUICore
@testable import FloatscopeApp

/// Range labels, Sweep statistics and the NF4 construction (issue 13, defect 5): every number is
/// the exact value or carries ≈, never a rounded text that reads as exact.
@Suite("Figures exact or marked ≈")
struct MarkedFiguresTests {
    /// Whether `token` is a number written without ≈ (`-0.5`, `3.4e38`, `59.605n`, `12%`).
    static func isUnmarkedNumber(_ token: Substring) -> Bool {
        guard let first = token.first, !token.hasPrefix(ValueText.roundedMark), !token.hasPrefix("~") else { return false }
        return first.isNumber || (first == "-" && token.dropFirst().first?.isNumber == true)
    }

    /// The value a token without ≈ stands for, SI suffixes and % taken as written.
    static func value(of token: Substring) -> ExactValue? {
        var text = String(token)
        if text.hasSuffix("%") { text.removeLast() }
        return try? ValueParser.parse(text).value
    }

    @Test func rangeEndLabelsAreExactOrMarked() throws {
        let max = RangeBar.text(FormatFacts(.fp32).maxFinite, in: .fp32)
        for width in 3...RangeBar.labelWidth {
            let t = max.text(width: width)
            #expect(t == "340282346638528859811704183484516925440" || t.hasPrefix("≈"), "width \(width): \(t)")   // once "3.4e38"
        }
        #expect(max.widest == "≈3.4028235e+38")   // tells max from its neighbour below and from overflow above
        let fp16 = FormatFacts(.fp16)
        #expect(RangeBar.text(fp16.smallestPositive!, in: .fp16).widest.hasPrefix("≈"))   // once "59.605n"
        #expect(RangeBar.text(fp16.smallestNormal!, in: .fp16).widest == "6.103515625e-05")
        #expect(RangeBar.text(fp16.maxFinite, in: .fp16).widest == "65504")
        // On screen: every end label is exact (it parses to the format's value) or marked.
        let model = try TestSupport.play(TestSupport.model(width: 200, height: 60), script: "3").0
        let lines = TestSupport.text(model).split(separator: "\n")
        let exactEnds = BitsScreen.defaultFormats.flatMap { f -> [ExactValue] in
            let facts = FormatFacts(f)
            return [facts.smallestPositive, facts.smallestNormal, facts.maxFinite].compactMap { $0 }
        }
        var labels = 0
        for line in lines.dropFirst(3).prefix(18) where line.first == " " && line.dropFirst().first == " " {
            for token in line.split(separator: " ") where token != "│" {
                labels += 1
                guard Self.isUnmarkedNumber(token) else { continue }
                let v = try #require(Self.value(of: token), "label \(token)")
                #expect(exactEnds.contains { $0.compare(v) == 0 }, "unmarked label \(token) is not a format's value")
            }
        }
        #expect(labels >= 20)
    }

    @Test func sweepStatisticsAreExactOrMarked() throws {
        for (width, height) in [(80, 24), (200, 60)] {
            let (model, _) = try TestSupport.play(TestSupport.model(width: width, height: height), script: "5 enter")
            let (done, _) = TestSupport.play(model, [.sweepFinished(1, SweepFixtures.finished)])
            let text = TestSupport.text(done)
            let figures = SweepFixtures.finished.flatMap { f -> [ExactValue] in
                let s = f.statistics
                return [f.bitsPerValue, s.rmse, s.sqnr, s.meanRelativeError, s.maxRelativeError, f.elapsed].map { ExactValue($0) }
            }
            let rows = text.split(separator: "\n").filter { line in SweepFixtures.finished.contains { line.dropFirst(3).hasPrefix($0.target + " ") } }
            #expect(rows.count == SweepFixtures.finished.count)
            for row in rows {
                for token in row.split(separator: " ").dropFirst(2) where Self.isUnmarkedNumber(token) {
                    let v = try #require(Self.value(of: token))
                    // Unmarked: a count (a whole number) or exactly one of the figures.
                    let whole = v.finiteMagnitude.map { $0.denominator == 1 || $0.reduced().denominator == 1 } ?? false
                    #expect(whole || figures.contains { $0.compare(v) == 0 }, "\(width)x\(height): '\(token)' in \(row)")
                }
            }
            // The histogram's shares and the title's figures.
            #expect(!text.contains("1.30e-03") && text.contains("mean rel ≈0.0013"))
            #expect(text.contains(" ≈14%") || text.contains(" ≈13.7%") || text.contains(" 14.0625%"))
        }
        #expect(SweepScreen.number(0.25) == "0.25" && SweepScreen.number(0.1) == "≈0.1")
        #expect(SweepScreen.percent(1, of: 4, width: 6) == "25%" && SweepScreen.percent(1, of: 3, width: 6) == "≈33%")
        #expect(SweepScreen.duration(1.04).hasPrefix("≈"))
    }

    @Test func nf4ConstructionListsAreExactOrMarked() throws {
        let (model, _) = try TestSupport.play(TestSupport.model(width: 200, height: 60), script: "4 i")
        let text = TestSupport.text(model)
        let levels = Quantizer.all[0].levels.map { ExactValue($0) }
        var numbers = 0
        for line in text.split(separator: "\n") where line.hasPrefix("    ") {
            for token in line.split(separator: " ") {
                numbers += 1
                guard Self.isUnmarkedNumber(token) else { continue }
                let v = try #require(Self.value(of: token))
                #expect(levels.contains { $0.compare(v) == 0 }, "unmarked '\(token)' is not an NF4 level")   // once "-0.6962"
            }
        }
        #expect(numbers >= 16 + 8 + 7)
        #expect(text.contains("Φ⁻¹(offset) ≈ 1.8481") && !text.contains("= 1.8481"))
        // The comparison table: shares and SQNR rounded, so marked.
        for q in Quantizer.all {
            let row = try #require(text.split(separator: "\n").last { $0.dropFirst().hasPrefix(q.name + " ") })
            for token in row.split(separator: " ").dropFirst(2) where Self.isUnmarkedNumber(token) {
                #expect(token == "dB", "\(q.name): unmarked '\(token)'")
            }
        }
    }

    @Test func numberLineSpacingSaysEqualsOnlyWhenExact() throws {
        let (model, _) = try TestSupport.play(TestSupport.model("1", formats: [.fp16], width: 100, height: 30), script: "2")
        let text = TestSupport.text(model)
        #expect(text.contains("2^-10 = 0.0009765625") && text.contains("2^-11 ≈ 0.000488"))   // once "2^-10 ≈ 0.000977"
    }
}
