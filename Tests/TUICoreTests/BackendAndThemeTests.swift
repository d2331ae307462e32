import Testing
@testable import TUICore

@Suite("MemoryBackend, colours and themes")
struct BackendAndThemeTests {
    @Test func memoryBackendQueuesEventsInOrder() {
        var backend = MemoryBackend(width: 3, height: 2, events: [.key(.char("a")), .tick])
        backend.inject(.mouse(MouseEvent(kind: .press, button: 1, x: 2, y: 1)))
        backend.inject(.signal(15))
        #expect(backend.readEvent(timeout: .zero) == .key(.character("a")))
        #expect(backend.readEvent(timeout: .zero) == .tick)
        #expect(backend.readEvent(timeout: nil) == .mouse(MouseEvent(kind: .press, button: 1, x: 2, y: 1)))
        #expect(backend.readEvent(timeout: nil) == .signal(15))
        #expect(backend.readEvent(timeout: nil) == nil)
    }

    @Test func memoryBackendAppliesChangesAndResizes() {
        var backend = MemoryBackend(width: 3, height: 2)
        backend.apply(changes: [CellChange(x: 1, y: 1, cell: Cell("q"))], cursor: nil)
        backend.flush()
        #expect(backend.buffer.plainText() == "\n q")
        #expect(backend.lastChangeCount == 1)
        #expect(backend.flushCount == 1)
        backend.resize(width: 5, height: 1)
        #expect(backend.size == Size(width: 5, height: 1))
        #expect(backend.buffer.plainText() == "")
        #expect(backend.pendingEvents == [.resize(width: 5, height: 1)])
    }

    @Test func colourReduction() {
        #expect(Color.rgb(255, 0, 0).reduced(to: .ansi8) == .ansi(1))
        #expect(Color.rgb(250, 250, 250).reduced(to: .ansi8) == .ansi(7))
        #expect(Color.ansi(9).reduced(to: .ansi8) == .ansi(1))
        #expect(Color.indexed(196).reduced(to: .ansi8) == .ansi(1))
        #expect(Color.indexed(4).ansi16Index == 4)
        #expect(Color.rgb(255, 0, 0).reduced(to: .ansi256) == .indexed(196))
        #expect(Color.rgb(128, 128, 128).reduced(to: .ansi256) == .indexed(244))
        #expect(Color.ansi(12).reduced(to: .ansi256) == .ansi(12))
        #expect(Color.rgb(1, 2, 3).reduced(to: .trueColor) == .rgb(1, 2, 3))
        #expect(Color.green.reduced(to: .noColor) == .default)
        #expect(Color.default.reduced(to: .ansi8) == .default)
    }

    @Test func monochromeThemeKeepsDistinctionsWithAttributesOnly() {
        let t = Theme.standard(for: .noColor)
        let bits = [t.signBit, t.exponentBit, t.mantissaBit, t.integerBit, t.codebookIndexBit]
        #expect(Set(bits).count == bits.count)
        #expect(!bits.contains(.plain))
        let statuses = [t.statusOK, t.statusWarn, t.statusError]
        #expect(Set(statuses).count == statuses.count)
        #expect(t.cursor != t.focusedRow)
        let all = bits + statuses + [t.focusedRow, t.cursor, t.dim, t.title, t.helpOverlay, t.badge, t.text, t.border]
        for style in all {
            #expect(style.foreground == .default && style.background == .default)
            #expect(TextAttributes([.bold, .reverse, .underline]).isSuperset(of: style.attributes))
        }
    }

    @Test func colouredThemeBitsDifferAfterEightColourReduction() {
        let t = Theme.standard(for: .ansi8)
        let bits = [t.signBit, t.exponentBit, t.mantissaBit, t.integerBit, t.codebookIndexBit].map { $0.reduced(to: .ansi8) }
        #expect(Set(bits).count == bits.count)
        #expect(RenderContext(colorMode: .ansi256).theme == .colored)
    }

    @Test func styleBuilders() {
        let s = Style().fg(.red).bg(.blue).bold().underline().removing(.bold)
        #expect(s == Style(fg: .red, bg: .blue, attributes: .underline))
        let patched = Style(fg: .red, attributes: .bold).patched(with: Style(bg: .green, attributes: .reverse))
        #expect(patched == Style(fg: .red, bg: .green, attributes: [.bold, .reverse]))
    }

    @Test func eventDescriptions() {
        #expect(InputEvent.key(.ctrl("c")).description == "key Ctrl+C")
        #expect(InputEvent.key(.alt("x")).description == "key Alt+x")
        #expect(InputEvent.key(.function(5)).description == "key F5")
        #expect(InputEvent.resize(width: 80, height: 24).description == "resize 80x24")
    }
}
