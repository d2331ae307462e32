import Testing
@testable import TUICore

@Suite("SVG export")
struct SVGTests {
    @Test func runsBecomeRectsAndEscapedTexts() {
        var buffer = CellBuffer(width: 10, height: 2)
        buffer.write("a<b&", x: 0, y: 0, style: Style(fg: .red, bg: .blue, attributes: .bold))
        buffer.write("ok", x: 5, y: 1, style: Style(attributes: [.reverse, .underline]))
        let svg = buffer.svgText(colorMode: .ansi256)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"84\" height=\"34\""))
        #expect(svg.contains("<rect x=\"0\" y=\"0\" width=\"33.6\" height=\"17\" fill=\"#0000ee\"/>"))
        #expect(svg.contains(">a&lt;b&amp;</text>"))
        #expect(svg.contains("font-weight=\"bold\""))
        // Reverse: the default foreground becomes the background, drawn under "ok".
        #expect(svg.contains("<rect x=\"42\" y=\"17\" width=\"16.8\" height=\"17\" fill=\"#d0d0d0\"/>"))
        #expect(svg.contains("text-decoration=\"underline\">ok</text>"))
        #expect(svg.hasSuffix("</svg>\n"))
        // Without colour only attributes remain: no coloured background rectangle.
        #expect(!buffer.svgText(colorMode: .noColor).contains("#0000ee"))
    }
}
