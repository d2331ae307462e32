import Claims
import Testing
import TUICore
@testable import FloatscopeApp

/// The Claims screen: snapshots in English, Chinese and ASCII, its keys, and the screen numbers.
@Suite struct ClaimsScreenTests {
    @Test func snapshots() throws {
        for (width, height) in [(80, 24), (120, 40)] {
            let (first, _) = try TestSupport.play(TestSupport.model(width: width, height: height), script: "9")
            Snapshot.check(TestSupport.text(first), named: "claims-first-\(width)x\(height)")
            let (chinese, _) = try TestSupport.play(TestSupport.model(width: width, height: height), script: "9 j l")
            Snapshot.check(TestSupport.text(chinese), named: "claims-zh-second-\(width)x\(height)")
            let (mix, _) = try TestSupport.play(TestSupport.model(width: width, height: height), script: "9 j j j")
            Snapshot.check(TestSupport.text(mix, context: .ascii), named: "claims-mix-ascii-\(width)x\(height)")
        }
    }

    @Test("j and k choose the claim within the list; l switches the language; the detail shows the selected claim's figures")
    func keys() throws {
        let count = try ClaimEvaluator.checkAll().count
        let (model, _) = try TestSupport.play(TestSupport.model(width: 120, height: 40), script: "9 " + String(repeating: "j ", count: count + 2))
        #expect(model.active == .claims)
        #expect(model.screens.claims.selected == count - 1)
        let (back, _) = try TestSupport.play(model, script: String(repeating: "k ", count: count + 2) + "l")
        #expect(back.screens.claims.selected == 0)
        #expect(back.screens.claims.language == .zh)
        let text = TestSupport.text(back)
        #expect(text.contains("2^-24 ≈5.96e-08"))
        #expect(text.contains("错误"))
    }

    @Test("a number key without a screen names the screens by their numbers (0 is none)")
    func missingScreenNumber() throws {
        let (model, _) = try TestSupport.play(TestSupport.model(), script: "0")
        #expect(model.session.flash?.tone == .warning)
        #expect(model.session.flash?.text.contains("7 Model, 8 Lab, 9 Claims") == true, "\(model.session.flash?.text ?? "")")
        #expect(model.session.flash?.text.contains("1-8") == false)
    }
}
