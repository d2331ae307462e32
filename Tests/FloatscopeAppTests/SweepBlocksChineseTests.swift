import Foundation
import FormatCore
import Sweep
import Testing
import TUICore
@testable import FloatscopeApp

/// The Sweep and Blocks screens in Simplified Chinese: every state walked with keys at 80x24 and
/// 120x40 leaves no English words (names of formats, keys and units allowed), no row wider than
/// the terminal, and the key labels in Chinese.
@Suite("Sweep and Blocks screens in Chinese")
struct SweepBlocksChineseTests {
    static let sizes = [(80, 24), (120, 40)]

    /// Names allowed besides ChineseCheck's: the words of the model fixture's tensor names (`token_embd.weight`).
    static let tensorNames: Set<String> = Set(ModelFixtures.handle.file.tensors.flatMap { ChineseCheck.words($0.name) })

    /// Identifiers that are names (a llama.cpp function a role cites).
    static let identifiers = ["get_scale_min_k4"]

    /// Whether a word is a name besides ChineseCheck's: a tensor name's word, hexadecimal digits
    /// after `0x` (`0xBE` gives `xbe`).
    static func isName(_ word: String) -> Bool {
        tensorNames.contains(word) || (word.first == "x" && ChineseCheck.isDigitsOrField(String(word.dropFirst())))
    }

    /// English words left in a frame: ChineseCheck's, less `isName`, `identifiers`, and a name cut
    /// by the terminal's right edge (`floa` of `float32`).
    static func englishWords(_ frame: CellBuffer) -> [String] {
        var found: [String] = []
        for y in 0..<frame.size.height {
            var row = frame.rowText(y)
            for identifier in identifiers { row = row.replacingOccurrences(of: identifier, with: " ") }
            if DisplayWidth.of(row) == frame.size.width {
                let tail = String(row.reversed().prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }.reversed()).lowercased()
                if !tail.isEmpty && (ChineseCheck.names.contains { $0.hasPrefix(ChineseCheck.words(tail).last ?? tail) }
                                     || identifiers.contains { $0.hasPrefix(tail) }) {
                    row.removeLast(tail.count)
                }
            }
            for word in ChineseCheck.words(row) where !ChineseCheck.names.contains(word) && !ChineseCheck.isDigitsOrField(word) && !isName(word)
                && !found.contains(word) {
                found.append(word)
            }
        }
        return found
    }

    /// The frame's problems: English words left, rows wider than the terminal, cells drawn outside it.
    static func problems(_ model: AppModel, _ name: String) -> [String] {
        let frame = App.view(model, context: .plain)
        var found: [String] = []
        let words = englishWords(frame)
        if !words.isEmpty { found.append("\(name) \(frame.size.width)x\(frame.size.height): English \(words)") }
        for y in 0..<frame.size.height where DisplayWidth.of(frame.rowText(y)) > frame.size.width {
            found.append("\(name) \(frame.size.width)x\(frame.size.height): row \(y) is \(DisplayWidth.of(frame.rowText(y))) columns wide")
        }
        if frame.strayCells > 0 { found.append("\(name) \(frame.size.width)x\(frame.size.height): \(frame.strayCells) stray cells") }
        return found
    }

    /// A Chinese model on the Sweep screen after a script and then `messages`.
    static func sweep(_ script: String, then messages: [Message] = [], width: Int, height: Int) throws -> AppModel {
        var (model, _) = try TestSupport.play(ChineseCheck.model(.sweep, width: width, height: height), script: script)
        (model, _) = TestSupport.play(model, messages)
        return model
    }

    /// The Sweep screen's states: idle with every source and target list, running, cancelling,
    /// finished and sorted, cancelled with partial figures, and the status messages of its keys.
    static let sweepStates: [(String, String, [Message])] = {
        let running: [Message] = [
            .sweepFigures(1, index: 0, SweepFixtures.finished[0]),
            .sweepFigures(1, index: 1, SweepFixtures.figures("fp16", bits: 16, error: 1e-4, partial: true)),
            .sweepProgress(1, SweepProgress(done: 98_304, total: 262_144, elapsed: 1.5)),
        ]
        let cancelled = [SweepFixtures.finished[0], SweepFixtures.figures("fp16", bits: 16, error: 1e-4, partial: true)]
        var states: [(String, String, [Message])] = [("idle", "", []), ("saturation on", "s", []), ("rounding", "r", [])]
        for n in 1...SweepSourcePreset.allCases.count { states.append(("source \(n)", String(repeating: "f ", count: n), [])) }
        for n in 1...SweepTargetPreset.allCases.count { states.append(("targets \(n)", String(repeating: "t ", count: n), [])) }
        states += [
            ("no sweep to cancel", "c", []),
            ("started", "enter", []),
            ("running", "enter", running),
            ("running, setup refused", "enter f", running),
            ("started twice", "enter", running + [.key(.enter)]),
            ("cancelling", "enter", running + [.key(.character("c", modifiers: []))]),
            ("finished", "enter", [.sweepFinished(1, SweepFixtures.finished)]),
            ("cancelled", "enter", [.sweepFinished(1, cancelled)]),
        ]
        for n in 1...SweepSortColumn.allCases.count {
            states.append(("sorted \(n)", "enter", [.sweepFinished(1, SweepFixtures.finished)] + Array(repeating: .key(.character("o", modifiers: [])), count: n)))
        }
        return states
    }()

    @Test("every Sweep state in Chinese: no English left, rows within the terminal")
    func sweepStatesAreChinese() throws {
        var found: [String] = []
        for (width, height) in Self.sizes {
            for (name, script, messages) in Self.sweepStates {
                found += Self.problems(try Self.sweep(script, then: messages, width: width, height: height), name)
            }
        }
        #expect(found.isEmpty, "\(found)")
    }

    @Test("the Sweep screen's key labels are in Chinese: source, targets, idle, headers, histogram and binade strip")
    func sweepLabels() throws {
        let idle = TestSupport.text(try Self.sweep("", width: 80, height: 24))
        #expect(idle.contains("数据源 fp16，全部编码") && idle.contains("目标 bf16") && idle.contains("空闲：尚未扫描") && idle.contains("Enter 开始"))
        let finished = try Self.sweep("enter", then: [.sweepFinished(1, SweepFixtures.finished)] + (try MessageScript.parse("o o o down")), width: 120, height: 40)
        let text = TestSupport.text(finished)
        #expect(text.contains("完成：fp16，全部编码，4 个目标"))
        #expect(text.contains("目标") && text.contains("位数") && text.contains("平均相对") && text.contains("上溢") && text.contains("下溢"))
        #expect(text.contains("bf16 的 ULP 误差") && text.contains("精确") && text.contains("二进制量级 2^k 的平均相对误差"))
        #expect(finished.session.flash?.text == "按SQNR排序")
        let frame = App.view(finished, context: .plain)
        // The header's columns stay where the English ones are: the sort arrow ends the SQNR column.
        let english = try TestSupport.play(TestSupport.model(width: 120, height: 40), script: "5 enter").0
        let englishSorted = TestSupport.play(english, [.sweepFinished(1, SweepFixtures.finished)] + (try MessageScript.parse("o o o down"))).0
        let englishFrame = App.view(englishSorted, context: .plain)
        #expect(frame.rowText(4).contains("SQNR dB↓") && englishFrame.rowText(4).contains("SQNR dB↓"))
        #expect(DisplayWidth.of(String(frame.rowText(4).prefix { $0 != "↓" })) == DisplayWidth.of(String(englishFrame.rowText(4).prefix { $0 != "↓" })))
    }

    @Test("a finished sweep's status message in Chinese")
    func sweepFinishedMessage() throws {
        let done = try Self.sweep("enter", then: [.sweepFinished(1, SweepFixtures.finished)], width: 80, height: 24)
        #expect(done.session.flash?.text.hasPrefix("扫描完成：4 个目标") == true)
        let cancelled = try Self.sweep("enter", then: [.sweepFinished(1, [SweepFixtures.finished[0]])], width: 80, height: 24)
        #expect(cancelled.session.flash?.text.hasPrefix("已取消") == true)
    }

    @Test("a format that cannot be swept exhaustively is refused in Chinese, and both screens' help is Chinese")
    func refusalAndHelp() throws {
        for formats in [[Format.fp64, .fp16], [try Format.named("int32"), .fp16]] {
            var configuration = AppConfiguration(valueText: "0.1", formats: formats, language: .zh)
            configuration.screen = .sweep
            let model = try TestSupport.play(AppModel(configuration: configuration, size: Size(width: 120, height: 40)), script: "F enter").0
            #expect(model.session.flash?.tone == .error && !model.screens.sweep.isRunning)
            #expect(Self.problems(model, "refused \(formats[0].name)").isEmpty, "\(Self.problems(model, "refused"))")
        }
        // The help's own words (keys that are words, actions, titles); the overlay's shared lines are not these screens'.
        let helpWords = Set((SweepScreen.help + BlocksScreen.help).flatMap { [$0.title] + $0.entries.flatMap { [$0.keys, $0.action] } }.flatMap(ChineseCheck.words))
        var found: [String] = []
        for (width, height) in Self.sizes {
            for (name, model) in [("sweep help", try Self.sweep("?", width: width, height: height)),
                                  ("blocks help", try TestSupport.play(ChineseCheck.model(.blocks, width: width, height: height), script: "?").0)] {
                let frame = App.view(model, context: .plain)
                found += Self.englishWords(frame).filter(helpWords.contains).map { "\(name) \(width)x\(height): \($0)" }
                #expect((0..<height).allSatisfy { DisplayWidth.of(frame.rowText($0)) <= width })
            }
        }
        #expect(found.isEmpty, "\(found)")
    }

    @Test("Sweep and Blocks with a model's tensor as data, in Chinese")
    func tensorData() throws {
        var found: [String] = []
        for (width, height) in Self.sizes {
            var start = try AppModel(configuration: AppConfiguration(screen: .model, model: ModelFixtures.handle, language: .zh),
                                     size: Size(width: width, height: height))
            // The Model screen's `u` takes the tensor as data; its message is the Model screen's, not checked here.
            start = try TestSupport.play(start, script: "u").0
            start.session.flash = nil
            let sweep = "5 " + String(repeating: "f ", count: SweepSourcePreset.allCases.count)
            let chosen = try TestSupport.play(start, script: sweep).0
            found += Self.problems(chosen, "sweep tensor")
            #expect(TestSupport.text(chosen).contains("数据源 张量 "))
            found += Self.problems(try TestSupport.play(start, script: "5").0, "sweep intro with a tensor")
            found += Self.problems(try TestSupport.play(chosen, script: "enter").0, "sweep tensor started")
            for n in 1...4 { found += Self.problems(try TestSupport.play(start, script: "6 " + String(repeating: "d ", count: n)).0, "blocks data \(n)") }
        }
        #expect(found.isEmpty, "\(found)")
    }

    /// Walks every block format with every data choice (and a few elements and blocks).
    @Test("every Blocks format and data choice in Chinese: no English left, rows within the terminal")
    func blocksStatesAreChinese() throws {
        var found: [String] = []
        for (width, height) in Self.sizes {
            var model = try ChineseCheck.model(.blocks, width: width, height: height)
            for spec in BlocksScreen.specs {
                for sample in 0..<BlockSample.all.count {
                    for step in ["", "] right right right"] {
                        let shown = try TestSupport.play(model, script: step).0
                        found += Self.problems(shown, "\(spec) data \(sample) \(step)")
                    }
                    model = try TestSupport.play(model, script: "d").0
                }
                model = try TestSupport.play(model, script: "f").0
            }
        }
        #expect(found.isEmpty, "\(found)")
    }

    @Test("every field, term and formula text of every block format, block and element translates to Chinese")
    func blocksTextsTranslate() {
        var texts: Set<String> = [], english: [String] = []
        func check(_ text: String) { texts.insert(text) }
        for codec in BlocksScreen.codecs {
            let layout = codec.layout
            for field in layout.fields + layout.groupFields + layout.callFields {
                check(BlocksScreen.fieldName(field.name, .zh)); check(field.encoding); check(field.role)
            }
            // Every element of the weights' first block and the outliers' last (sources name their element).
            for (sample, block) in [(BlockSample.all[0], 0), (BlockSample.all[2], BlocksScreen.blocks - 1)] {
                let values = sample.values(count: BlocksScreen.blocks * layout.valuesPerBlock)
                do {
                    let anatomy = BlockAnatomy(codec: codec, values: values, block: block)
                    for element in anatomy.blockRange {
                        guard let r = anatomy.reconstruction(of: element) else { continue }
                        check(BlocksScreen.formulaText(r.formula, .zh)); check(r.order)
                        for term in r.terms { check(BlocksScreen.fieldName(term.symbol, .zh)); check(term.source) }
                    }
                }
            }
        }
        for text in texts {
            var translated = BlocksScreen.chineseText(text)
            for identifier in Self.identifiers { translated = translated.replacingOccurrences(of: identifier, with: " ") }
            if ChineseCheck.words(translated).contains(where: { !ChineseCheck.names.contains($0) && !ChineseCheck.isDigitsOrField($0) && !Self.isName($0) }) {
                english.append(text + " → " + translated)
            }
        }
        #expect(english.isEmpty, "\(english.sorted())")
    }

    @Test("the Blocks screen's key labels are in Chinese and its columns keep their places")
    func blocksLabels() throws {
        let q4k = String(repeating: "f ", count: BlocksScreen.specs.firstIndex(of: "q4_k")!) + "right right right right right"
        let model = try TestSupport.play(ChineseCheck.model(.blocks, width: 120, height: 40), script: q4k).0
        let text = TestSupport.text(model)
        #expect(text.contains("256 个数值，144 字节") && text.contains("4.5 位/数值") && text.contains("字段："))
        #expect(text.contains("块的第 5 个元素") && text.contains("位：") && text.contains("块误差"))
        let english = try TestSupport.play(TestSupport.model(width: 120, height: 40), script: "6 " + q4k).0
        let zhFrame = App.view(model, context: .plain), enFrame = App.view(english, context: .plain)
        // The byte map is the same bytes at the same columns.
        for y in 3...7 { #expect(zhFrame.rowText(y) == enFrame.rowText(y)) }
    }
}
