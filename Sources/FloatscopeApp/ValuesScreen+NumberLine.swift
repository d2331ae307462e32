import Foundation
import FormatCore
import TUICore

/// Drawing the Values screen's number line (formats wider than 8 bits).
extension ValuesScreen {
    /// The finite codes around the cursor, in increasing order: `ticks / 2` steps each way.
    func visibleCodes() -> [UInt64] {
        var below: [UInt64] = [], above: [UInt64] = []
        var code = cursor
        for _ in 0..<(ticks / 2) {
            guard let next = format.nextDown(code), format.decode(next).isFinite else { break }
            below.append(next)
            code = next
        }
        code = cursor
        for _ in 0..<(ticks / 2) {
            guard let next = format.nextUp(code), format.decode(next).isFinite else { break }
            above.append(next)
            code = next
        }
        return below.reversed() + [cursor] + above
    }

    /// log2 of a code's ULP, or nil.
    func ulpExponent(_ code: UInt64) -> Int? {
        guard let ulp = format.ulp(at: code)?.finiteMagnitude, !ulp.isZero else { return nil }
        return ulp.floorLog2
    }

    /// Draws the header, the axis with a tick per value, ULP labels, the binade table and the selection.
    func drawNumberLine(into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        let theme = context.theme, g = context.glyphs
        let facts = FormatFacts(format)
        drawHeader(into: &buffer, area: area, context: context,
                   mode: "number line: \(ticks) values (+ - zoom, ← → step, PgUp PgDn pan)")
        let codes = visibleCodes()
        let values = codes.map { format.decode($0).exact.doubleValue }
        let axis = Rect(x: area.x + 2, y: area.y + 3, width: area.width - 4, height: 1)
        guard let low = values.first, let high = values.last, axis.width > 10 else { return }
        let span = high - low
        func column(_ v: Double) -> Int {
            span > 0 ? axis.x + Int(((v - low) / span * Double(axis.width - 1)).rounded()) : axis.x + axis.width / 2
        }
        buffer.drawHorizontalLine(x: axis.x, y: axis.y, length: axis.width, glyph: g.horizontal, style: theme.border)
        var previousExponent: Int?
        for (code, value) in zip(codes, values) {
            let x = column(value)
            let exponent = ulpExponent(code)
            let category = CategoryStyle(format.decode(code), maxFinite: facts.maxFinite)
            let edge = previousExponent != nil && exponent != previousExponent
            buffer.put(String(edge ? g.teeUp : g.cross), x: x, y: axis.y, style: category.style(context).patched(with: edge ? theme.title : .plain), context: context)
            if edge, let exponent, let previousExponent {
                let note = exponent > previousExponent ? "ulp×2" : "ulp÷2"
                buffer.put(note, x: min(x, axis.maxX - note.count), y: axis.y - 1, style: theme.title, context: context)
            }
            previousExponent = exponent
            if code == cursor { buffer.put(String(g.arrowDown), x: x, y: axis.y - 2, style: theme.cursor, context: context) }
        }
        // The ends and the centre, written under the axis.
        let labelY = axis.y + 1
        let lowText = format.shortestDecimal(codes.first!), highText = format.shortestDecimal(codes.last!)
        buffer.put(lowText, x: axis.x, y: labelY, style: theme.dim, context: context)
        buffer.put(highText, x: axis.maxX - highText.count, y: labelY, style: theme.dim, context: context)
        let centre = format.shortestDecimal(cursor)
        let cx = min(max(axis.x + lowText.count + 1, column(format.decode(cursor).exact.doubleValue) - centre.count / 2),
                     axis.maxX - highText.count - centre.count - 1)
        buffer.put(centre, x: cx, y: labelY, style: theme.text.bold(), context: context)
        // The spacing at both ends.
        let spacing = "spacing (ULP): " + ulpText(codes.first!) + (ulpExponent(codes.first!) == ulpExponent(codes.last!) ? "" : " … " + ulpText(codes.last!))
        buffer.put(spacing, x: axis.x, y: labelY + 1, style: theme.text, clip: area, context: context)
        drawBinades(into: &buffer, area: Rect(x: area.x, y: labelY + 3, width: area.width, height: area.maxY - 3 - (labelY + 3)), context: context)
        drawSelection(into: &buffer, area: area, context: context, facts: facts)
    }

    /// A ULP as `2^-10 ≈ 0.000977`.
    func ulpText(_ code: UInt64) -> String {
        guard let e = ulpExponent(code) else { return "–" }
        return "2^\(e) ≈ " + DecimalText.approximate(pow(2, Double(e)), digits: 3)
    }

    /// The binades around the cursor: range, how many values each holds, their spacing.
    func drawBinades(into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        guard area.height >= 2, let s = format.floatSemantics else { return }
        let theme = context.theme
        buffer.put("binade            values   spacing", x: area.x + 2, y: area.y, style: theme.dim, context: context)
        let decoded = format.decode(cursor)
        let field = decoded.exponentField ?? s.minNormalField
        let here = max(s.minExponent - 1, field - s.bias)
        let rows = area.height - 1
        let lowest = max(s.minExponent - (s.hasSubnormals ? 1 : 0), min(here - rows / 2, s.maxExponent - rows + 1))
        for (i, e) in (lowest...max(lowest, min(s.maxExponent, lowest + rows - 1))).enumerated() {
            let y = area.y + 1 + i
            let subnormal = e < s.minExponent
            let range = subnormal ? "subnormals" : "[2^\(e), 2^\(e + 1))"
            let count = subnormal ? "2^\(s.mantissaBits)-1" : "2^\(s.mantissaBits)"
            let ulp = "2^\((subnormal ? s.minExponent : e) - s.mantissaBits)"
            let text = range.padding(toLength: 18, withPad: " ", startingAt: 0) + count.padding(toLength: 9, withPad: " ", startingAt: 0) + ulp
            let current = e == here || (subnormal && decoded.category == .subnormal)
            buffer.put((current ? "▶ " : "  ") + text, x: area.x, y: y, style: current ? theme.text.bold() : theme.text, clip: area, context: context)
        }
    }
}
