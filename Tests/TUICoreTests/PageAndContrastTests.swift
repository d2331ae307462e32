import Testing
@testable import TUICore

@Suite("Light theme, page colours and high contrast")
struct PageAndContrastTests {
    @Test func everyColourModeHasADarkAndALightTheme() {
        for mode in ColorMode.allCases {
            let dark = Theme.standard(for: mode), light = Theme.standard(for: mode, appearance: .light)
            #expect(dark == Theme.standard(for: mode, appearance: .dark))
            #expect(dark.appearance == .dark && dark.page == .plain)
            #expect(light.appearance == .light && light.page == Theme.lightPage)
            #expect(RenderContext(colorMode: mode).theme == dark)
        }
        // Dark text on a light page.
        let page = Theme.light.page
        #expect(CellBuffer.luminance(page.background)! > 0.9 && CellBuffer.luminance(page.foreground)! < 0.1)
    }

    @Test func paintPageFillsDefaultColoursOnlyAndDarkensLightTextOnALightPage() {
        var buffer = CellBuffer(width: 5, height: 1)
        buffer.write("a", x: 0, y: 0, style: Style(attributes: .bold))
        buffer.write("b", x: 1, y: 0, style: Style(fg: .red, bg: .blue))
        buffer.write("c", x: 2, y: 0, style: Style(fg: .yellow))
        buffer.write("d", x: 3, y: 0, style: Style(fg: .white))
        let dark = buffer
        var painted = buffer
        painted.paintPage(.plain)
        #expect(painted == dark)
        painted.paintPage(Theme.lightPage)
        #expect(painted[x: 0, y: 0].style == Style(fg: .indexed(16), bg: .indexed(231), attributes: .bold))
        #expect(painted[x: 1, y: 0].style == Style(fg: .red, bg: .blue))
        #expect(painted[x: 3, y: 0].style == Style(fg: .indexed(16), bg: .indexed(231)), "light grey text takes the page's text colour")
        let yellow = painted[x: 2, y: 0].style
        #expect(yellow.background == .indexed(231))
        #expect(CellBuffer.luminance(yellow.foreground)! < 0.5, "yellow text on white is darkened")
        #expect(painted[x: 4, y: 0].style == Style(fg: .indexed(16), bg: .indexed(231)))
    }

    @Test func highContrastDropsDimAndGreyAndMakesEverythingBold() {
        var buffer = CellBuffer(width: 4, height: 1)
        buffer.write("a", x: 0, y: 0, style: Style(attributes: .dim))
        buffer.write("b", x: 1, y: 0, style: Style(fg: .indexed(242)))
        buffer.write("c", x: 2, y: 0, style: Style(fg: .red, bg: .indexed(237)))
        buffer.write("d", x: 3, y: 0, style: Style(fg: .brightBlack))
        buffer.makeHighContrast()
        #expect(buffer[x: 0, y: 0].style == Style(attributes: .bold))
        #expect(buffer[x: 1, y: 0].style == Style(attributes: .bold))
        #expect(buffer[x: 2, y: 0].style == Style(fg: .red, bg: .indexed(237), attributes: .bold))
        #expect(buffer[x: 3, y: 0].style == Style(attributes: .bold))
    }

    @Test func aLightSVGHasALightBackgroundAndDarkText() throws {
        var buffer = CellBuffer(width: 6, height: 2)
        buffer.write("hi", x: 0, y: 0)
        buffer.write("█▀▄", x: 0, y: 1, style: Style(fg: .red))
        let light = buffer.svgText(colorMode: .ansi256, theme: .light)
        let background = try #require(light.firstMatch(of: /<rect width="100%" height="100%" fill="#([0-9a-f]{6})"\/>/))
        #expect(Self.luminance(hex: String(background.1)) > 0.9)
        #expect(light.contains("fill=\"#000000\"") && light.contains(">hi    </text>"))
        // Without colour the page is still light.
        #expect(buffer.svgText(colorMode: .noColor, theme: .lightMonochrome).contains("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"))
        let dark = buffer.svgText(colorMode: .ansi256, theme: .colored)
        #expect(dark.contains("<rect width=\"100%\" height=\"100%\" fill=\"#1c1c1c\"/>"))
        // Blocks are rectangles: full height, upper half, lower half.
        #expect(light.contains("<rect x=\"0\" y=\"17\" width=\"8.4\" height=\"17\" fill=\"#cd0000\" shape-rendering=\"crispEdges\"/>"))
        #expect(light.contains("<rect x=\"8.4\" y=\"17\" width=\"8.4\" height=\"8.5\" fill=\"#cd0000\""))
        #expect(light.contains("<rect x=\"16.8\" y=\"25.5\" width=\"8.4\" height=\"8.5\" fill=\"#cd0000\""))
        #expect(!light.contains("█"))
    }

    static func luminance(hex: String) -> Double {
        let v = Int(hex, radix: 16)!
        return (0.2126 * Double(v >> 16) + 0.7152 * Double((v >> 8) & 255) + 0.0722 * Double(v & 255)) / 255
    }
}
