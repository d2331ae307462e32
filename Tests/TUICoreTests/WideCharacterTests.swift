import Testing
@testable import TUICore

@Suite("Display width and wide characters")
struct WideCharacterTests {
    @Test(arguments: [
        ("a", 1), ("漢", 2), ("ア", 2), ("한", 2), ("Ａ", 2), ("😀", 2),
        ("─", 1), ("│", 1), ("█", 1), ("░", 1), ("→", 1), ("•", 1), ("π", 1), ("Σ", 1),
        ("≈", 1), ("±", 1), ("×", 1), ("é", 1), ("e\u{301}", 1), ("\u{301}", 0), ("\t", 0), ("\u{200B}", 0),
    ] as [(String, Int)])
    func widths(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func wideCharacterTakesTwoCells() {
        var b = CellBuffer(width: 6, height: 1)
        #expect(b.write("a漢b", x: 0, y: 0) == 4)
        #expect(b[x: 1, y: 0].character == "漢")
        #expect(b[x: 2, y: 0].isContinuation)
        #expect(b[x: 3, y: 0].character == "b")
        #expect(b.plainText() == "a漢b")
    }

    @Test func wideCharacterCutAtRightEdgeBecomesSpace() {
        var b = CellBuffer(width: 3, height: 1, fill: Cell("."))
        #expect(b.write("ab漢", x: 0, y: 0) == 3)
        #expect(b.plainText() == "ab")
        #expect(b[x: 2, y: 0].character == " ")
    }

    @Test func wideCharacterCutAtLeftClipBecomesSpace() {
        var b = CellBuffer(width: 4, height: 1, fill: Cell("."))
        b.write("漢a", x: 0, y: 0, clip: Rect(x: 1, y: 0, width: 3, height: 1))
        #expect(b.plainText() == ". a.")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var b = CellBuffer(width: 4, height: 1)
        b.write("漢字", x: 0, y: 0)
        b.set(x: 1, y: 0, cell: Cell("x"))
        #expect(b.plainText() == " x字")
        b.write("a", x: 2, y: 0)
        #expect(b.plainText() == " xa")
        #expect(!b[x: 3, y: 0].isContinuation)
    }

    @Test func wideCharacterOverwritingNarrowOnes() {
        var b = CellBuffer(width: 4, height: 1)
        b.write("abcd", x: 0, y: 0)
        b.write("漢", x: 1, y: 0)
        #expect(b.plainText() == "a漢d")
        // A wide char whose right half lands on another wide char's left half.
        b.write("字字", x: 0, y: 0)
        b.write("漢", x: 1, y: 0)
        #expect(b.plainText() == " 漢")
        #expect(b[x: 0, y: 0].character == " ")
        #expect(b[x: 3, y: 0].character == " ")
    }

    @Test func fillThroughWideCharacterRepairsNeighbour() {
        var b = CellBuffer(width: 4, height: 1)
        b.write("漢漢", x: 0, y: 0)
        b.fill(Rect(x: 1, y: 0, width: 2, height: 1), with: Cell("░"))
        #expect(b.plainText() == " ░░")
    }
}
