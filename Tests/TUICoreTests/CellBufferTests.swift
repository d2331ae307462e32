import Testing
@testable import TUICore

@Suite("CellBuffer writing and clipping")
struct CellBufferTests {
    @Test func writeReturnsColumnsAndPlacesText() {
        var b = CellBuffer(width: 10, height: 2)
        let used = b.write("hello", x: 1, y: 0)
        #expect(used == 5)
        #expect(b.plainText() == " hello\n")
        #expect(b[x: 1, y: 0].character == "h")
    }

    @Test func writeClipsToRect() {
        var b = CellBuffer(width: 10, height: 2)
        let clip = Rect(x: 3, y: 0, width: 4, height: 1)
        let used = b.write("abcdefgh", x: 2, y: 0, clip: clip)
        #expect(b.rowText(0) == "   bcde")  // "a" at x=2 is clipped
        #expect(used == 5)  // from x=2 up to the clip's right edge (7)
        // Row outside the clip: nothing drawn.
        b.write("zzz", x: 3, y: 1, clip: clip)
        #expect(b.rowText(1) == "")
    }

    @Test func writeClipsAtBufferEdgeAndSkipsControls() {
        var b = CellBuffer(width: 4, height: 1)
        #expect(b.write("a\tb\nc", x: 0, y: 0) == 3)
        #expect(b.plainText() == "abc")
        #expect(b.write("123456", x: 2, y: 0) == 2)
        #expect(b.plainText() == "ab12")
        #expect(b.write("x", x: 9, y: 0) == 0)
    }

    @Test func spansAdvance() {
        var b = CellBuffer(width: 12, height: 1)
        let bold = Style().bold()
        let used = b.write([Span("ab", style: bold), Span("cd")], x: 1, y: 0)
        #expect(used == 4)
        #expect(b.plainText() == " abcd")
        #expect(b[x: 2, y: 0].style == bold)
        #expect(b[x: 3, y: 0].style == .plain)
    }

    @Test func lineAlignmentInArea() {
        var b = CellBuffer(width: 10, height: 3)
        b.write(Line("ab", alignment: .left), in: Rect(x: 0, y: 0, width: 10, height: 1))
        b.write(Line("ab", alignment: .center), in: Rect(x: 0, y: 1, width: 10, height: 1))
        b.write(Line("ab", alignment: .right), in: Rect(x: 0, y: 2, width: 10, height: 1))
        #expect(b.plainText() == "ab\n    ab\n        ab")
    }

    @Test func fillAndPatchStyle() {
        var b = CellBuffer(width: 4, height: 2)
        b.fill(Rect(x: 1, y: 0, width: 2, height: 2), with: Cell("#"))
        #expect(b.plainText() == " ##\n ##")
        b.patchStyle(Style(attributes: .reverse), in: Rect(x: 0, y: 1, width: 4, height: 1))
        #expect(b[x: 1, y: 1].style.attributes == .reverse)
        #expect(b[x: 1, y: 1].character == "#")
        #expect(b[x: 1, y: 0].style == .plain)
    }

    @Test func boxUnicodeAndASCII() {
        var b = CellBuffer(width: 5, height: 3)
        b.drawBox(b.bounds, glyphs: .unicode)
        #expect(b.plainText() == "┌───┐\n│   │\n└───┘")
        b.drawBox(b.bounds, glyphs: .ascii)
        #expect(b.plainText() == "+---+\n|   |\n+---+")
    }

    @Test func degenerateBoxes() {
        var b = CellBuffer(width: 3, height: 2)
        b.drawBox(Rect(x: 0, y: 0, width: 3, height: 1), glyphs: .ascii)
        b.drawBox(Rect(x: 0, y: 1, width: 1, height: 1), glyphs: .ascii)
        #expect(b.plainText() == "---\n-")
    }
}
