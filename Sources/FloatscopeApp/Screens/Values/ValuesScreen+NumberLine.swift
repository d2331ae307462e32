import Foundation
import FormatCore
import TUICore

/// Drawing the Values screen's number line (formats wider than 8 bits).
extension ValuesScreen {
    /// The finite codes drawn on the axis, in increasing order: `ticks / 2` steps each way from
    /// the cursor. When the cursor is an infinity (which has no place on a finite axis) they are
    /// the `ticks / 2` finite values next to it; when it is NaN there are none.
    func visibleCodes() -> [UInt64] {
        let decoded = format.decode(cursor)
        if decoded.category == .nan { return [] }
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
        return below.reversed() + (decoded.isFinite ? [cursor] : []) + above
    }

    /// log2 of a code's ULP, or nil.
    func ulpExponent(_ code: UInt64) -> Int? {
        guard let ulp = format.ulp(at: code)?.finiteMagnitude, !ulp.isZero else { return nil }
        return ulp.floorLog2
    }

    /// Draws the header, the axis with a tick per value, ULP labels, the binade table and the selection.
    ///
    /// An infinity is drawn as a tick of its own beyond the end of the finite axis; NaN has no
    /// place on it, so only a note and the selection are drawn.
    func drawNumberLine(into buffer: inout CellBuffer, area: Rect, context: RenderContext, language: Language) {
        func say(_ en: String, _ zh: String) -> String { language.say(en, zh) }
        let theme = context.theme, g = context.glyphs
        let facts = FormatFacts(format)
        let decoded = format.decode(cursor)
        let codes = visibleCodes()
        let shown = decoded.category == .infinity
            ? say("the \(codes.count) finite values next to \(label(cursor))", "\(label(cursor)) 旁边的 \(codes.count) 个有限值")
            : say("\(ticks) values", "\(ticks) 个数值")
        drawHeader(into: &buffer, area: area, context: context,
                   mode: say("number line: \(shown) (+ - zoom, ← → step, PgUp PgDn pan)", "数轴：\(shown)（+ - 缩放，← → 步进，PgUp PgDn 平移）"))
        guard !codes.isEmpty else {
            buffer.put(Translation.text("NaN has no place on the number line (v: back to the shared value)", language), x: area.x + 2, y: area.y + 3,
                       style: theme.text, clip: area, context: context)
            drawSelection(into: &buffer, area: area, context: context, language: language, facts: facts)
            return
        }
        let infinity: (negative: Bool, x: Int)?
        var axis = Rect(x: area.x + 2, y: area.y + 3, width: area.width - 4, height: 1)
        if decoded.category == .infinity {
            // The finite axis leaves room for a gap and the infinity's tick.
            let gap = 5
            axis.width -= gap
            if decoded.exact.isNegative { axis.x += gap }
            infinity = (decoded.exact.isNegative, decoded.exact.isNegative ? area.x + 2 : axis.maxX + gap - 1)
        } else {
            infinity = nil
        }
        guard axis.width > 10, area.height > 6 else { return }
        let values = codes.map { format.decode($0).exact.doubleValue }
        let low = values[0], high = values[values.count - 1]
        let span = high - low
        func column(_ v: Double) -> Int {
            let t = (v - low) / span
            guard span > 0, span.isFinite, t.isFinite else { return axis.x + axis.width / 2 }
            return axis.x + Int((min(1, max(0, t)) * Double(axis.width - 1)).rounded())
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
        let labelWidth = max(10, min(24, (axis.width - 4) / 3))
        let lowText = label(codes[0], width: labelWidth), highText = label(codes[codes.count - 1], width: labelWidth)
        let endStyle = { (code: UInt64) in code == self.cursor ? theme.text.bold() : theme.dim }
        buffer.put(lowText, x: axis.x, y: labelY, style: endStyle(codes[0]), context: context)
        buffer.put(highText, x: axis.maxX - DisplayWidth.of(highText), y: labelY, style: endStyle(codes[codes.count - 1]), context: context)
        if let infinity {
            let style = CategoryStyle.infinity.style(context)
            let dots = infinity.negative ? Rect(x: infinity.x + 1, y: axis.y, width: axis.x - infinity.x - 1, height: 1)
                : Rect(x: axis.maxX, y: axis.y, width: infinity.x - axis.maxX, height: 1)
            buffer.drawHorizontalLine(x: dots.x + 1, y: axis.y, length: max(0, dots.width - 2), glyph: g.isUnicode ? "┄" : ".", style: theme.dim)
            buffer.put(String(g.cross), x: infinity.x, y: axis.y, style: style, context: context)
            buffer.put(String(g.arrowDown), x: infinity.x, y: axis.y - 2, style: theme.cursor, context: context)
            let text = label(cursor, width: labelWidth)
            let x = infinity.negative ? infinity.x : infinity.x + 1 - DisplayWidth.of(text)
            buffer.put(text, x: x, y: labelY, style: theme.text.bold(), clip: area, context: context)
        } else {
            let centre = label(cursor, width: labelWidth)
            let centreWidth = DisplayWidth.of(centre)
            let lowEnd = axis.x + DisplayWidth.of(lowText) + 1, highStart = axis.maxX - DisplayWidth.of(highText) - 1
            if codes.count > 1, cursor != codes[0], cursor != codes[codes.count - 1], highStart - lowEnd >= centreWidth {
                let cx = min(max(lowEnd, column(decoded.exact.doubleValue) - centreWidth / 2), highStart - centreWidth)
                buffer.put(centre, x: cx, y: labelY, style: theme.text.bold(), context: context)
            }
        }
        // The spacing at both ends.
        let first = codes[0], last = codes[codes.count - 1]
        let spacing = say("spacing (ULP): ", "间距 (ULP)：") + ulpText(first) + (ulpExponent(first) == ulpExponent(last) ? "" : " … " + ulpText(last))
        buffer.put(spacing, x: area.x + 2, y: labelY + 1, style: theme.text, clip: area, context: context)
        drawBinades(into: &buffer, area: Rect(x: area.x, y: labelY + 3, width: area.width, height: area.maxY - 3 - (labelY + 3)), context: context,
                    language: language)
        drawSelection(into: &buffer, area: area, context: context, language: language, facts: facts)
    }

    /// The text of a code's value on the axis: exact when it fits `width`, else rounded (marked ≈)
    /// to enough digits to tell it from the values next to it.
    func label(_ code: UInt64, width: Int = 24) -> String {
        ValuesScreen.valueText(format: format, code: code, width: width).text
    }

    /// A ULP as `2^-10 = 0.0009765625` when its decimal fits 12 columns, else `2^-24 ≈ 5.96e-08`
    /// ("2^0 ≈ 1" once said ≈ of an exact value).
    func ulpText(_ code: UInt64) -> String {
        guard let e = ulpExponent(code) else { return "–" }
        let t = ValueText.fitted(.finite(Rational(significand: 1, exponent: e)), width: 12, minimumDigits: 3)
        return "2^\(e) " + (t.isExact ? "= " + t.text : ValueText.roundedMark + " " + t.text.dropFirst())
    }

    /// The binades around the cursor: range, how many values each holds, their spacing.
    func drawBinades(into buffer: inout CellBuffer, area: Rect, context: RenderContext, language: Language) {
        guard area.height >= 2, let s = format.floatSemantics else { return }
        let theme = context.theme
        // Columns of 18 and 9 display columns, then the spacing.
        func row(_ range: String, _ count: String, _ ulp: String) -> String {
            ValuesScreen.padded(range, 18) + ValuesScreen.padded(count, 9) + ulp
        }
        buffer.put(row(Translation.text("binade", language), language.say("values", "数值个数"), Translation.text("spacing", language)),
                   x: area.x + 2, y: area.y, style: theme.dim, context: context)
        let decoded = format.decode(cursor)
        let field = decoded.exponentField ?? s.minNormalField
        let here = max(s.minExponent - 1, field - s.bias)
        let rows = area.height - 1
        let lowest = max(s.minExponent - (s.hasSubnormals ? 1 : 0), min(here - rows / 2, s.maxExponent - rows + 1))
        for (i, e) in (lowest...max(lowest, min(s.maxExponent, lowest + rows - 1))).enumerated() {
            let y = area.y + 1 + i
            let subnormal = e < s.minExponent
            let range = subnormal ? Translation.text("subnormals", language) : "[2^\(e), 2^\(e + 1))"
            let count = subnormal ? "2^\(s.mantissaBits)-1" : "2^\(s.mantissaBits)"
            let ulp = "2^\((subnormal ? s.minExponent : e) - s.mantissaBits)"
            let text = row(range, count, ulp)
            let current = e == here || (subnormal && decoded.category == .subnormal)
            buffer.put((current ? "▶ " : "  ") + text, x: area.x, y: y, style: current ? theme.text.bold() : theme.text, clip: area, context: context)
        }
    }
}
