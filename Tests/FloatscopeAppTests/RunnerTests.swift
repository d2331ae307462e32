@testable import AppRuntime
import Testing
import TUICore
@testable import FloatscopeApp

@Suite("AppRunner with a memory backend")
struct RunnerTests {
    func runner(_ events: [InputEvent], width: Int = 100, height: Int = 30) throws -> AppRunner<MemoryBackend> {
        let backend = MemoryBackend(width: width, height: height, events: events)
        return AppRunner(backend: backend, model: try TestSupport.model(width: 50, height: 10), context: .plain)
    }

    @Test func quitsWithTheEffectsStatus() throws {
        var r = try runner([.key(.char("q"))])
        #expect(r.run() == 0)
        #expect(r.model.size == Size(width: 100, height: 30))
        var c = try runner([.key(.ctrl("c"))])
        #expect(c.run() == 130)
    }

    @Test func signalsGiveTheirExitStatus() throws {
        for (signal, status) in [(Int32(2), Int32(130)), (15, 143), (1, 129)] {
            var r = try runner([.key(.down), .signal(signal), .key(.char("q"))])
            #expect(r.run() == status)
            #expect(r.model.session.focus == 1)
        }
    }

    @Test func framesSendOnlyChangedCells() throws {
        var r = try runner([.key(.down), .key(.char("q"))])
        var timings: [FrameTiming] = []
        r.frameObserver = { timings.append($0) }
        #expect(r.run() == 0)
        let counts = r.terminal.backend.appliedChangeCounts
        #expect(counts.count == 2)
        #expect(counts[0] == 100 * 30)
        #expect(counts[1] > 0 && counts[1] < 100 * 30 / 2)
        #expect(timings.map(\.cellsSent) == counts)
        #expect(r.terminal.backend.buffer.plainText() == App.view(r.model, context: .plain).plainText())
    }

    @Test func resizeRedrawsEverythingAtTheNewSize() throws {
        var backend = MemoryBackend(width: 100, height: 30)
        backend.resize(width: 80, height: 24)
        backend.inject(.key(.char("q")))
        var r = AppRunner(backend: backend, model: try TestSupport.model(), context: .plain)
        #expect(r.run() == 0)
        #expect(r.model.size == Size(width: 80, height: 24))
        #expect(r.terminal.backend.appliedChangeCounts == [80 * 24, 80 * 24])
        #expect(r.terminal.backend.buffer.plainText() == App.view(r.model, context: .plain).plainText())
    }

    @Test func ticksAreSentWhileAFlashShows() throws {
        var r = try runner([.key(.char("r"))])
        #expect(r.run() == nil)
        #expect(r.model.session.flash == nil)
        #expect(r.model.session.rounding == .nearestAway)
    }

    @Test func editingShowsTheTerminalCursor() throws {
        var r = try runner([.key(.char("/")), .key(.char("4"))])
        #expect(r.run() == nil)
        let layout = BitsLayout(area: r.model.screenArea, screen: r.model.bits)
        #expect(r.terminal.backend.cursor == Position(x: layout.inputTextX + 1, y: layout.input.y))
    }
}

/// Esc then q typed quickly arrives from curses as Alt+q (ESC followed by a key): read as Esc, then q.
@Suite("Alt+key read as Esc then the key")
struct EscapePrefixTests {
    @Test func altKeysBecomeEscapeThenTheKey() {
        #expect(Message.messages(for: .key(.character("q", modifiers: .alt))) == [.key(.escape), .key(.char("q"))])
        #expect(Message.messages(for: .key(.character("x", modifiers: [.alt, .ctrl]))) == [.key(.escape), .key(.ctrl("x"))])
        #expect(Message.messages(for: .key(.char("q"))) == [.key(.char("q"))])
        #expect(Message.messages(for: .key(.escape)) == [.key(.escape)])
        #expect(Message.messages(for: .signal(2)).isEmpty)
    }

    @Test func escapeThenQuicklyQClosesTheHelpAndQuits() throws {
        // Before: Alt+q matched no binding, the help stayed open and the app ran on.
        let backend = MemoryBackend(width: 100, height: 30, events: [.key(.char("?")), .key(.character("q", modifiers: .alt))])
        var runner = AppRunner(backend: backend, model: try TestSupport.model(width: 100, height: 30), context: .plain)
        #expect(runner.run() == 0)
        #expect(runner.model.helpScroll == nil)
    }
}
