import FormatCore
import Testing
import TUICore
@testable import FloatscopeApp

/// Stochastic rounding in the `r` cycle, shown as the exact odds of both outcomes (issue 13, defect 11).
@Suite("Stochastic rounding: in the cycle, shown as odds")
struct StochasticRoundingTests {
    @Test func theRoundingCycleReachesStochasticRounding() throws {
        let (model, _) = try TestSupport.play(TestSupport.model(), script: "r r r r r")
        #expect(model.session.rounding == .stochastic(seed: 0))
        let (back, _) = TestSupport.play(model, [.key(.char("r"))])
        #expect(back.session.rounding == .nearestEven)
    }

    @Test func rowsShowTheExactOddsOfRoundingUpAndDown() throws {
        let (model, _) = try TestSupport.play(TestSupport.model("0.1", formats: [.fp32, .int(8), .fp16], width: 120, height: 40), script: "r r r r r")
        // 0.1 lies 0.8 of an ulp above fp32's 0x3dcccccc: up with 0.8, down with 0.2, exactly.
        let fp32 = try #require(model.bits.facts.rows[0].odds)
        #expect(fp32.below == 0x3dcc_cccc && fp32.above == 0x3dcc_cccd)
        #expect(fp32.up == Rational(4) / Rational(5) && fp32.down == Rational(1) / Rational(5))
        #expect(model.bits.facts.rows[0].badge == "↑ 0.8 ↓ 0.2")
        #expect(model.bits.facts.rows[1].badge == "↑ 0.1 ↓ 0.9")
        let text = TestSupport.text(model)
        #expect(text.contains("stochastic up to ≈0.1 with P = 0.8, down to ≈0.099999994 with P = 0.2"))
        // Odds add up to one, whatever the value.
        for row in model.bits.facts.rows { if let odds = row.odds { #expect(odds.up + odds.down == Rational(1)) } }
    }
}
