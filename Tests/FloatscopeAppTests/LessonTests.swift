import FormatCore
import Foundation
import Testing
import TUICore
@testable import FloatscopeApp

/// Lessons: every step of every lesson in both languages, the caption figures, the keys.
@Suite("Lessons")
struct LessonTests {
    /// Every (lesson, step, language).
    static let cases: [(Lesson, Int, Language)] = LessonCatalog.all.flatMap { lesson in
        lesson.steps.indices.flatMap { step in Language.allCases.map { (lesson, step, $0) } }
    }

    /// A model showing a lesson step.
    static func model(_ lesson: Lesson, step: Int, language: Language, width: Int = 80, height: Int = 24) throws -> AppModel {
        var configuration = AppConfiguration(language: language)
        configuration.lessonName = lesson.name
        configuration.lessonStep = step
        return try AppModel(configuration: configuration, size: Size(width: width, height: height))
    }

    @Test("every caption and step value is a template whose literal text holds no typed figure")
    func noTypedFigures() throws {
        for (lesson, step, language) in Self.cases {
            let data = lesson.steps[step]
            let template = try CaptionTemplate(data.caption(language))
            #expect(template.typedFigures.isEmpty, "\(lesson.name) step \(step + 1) \(language): \(template.typedFigures)")
            #expect(template.segments.contains { if case .figure = $0 { return true } else { return false } },
                    "\(lesson.name) step \(step + 1) \(language) shows no computed figure")
        }
    }

    @Test("the typed-figure check finds figures written by hand")
    func typedFigureCheckCanFail() throws {
        #expect(try CaptionTemplate("fp16's largest value is 65504").typedFigures == ["65504"])
        #expect(try CaptionTemplate("down to 2^-24 in fp16").typedFigures == ["2^", "24"])
        #expect(try CaptionTemplate("一个 7B 模型").typedFigures == ["7B"])
        #expect(try CaptionTemplate("fp16, e4m3fn, Q4_K_M and nf4:64 are names: {max fp16}").typedFigures.isEmpty)
    }

    @Test("every step renders at 80x24 and 120x40 in both languages with its whole caption and figures filled")
    func everyStepRenders() throws {
        for (lesson, step, language) in Self.cases {
            for (width, height) in [(80, 24), (120, 40)] {
                let model = try Self.model(lesson, step: step, language: language, width: width, height: height)
                let where_ = "\(lesson.name) step \(step + 1) \(language) \(width)x\(height)"
                let state = try #require(model.lesson, "\(where_): no lesson shown (\(String(describing: model.session.flash)))")
                #expect(state.step == step)
                #expect(model.active == lesson.steps[step].screen, "\(where_)")
                #expect(!state.caption.contains("{") && !state.caption.contains("}"), "\(where_): \(state.caption)")
                #expect(!state.caption.contains("= ≈"), "\(where_): '=' before a rounded figure: \(state.caption)")
                #expect(1 + state.captionLines(width: width).count <= LessonState.maximumRows, "\(where_): caption cut")
                #expect(model.screenArea.height >= 12, "\(where_): the screen keeps \(model.screenArea.height) rows")
                let frame = App.view(model, context: .plain).plainText()
                let header = DisplayWidth.of(state.header) + 4 <= width ? state.header : state.shortHeader
                #expect(frame.contains(header), "\(where_): the header is cut")
                #expect(DisplayWidth.of(header) + 4 <= width, "\(where_): even the short header is too wide")
                let lastRow = try #require(state.captionLines(width: width).last).plainText
                #expect(frame.contains(lastRow), "\(where_): the caption's last row is not on screen")
                if let spec = lesson.steps[step].blockFormat {
                    #expect(BlockCodecRegistry.key(model.screens.blocks.codec.name) == BlockCodecRegistry.key(spec), "\(where_)")
                }
            }
        }
    }

    @Test("figures come from the core: format facts, one rounding step, block layouts, exact arithmetic")
    func figures() throws {
        func fill(_ text: String, value: String = "0.1") throws -> String {
            try CaptionTemplate(text).filled(with: FigureEvaluator(value: try ValueParser.parse(value).value))
        }
        #expect(try fill("{max fp16}") == "65504")
        #expect(try fill("{min-subnormal fp16|pow2}") == "2^-24")
        let standard = try fill("{min-subnormal fp16}")
        #expect(standard == "≈5.96e-08")
        #expect(try fill("s {/ 1 127|=r4}, z {round 42.5|=}") == "s ≈ 0.007874, z = 42")
        #expect(try fill("{min-subnormal fp16|r3}") == "≈5.96e-08")
        #expect(try fill("{stored bf16 value|exact}") == "0.10009765625")
        #expect(try fill("{stored fp16 value}", value: "72000") == "inf")
        #expect(try fill("{err bf16 value}", value: "72000") == "192")
        #expect(try fill("{bpv nf4:64+dq}") == "4.126953125")
        #expect(try fill("{bpv q4_k} {block-bytes q4_k} {block-size q6_k}") == "4.5 144 256")
        #expect(try fill("{- (bpv nf4:64) (bpv nf4:64+dq)}") == "0.373046875")
        #expect(try fill("{round 42.5} {round 43.5} {round -2.5}") == "42 44 -2")
        #expect(try fill("{/ (eps bf16) (eps fp16)}") == "8")
        #expect(try fill("{gb (* 7e9 2)}") == "14")
        #expect(try fill("{exp (- 0 20)|double}") == "\(Foundation.exp(-20.0))")
        #expect(try fill("{/ 1 3}") == "≈0.3333")
        // Q4_K_M on Llama-2-7B by llama-quantize's rules: 193 Q4_K, 33 Q6_K and 65 F32 tensors (the claims' reference).
        #expect(try fill("{mix-model}: {mix-params q4_k_m|exact} parameters, {mix-bpv q4_k_m|r4} bits per value") == "Llama-2-7B: 6738415616 parameters, ≈4.844 bits per value")
        #expect(try fill("{rel-err e4m3fn value|pct}", value: "0.35") == "≈1.79%")
        #expect(throws: FigureError.self) { try fill("{frobnicate fp16}") }
        #expect(throws: FigureError.self) { try fill("{max fp17}") }
        #expect(throws: FigureError.self) { try fill("{max fp16") }
        #expect(throws: FigureError.self) { try fill("{max fp16|r99}") }
        #expect(throws: FigureError.self) { try fill("{(max fp16}") }
    }

    @Test("→ and n go on, ← and p go back to the same frame, Esc leaves and keeps the state")
    func keys() throws {
        let lesson = try #require(LessonCatalog.named("overflow"))
        let start = try Self.model(lesson, step: 0, language: .en)
        let first = App.view(start, context: .plain).plainText()
        var (model, _) = try TestSupport.play(start, script: "right")
        #expect(model.lesson?.step == 1)
        #expect(model.session.source.value.doubleValue == Foundation.exp(-20.0))
        (model, _) = try TestSupport.play(model, script: "n")
        #expect(model.lesson?.step == 2)
        (model, _) = try TestSupport.play(model, script: "n")
        #expect(model.lesson?.step == 2, "past the last step it stays")
        (model, _) = try TestSupport.play(model, script: "p left")
        #expect(model.lesson?.step == 0)
        #expect(App.view(model, context: .plain).plainText() == first)
        (model, _) = try TestSupport.play(model, script: "esc")
        #expect(model.lesson == nil)
        #expect(model.session.source.text == "72000", "leaving keeps the value")
        #expect(model.screenArea.height == 22, "the caption box is gone")
    }

    @Test("typing a value in a lesson: n and p go to the line editor, not to the lesson")
    func editingKeepsLetters() throws {
        let lesson = try #require(LessonCatalog.named("anatomy"))
        let start = try Self.model(lesson, step: 0, language: .en)
        let (model, _) = try TestSupport.play(start, script: "/ n a n enter")
        #expect(model.lesson?.step == 0)
        #expect(model.session.source.value.isNaN)
    }

    @Test("L opens the lesson menu; ↓ and Enter start the second lesson; Esc closes the menu")
    func menu() throws {
        let start = try TestSupport.model("1", width: 80, height: 24)
        var (model, _) = try TestSupport.play(start, script: "L")
        #expect(model.lessonMenu == 0)
        #expect(App.view(model, context: .plain).plainText().contains(LessonCatalog.all[1].title.en))
        (model, _) = try TestSupport.play(model, script: "down enter")
        #expect(model.lessonMenu == nil)
        #expect(model.lesson?.lesson.name == LessonCatalog.all[1].name)
        (model, _) = try TestSupport.play(model, script: "L esc")
        #expect(model.lessonMenu == nil && model.lesson != nil)
    }

    @Test("the effects of a step's keys are returned (a sweep started by Enter on the Sweep screen)")
    func startEffects() throws {
        let lesson = Lesson(name: "t", title: LocalizedText(en: "t", zh: "t"), steps: [
            LessonStep(screen: .sweep, value: "1", formats: ["fp16"], keys: "enter", caption: LocalizedText(en: "{max fp16}", zh: "{max fp16}")),
        ])
        var model = try TestSupport.model("1", width: 80, height: 24)
        let effects = model.showLessonStep(lesson, step: 0)
        #expect(effects.contains { if case .startSweep = $0 { return true } else { return false } })
    }

    @Test("the language comes from the locale: zh for zh_CN.UTF-8, else English")
    func language() {
        #expect(Language.fromLocale("zh_CN.UTF-8") == .zh)
        #expect(Language.fromLocale("en_US.UTF-8") == .en)
        #expect(Language.fromLocale("C.UTF-8") == .en)
        #expect(Language.fromLocale(nil) == .en)
    }
}
