import Testing
@testable import TUICore

@Suite("plainText and ansiText snapshots")
struct SnapshotTests {
    @Test func plainTextTrimsTrailingSpaces() {
        var b = CellBuffer(width: 6, height: 3)
        b.write("ab", x: 0, y: 0)
        b.write("c", x: 3, y: 2)
        #expect(b.plainText() == "ab\n\n   c")
        #expect(b.description == b.plainText())
    }

    @Test func ansiTextWithBasicColours() {
        var b = CellBuffer(width: 6, height: 2)
        b.write("ab", x: 0, y: 0, style: Style(fg: .red).bold())
        b.write("c", x: 2, y: 0)
        b.write("d", x: 0, y: 1)
        #expect(b.ansiText() == "\u{1B}[0;1;31mab\u{1B}[0mc\u{1B}[0m\nd")
    }

    @Test func ansiTextColourModes() {
        var b = CellBuffer(width: 3, height: 1)
        b.write("x", x: 0, y: 0, style: Style(fg: .rgb(255, 0, 0), bg: .indexed(17)).underline())
        #expect(b.ansiText(colorMode: .trueColor) == "\u{1B}[0;4;38;2;255;0;0;48;5;17mx\u{1B}[0m")
        #expect(b.ansiText(colorMode: .ansi256) == "\u{1B}[0;4;38;5;196;48;5;17mx\u{1B}[0m")
        #expect(b.ansiText(colorMode: .ansi8) == "\u{1B}[0;4;31;40mx\u{1B}[0m")
        #expect(b.ansiText(colorMode: .noColor) == "\u{1B}[0;4mx\u{1B}[0m")
    }

    @Test func ansiTextBrightColoursAndStyledTrailingSpaces() {
        var b = CellBuffer(width: 5, height: 1)
        b.fill(Rect(x: 2, y: 0, width: 2, height: 1), style: Style(bg: .ansi(12)))
        b.write("A", x: 0, y: 0, style: Style(fg: .brightWhite).reverse())
        // The styled background spaces are kept; the plain last space is trimmed.
        #expect(b.ansiText() == "\u{1B}[0;7;97mA\u{1B}[0m \u{1B}[0;104m  \u{1B}[0m")
    }

    @Test func ansiTextSkipsContinuationCells() {
        var b = CellBuffer(width: 4, height: 1)
        b.write("漢x", x: 0, y: 0, style: Style(attributes: .bold))
        #expect(b.ansiText() == "\u{1B}[0;1m漢x\u{1B}[0m")
        #expect(b.plainText() == "漢x")
    }
}
