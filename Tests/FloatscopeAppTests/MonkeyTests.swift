import Foundation
import FormatCore
import Testing
import TUICore
@testable import FloatscopeApp

/// Random key, mouse and resize sequences through the pure `App.update` and `App.view` of
/// every screen (the monkey test of issue 13): no trap, every frame exactly the terminal's size,
/// no line wider than the terminal, nothing drawn outside the buffer.
///
/// Each run is seeded; a failure names its seed and step. Replay one seed with
/// `FLOATSCOPE_MONKEY_SEED=123 swift test --filter MonkeyTests` (also printed before each run, so
/// a trap still shows which seed it was).
@Suite("Monkey: random input through every screen")
struct MonkeyTests {
    /// Values that have broken number formatting before: specials, the ends of formats, values
    /// just beyond them, far beyond any format, and long decimals.
    static let nastyValues = [
        "inf", "-inf", "nan", "-nan", "0", "-0", "max", "-max", "tiny", "-tiny", "65504", "65520", "65536", "-65536", "70000",
        "3.4028235e38", "3.4028236e38", "1e39", "1.7976931348623157e308", "1.8e308", "4.9e-324", "2.4e-324", "1e-45", "1e-46",
        "2^-149", "2^-1074", "2^-1075", "1e-400", "1e400", "-1e400", "2^-5000", "2^5000", "1/3", "-2/3", "0x1.8p-3", "448", "449",
        "57344", "0.1", "1", "-1", "0.4375", "1.5", "6", "7", "-8", "127", "128", "-129", "255", "256",
        "0.1234567890123456789012345678901234567890", "-9999999999999999999999999999999999999999",
        "1.000000000000000000000000000000000000001", "bf16:0x7f80", "bf16:0xff81", "e4m3fn:0x7f", "e4m3fn:0x7e", "fp16:0x0001",
        "e8m0fnu:0xff", "e8m0fnu:0x00", "nf4:0xf", "int8:0x80", "fp16:max", "fp16:tiny", "e2m1fn:0x7", "x", "", "1e", "--1",
    ]

    /// Keys the help lists, for every screen and the app, and a few it does not.
    static let keys: [Key] = {
        var keys: [Key] = [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .enter, .escape, .tab, .backTab,
                           .backspace, .delete, .insert, .function(1)]
        keys += "123456789?xqacdefhijklnoprstvbFNP+-=_[]/ 0.".map { Key.char($0) }
        keys += "cluaekhd".map { Key.ctrl($0) }
        return keys
    }()

    /// One random message.
    static func message(_ g: inout SplitMix64, size: Size) -> [Message] {
        let roll = Int.random(in: 0..<100, using: &g)
        switch roll {
        case 0..<60:
            return [.key(keys.randomElement(using: &g)!)]
        case 60..<70:
            // Type a nasty value into the Bits screen's input line.
            let value = nastyValues.randomElement(using: &g)!
            return [.key(.char("1")), .key(.char("/")), .key(.ctrl("u"))] + value.map { .key(.char($0)) } + [.key(.enter)]
        case 70..<85:
            let kinds: [MouseEventKind] = [.press, .release, .wheelUp, .wheelDown]
            let kind = kinds.randomElement(using: &g)!
            let x = Int.random(in: -1...size.width, using: &g), y = Int.random(in: -1...size.height, using: &g)
            return [.mouse(MouseEvent(kind: kind, button: kind == .wheelUp ? 4 : kind == .wheelDown ? 5 : Int.random(in: 1...3, using: &g), x: x, y: y))]
        case 85..<92:
            return [.resize(Size(width: Int.random(in: 80...200, using: &g), height: Int.random(in: 24...60, using: &g)))]
        case 92..<94:
            return [.resize(Size(width: Int.random(in: 0...79, using: &g), height: Int.random(in: 0...23, using: &g)))]
        case 94..<97:
            return [.tick]
        default:
            // Formats from the picker: open it, move, toggle, close.
            let moves = Int.random(in: 0..<Format.catalog.count, using: &g)
            return [.key(.char("1")), .key(.char("a"))] + Array(repeating: .key(.down), count: moves) + [.key(.char(" ")), .key(.escape)]
        }
    }

    /// What is wrong with a frame, if anything.
    static func problems(_ frame: CellBuffer, model: AppModel, readText: Bool) -> [String] {
        var found: [String] = []
        if frame.size != model.size { found.append("frame \(frame.width)x\(frame.height) for a \(model.size.width)x\(model.size.height) terminal") }
        for (n, line) in (readText ? frame.plainText() : "").split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where DisplayWidth.of(String(line)) > model.size.width {
            found.append("line \(n) is \(DisplayWidth.of(String(line))) columns wide")
        }
        if frame.strayCells > 0 { found.append("\(frame.strayCells) writes outside the \(frame.width)x\(frame.height) buffer") }
        return found
    }

    /// Runs `steps` random messages from a seed; returns the first problem with its context.
    static func run(seed: UInt64, steps: Int) throws -> String? {
        print("monkey seed \(seed)")
        var g = SplitMix64(seed: seed)   // the same stream everywhere, so a seed replays the run
        let formats = Array(Format.catalog.shuffled(using: &g).prefix(Int.random(in: 1...6, using: &g)))
        var model = try AppModel(configuration: AppConfiguration(valueText: nastyValues.randomElement(using: &g)!.isEmpty ? "1" : "0.1", formats: formats),
                                 size: Size(width: 100, height: 30))
        var recent: [Message] = []
        for step in 0..<steps {
            for message in message(&g, size: model.size) {
                model = App.update(model, message).0
                recent.append(message)
            }
            if recent.count > 40 { recent.removeFirst(recent.count - 40) }
            let context: RenderContext = step % 7 == 0 ? .ascii : step % 3 == 0 ? RenderContext() : .plain
            // Every frame after a resize or a change of screen, else every third (views cost most).
            guard step % 3 == 0 || recent.last.map({ if case .resize = $0 { true } else { false } }) == true
                || recent.suffix(3).contains(where: { if case .key(.character(let c, _)) = $0 { c.isNumber } else { false } }) else { continue }
            let frame = App.view(model, context: context)
            _ = App.cursor(model)
            let found = problems(frame, model: model, readText: step % 5 == 0)
            if !found.isEmpty {
                return "seed \(seed) step \(step) on \(model.active.title) at \(model.size.width)x\(model.size.height): "
                    + found.joined(separator: "; ") + "\nlast messages: \(recent)\n" + frame.plainText()
            }
        }
        return nil
    }

    @Test("random input on every screen", arguments: [UInt64(1), 2])
    func randomInput(seed: UInt64) throws {
        let chosen = ProcessInfo.processInfo.environment["FLOATSCOPE_MONKEY_SEED"].flatMap { UInt64($0) } ?? seed
        if let problem = try Self.run(seed: chosen, steps: 2000) { Issue.record(Comment(rawValue: problem)) }
    }
}
