import Testing
@testable import TUICore

@Suite("Diff and Terminal")
struct DiffTests {
    @Test func identicalBuffersHaveNoChanges() {
        var a = CellBuffer(width: 8, height: 3)
        a.write("same", x: 1, y: 1)
        #expect(a.diff(from: a).isEmpty)
    }

    @Test func onlyChangedCellsInRowMajorOrder() {
        let old = CellBuffer(width: 8, height: 3)
        var new = old
        new.set(x: 5, y: 2, cell: Cell("z"))
        new.set(x: 1, y: 0, cell: Cell("a"))
        new.patchStyle(Style(attributes: .bold), in: Rect(x: 3, y: 1, width: 1, height: 1))
        let changes = new.diff(from: old)
        #expect(changes == [
            CellChange(x: 1, y: 0, cell: Cell("a")),
            CellChange(x: 3, y: 1, cell: Cell(" ", style: Style(attributes: .bold))),
            CellChange(x: 5, y: 2, cell: Cell("z")),
        ])
    }

    @Test func wideCharacterChangeIncludesContinuation() {
        let old = CellBuffer(width: 4, height: 1)
        var new = old
        new.write("漢", x: 1, y: 0)
        let changes = new.diff(from: old)
        #expect(changes.map(\.x) == [1, 2])
        #expect(changes[1].cell.isContinuation)
    }

    @Test func resizeMeansEverything() {
        let old = CellBuffer(width: 4, height: 2)
        let new = CellBuffer(width: 5, height: 2)
        let changes = new.diff(from: old)
        #expect(changes.count == 10)
        #expect(changes.first.map { Position(x: $0.x, y: $0.y) } == Position(x: 0, y: 0))
        #expect(changes.last.map { Position(x: $0.x, y: $0.y) } == Position(x: 4, y: 1))
    }

    @Test func terminalSendsOnlyDiffsAndFullFrameAfterResize() {
        var terminal = Terminal(backend: MemoryBackend(width: 6, height: 2))
        var frame = CellBuffer(width: 6, height: 2)
        frame.write("hi", x: 0, y: 0)
        #expect(terminal.draw(frame) == 12)  // first frame: full
        #expect(terminal.draw(frame) == 0)  // unchanged
        frame.write("!", x: 2, y: 0)
        #expect(terminal.draw(frame, cursor: Position(x: 3, y: 0)) == 1)
        #expect(terminal.backend.buffer == frame)
        #expect(terminal.backend.cursor == Position(x: 3, y: 0))
        #expect(terminal.backend.appliedChangeCounts == [12, 0, 1])
        #expect(terminal.backend.flushCount == 3)

        terminal.backend.resize(width: 4, height: 3)
        #expect(terminal.readEvent(timeout: .zero) == .resize(width: 4, height: 3))
        var small = CellBuffer(width: 4, height: 3)
        small.write("ok", x: 0, y: 2)
        #expect(terminal.draw(small) == 12)
        #expect(terminal.backend.buffer.plainText() == "\n\nok")
        #expect(terminal.draw(small) == 0)

        // Even at the same size, a resize event forces the next frame to be full.
        terminal.backend.inject(.resize(width: 4, height: 3))
        _ = terminal.readEvent(timeout: nil)
        #expect(terminal.draw(small) == 12)
        terminal.invalidate()
        #expect(terminal.draw(small) == 12)
    }

    @Test func terminalDrawsViews() {
        var terminal = Terminal(backend: MemoryBackend(width: 10, height: 3))
        terminal.draw(Block(title: "T"), context: .ascii)
        #expect(terminal.backend.buffer.plainText() == "+ T -----+\n|        |\n+--------+")
    }
}
