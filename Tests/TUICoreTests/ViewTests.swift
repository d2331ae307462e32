import Testing
@testable import TUICore

@Suite("Views")
struct ViewTests {
    @Test func blockWithTitle() {
        let b = Block(title: Line("Title")).rendered(width: 12, height: 3)
        #expect(b.plainText() == "┌ Title ───┐\n│          │\n└──────────┘")
        let a = Block(title: Line("Title", alignment: .right)).rendered(width: 12, height: 3, context: .ascii)
        #expect(a.rowText(0) == "+--- Title +")
        #expect(Block().inner(Rect(x: 0, y: 0, width: 12, height: 3)) == Rect(x: 1, y: 1, width: 10, height: 1))
    }

    @Test func roundedGlyphsOnlyWhenUnicode() {
        let block = Block(glyphs: .unicodeRounded)
        #expect(block.rendered(width: 3, height: 2).plainText() == "╭─╮\n╰─╯")
        #expect(block.rendered(width: 3, height: 2, context: .ascii).plainText() == "+-+\n+-+")
    }

    @Test func paragraphWrapsAndScrolls() {
        let p = Paragraph("one two three four", wrap: true)
        #expect(p.rendered(width: 9, height: 4).plainText() == "one two\nthree\nfour\n")
        #expect(p.lineCount(width: 9) == 3)
        var scrolled = p
        scrolled.scrollY = 1
        #expect(scrolled.rendered(width: 9, height: 2).plainText() == "three\nfour")
        let longWord = Paragraph("abcdefghij xy", wrap: true)
        #expect(longWord.rendered(width: 4, height: 4).plainText() == "abcd\nefgh\nij\nxy")
    }

    @Test func paragraphHorizontalScrollAndClip() {
        let p = Paragraph([Line("abcdef"), Line("漢字かな")], scrollX: 2)
        let b = p.rendered(width: 3, height: 2)
        #expect(b.plainText() == "cde\n字")
        #expect(b[x: 2, y: 1].character == " ")  // "か" cut by the right edge
    }

    @Test func wrapKeepsStyles() {
        let bold = Style().bold()
        let rows = TextWrap.wrap(Line([Span("aa "), Span("bb cc", style: bold)]), width: 5)
        #expect(rows.map(\.plainText) == ["aa bb", "cc"])
        #expect(rows[0].spans == [Span("aa "), Span("bb", style: bold)])
        #expect(rows[1].spans == [Span("cc", style: bold)])
        #expect(TextWrap.wrap(Line(""), width: 5).map(\.plainText) == [""])
        #expect(TextWrap.wrap(Line("x"), width: 0).isEmpty)
    }

    @Test("a wrapped Chinese row never starts with closing punctuation nor ends with an opening bracket")
    func wrapKeepsPunctuationWithItsCharacter() {
        // Before: "一二三四" filled the row and "，五" began the next.
        #expect(TextWrap.wrap(Line("一二三四，五"), width: 8).map(\.plainText) == ["一二三", "四，五"])
        #expect(TextWrap.wrap(Line("一二三（四）"), width: 8).map(\.plainText) == ["一二三", "（四）"])
        // A row that cannot break elsewhere still breaks (the width is never exceeded).
        for row in TextWrap.wrap(Line("，，，，，，"), width: 4) { #expect(DisplayWidth.of(row.plainText) <= 4) }
    }

    @Test("CJK text breaks between wide characters, not only at spaces")
    func wrapBreaksBetweenWideCharacters() {
        // Before: the line broke at the space after "fp16", leaving a short first row.
        let rows = TextWrap.wrap(Line("一个 fp16 的值和八个六位缩放"), width: 16)
        #expect(rows.map(\.plainText) == ["一个 fp16 的值和", "八个六位缩放"])
        #expect(rows.allSatisfy { DisplayWidth.of($0.plainText) <= 16 })
        #expect(TextWrap.wrap(Line("aa bb"), width: 4).map(\.plainText) == ["aa", "bb"])
    }

    @Test func overlayIsCentredOverContent() {
        var b = CellBuffer(width: 20, height: 7, fill: Cell("."))
        let overlay = Overlay(title: Line("Hi"), lines: [Line("Help me")])
        #expect(overlay.boxRect(in: b.bounds) == Rect(x: 4, y: 2, width: 11, height: 3))
        overlay.render(into: &b, area: b.bounds, context: .plain)
        #expect(b.plainText() == """
            ....................
            ....................
            ....┌ Hi ─────┐.....
            ....│ Help me │.....
            ....└─────────┘.....
            ....................
            ....................
            """)
    }

    @Test func overlayUsesThemeStyleAndClampsToArea() {
        var b = CellBuffer(width: 10, height: 4)
        let ctx = RenderContext(glyphs: .ascii, colorMode: .ansi256)
        Overlay(lines: [Line("a long help line")]).render(into: &b, area: b.bounds, context: ctx)
        #expect(b.plainText() == "+--------+\n| a long |\n| help   |\n+--------+")
        #expect(b[x: 2, y: 1].style == ctx.theme.helpOverlay)
    }

    @Test func tooSmallMessageWrapsAndCentres() {
        let view = TooSmallMessage(minimumWidth: 80, minimumHeight: 24)
        #expect(view.isTooSmall(Size(width: 79, height: 30)))
        #expect(!view.isTooSmall(Size(width: 80, height: 24)))
        let wide = view.rendered(width: 60, height: 3)
        #expect(wide.plainText() == "\n     Terminal too small: need at least 80x24, have 60x3\n")
        let narrow = view.rendered(width: 30, height: 5)
        #expect(narrow.plainText() == "\n Terminal too small: need at\n    least 80x24, have 30x5\n\n")
    }

    @Test func tooSmallMessageClearsArea() {
        var b = CellBuffer(width: 30, height: 3, fill: Cell("#"))
        TooSmallMessage(minimumWidth: 5, minimumHeight: 5).render(into: &b, area: b.bounds, context: .plain)
        #expect(!b.plainText().contains("#"))
    }
}
