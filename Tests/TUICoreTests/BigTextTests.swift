import Testing
@testable import TUICore

@Suite("Big glyphs")
struct BigTextTests {
    /// Every character the presenter view can need.
    static let characters: [Character] = Array("0123456789.-+xp=≈/abcdefABCDEFinN ")

    @Test func everyCharacterHasAFiveRowGlyphOfOneWidth() throws {
        for c in Self.characters {
            let glyph = try #require(BigFont.glyph(c), "no glyph for \(c)")
            #expect(glyph.height == BigFont.height)
            #expect(glyph.width > 0)
            #expect(glyph.rows.allSatisfy { $0.count == glyph.width }, "ragged rows in \(c)")
            #expect(glyph.rows.allSatisfy { $0.allSatisfy { "█▀▄ ".contains($0) } }, "\(c) uses a character outside █ ▀ ▄")
        }
        // Tabular digits: every digit is as wide as 0, so columns of figures line up.
        let digitWidths = Set("0123456789".compactMap { BigFont.glyph($0)?.width })
        #expect(digitWidths.count == 1)
        #expect(BigFont.glyph("0", narrow: true)?.width == 3 && BigFont.glyph("1", narrow: true)?.width == 3)
        #expect(BigFont.glyph("7", narrow: true) == BigFont.glyph("7"))
    }

    @Test func noTwoCharactersLookAlike() {
        let glyphs = Self.characters.filter { $0 != " " }.compactMap { c in BigFont.glyph(c).map { (c, $0.rows) } }
        for (i, a) in glyphs.enumerated() {
            for b in glyphs[(i + 1)...] {
                #expect(a.1 != b.1, "\(a.0) and \(b.0) are drawn the same")
            }
        }
        #expect(BigFont.glyph("≈") != BigFont.glyph("="))
    }

    @Test func widthCountsGlyphsAndSpacingAndIsNilForMissingCharacters() {
        #expect(BigText.width(of: "") == 0)
        #expect(BigText.width(of: "1") == 4)
        #expect(BigText.width(of: "10") == 4 + 1 + 4)
        #expect(BigText.width(of: "10", narrow: true) == 3 + 1 + 3)
        #expect(BigText.width(of: "0.5") == 4 + 1 + 1 + 1 + 4)
        #expect(BigText.width(of: "≈2") == 6 + 1 + 4)
        #expect(BigText.width(of: "2^-3") == nil)
        #expect(BigText("1z").width == nil)
        #expect(BigFont.canDraw("-inf") && BigFont.canDraw("nan") && !BigFont.canDraw("2^k"))
    }

    @Test func drawsTheGlyphRowsAligned() {
        let buffer = BigText("1", alignment: .center).rendered(width: 8, height: 6)
        let rows = BigFont.glyph("1")!.rows
        for row in 0..<5 {
            #expect(buffer.rowText(row) == ("  " + rows[row]).replacingTrailingSpaces())
        }
        #expect(buffer.rowText(5) == "")
        let right = BigText("1", alignment: .right).rendered(width: 8, height: 5)
        #expect(right.rowText(4) == "     ▄█▄")
    }

    @Test func drawsNothingUnlessTheWholeTextFits() {
        let text = BigText("123")
        #expect(text.width == 14)
        #expect(text.fits(in: Rect(x: 0, y: 0, width: 14, height: 5)))
        #expect(!text.fits(in: Rect(x: 0, y: 0, width: 13, height: 5)))
        #expect(!text.fits(in: Rect(x: 0, y: 0, width: 20, height: 4)))
        #expect(text.rendered(width: 13, height: 5).plainText().allSatisfy { $0 == "\n" || $0 == " " })
        #expect(text.rendered(width: 20, height: 4).plainText().allSatisfy { $0 == "\n" || $0 == " " })
        #expect(BigText("1^").rendered(width: 40, height: 5).plainText().allSatisfy { $0 == "\n" || $0 == " " })
        var buffer = CellBuffer(width: 14, height: 5)
        text.render(into: &buffer, area: buffer.bounds, context: .plain)
        #expect(buffer.rowText(0) == " ▀█  ▀▀▀█ ▀▀▀█")
        #expect(buffer.strayCells == 0)
    }

    @Test func theGapInsideASpanTakesItsStyleAndTheGapBetweenSpansIsLeftAlone() {
        let red = Style(fg: .red), blue = Style(fg: .blue), page = Style(bg: .green)
        var buffer = CellBuffer(width: 20, height: 5, fill: Cell(" ", style: page))
        BigText(spans: [Span("10", style: red), Span("1", style: blue)], narrow: true).render(into: &buffer, area: buffer.bounds, context: .plain)
        // Columns 0-2 "1", 3 gap in span, 4-6 "0", 7 gap between spans, 8-10 "1".
        #expect(buffer[x: 3, y: 2].style == red)
        #expect(buffer[x: 7, y: 2].style == page)
        #expect(buffer[x: 9, y: 2].style == blue && buffer[x: 9, y: 2].character == "█")
        #expect(buffer[x: 11, y: 2].style == page)
    }

    @Test func asciiGlyphsReplaceTheBlocks() {
        let buffer = BigText("0").rendered(width: 4, height: 5, context: .ascii)
        #expect(buffer.rowText(0) == "#\"\"#")
        #expect(buffer.rowText(4) == "#__#")
    }
}

extension String {
    /// The string without trailing spaces (as `rowText` gives rows).
    fileprivate func replacingTrailingSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
