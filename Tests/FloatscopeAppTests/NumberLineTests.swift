import FormatCore
import Testing
import TUICore
@testable import FloatscopeApp

/// The Values screen's number line at the ends of a format: infinities and NaN (defect 1 of
/// issue 13: the axis trapped whenever the value was an infinity in the format).
@Suite("Values: number line at infinities and NaN")
struct NumberLineTests {
    /// The Values screen of a value in formats, after a script, drawn at two sizes.
    static func frames(_ value: String, formats: [Format] = BitsScreen.defaultFormats, script: String = "") throws -> [(AppModel, String)] {
        try [(80, 24), (200, 60)].map { size in
            let (model, _) = try TestSupport.play(TestSupport.model(value, formats: formats, width: size.0, height: size.1), script: "2 " + script)
            return (model, TestSupport.text(model))
        }
    }

    @Test("an infinity is drawn beyond the finite axis, with the largest finite values",
          arguments: [("inf", [Format.fp32], ""), ("-inf", [.fp32], ""), ("1e39", [.fp32], ""), ("70000", [.fp16], ""),
                      ("65504", [.fp16], "right right"), ("-65504", [.fp16], "left"), ("inf", [.bf16], "+ + + + + - - - - - - - -")])
    func infinityOnTheNumberLine(value: String, formats: [Format], script: String) throws {
        for (model, text) in try Self.frames(value, formats: formats, script: script) {
            let values = model.screens.values
            #expect(values.format.decode(values.cursor).category == .infinity)
            let codes = values.visibleCodes()
            #expect(!codes.isEmpty && codes.allSatisfy { values.format.decode($0).isFinite })
            let largest = value.hasPrefix("-") ? FormatFacts(values.format).minFinite : FormatFacts(values.format).maxFinite
            #expect(codes.contains { values.format.decode($0).exact == largest })
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines[5].contains(value.hasPrefix("-") ? "-inf" : "inf"))
            #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= model.size.width })
        }
    }

    @Test func stepsBackFromInfinityToTheLargestFiniteValue() throws {
        let (model, _) = try TestSupport.play(TestSupport.model("70000", formats: [.fp16]), script: "2 left")
        #expect(model.screens.values.cursor == 0x7bff)
        // The largest value is the top of the axis: eight values below it, none above.
        #expect(model.screens.values.visibleCodes().count == 9)
    }

    @Test func nanHasNoPlaceOnTheAxis() throws {
        for (model, text) in try Self.frames("nan", formats: [.fp16], script: "left right pgup +") {
            #expect(model.screens.values.visibleCodes().isEmpty)
            #expect(text.contains("NaN has no place on the number line"))
        }
    }
}
