import Foundation
import FormatCore
import TUICore

/// Drawing the Blocks screen: title, bytes by field, fields, one element's reconstruction, the bit
/// accounting and the block's error. Numbers are exact, or rounded for the column and marked ≈.
extension BlocksScreen {
    /// Field colours, in field order (cycled).
    static let fieldColors: [Color] = [.cyan, .yellow, .green, .magenta, .blue, .red]

    /// The style of field `i`: a colour, or without colour alternately plain and underlined.
    static func fieldStyle(_ i: Int, context: RenderContext) -> Style {
        context.colorMode == .noColor ? (i % 2 == 0 ? .plain : Style(attributes: .underline)) : Style(fg: fieldColors[i % fieldColors.count])
    }

    /// Draws everything top to bottom; sections that do not fit are left out from the bottom.
    func draw(into buffer: inout CellBuffer, area: Rect, tensor: TensorData?, language: Language, context: RenderContext) {
        let theme = context.theme
        func say(_ en: String, _ zh: String) -> String { language.say(en, zh) }
        let codec = self.codec
        let layout = codec.layout
        let encoded = values(tensor: tensor)
        let blocks = encoded.count / layout.valuesPerBlock
        let anatomy = BlockAnatomy(codec: codec, values: encoded, block: block)
        let chosen = BlockSample.all[min(sample, BlockSample.all.count - 1)]
        var data = say(" · \(chosen.name), seed 1", " · \(chosen.name(language))，种子 1")
        if let tensor, showsTensor(tensor) {
            // Its first values (`first 256`), or all of them and zeros after (`3 + zeros`).
            data = tensor.bits.count < encoded.count ? say(" · \(tensor.name), \(tensor.bits.count) + zeros", " · \(tensor.name)，\(tensor.bits.count) 个 + 补零")
                : say(" · \(tensor.name), first \(encoded.count)", " · \(tensor.name)，前 \(encoded.count) 个")
        }
        let width = area.width - 2
        var y = area.y
        let x0 = area.x + 1
        func line(_ spans: [Span]) {
            guard y < area.maxY else { return }
            buffer.put(spans, x: x0, y: y, clip: area, context: context)
            y += 1
        }
        // Title: whole parts only.
        var x = x0
        x += buffer.put(codec.name, x: x, y: y, style: theme.title, context: context)
        let size = layout.isByteAligned ? say("\(layout.bytesPerBlock) bytes", "\(layout.bytesPerBlock) 字节") : say("\(layout.bitsPerBlock) bits", "\(layout.bitsPerBlock) 位")
        let perValue = Self.exactText(layout.bitsPerValue), shown = min(block, blocks - 1) + 1
        for part in [say("  \(layout.valuesPerBlock) values in \(size)", "  \(layout.valuesPerBlock) 个数值，\(size)"), say(" · \(perValue) bits/value", " · \(perValue) 位/数值"),
                     data, say(" · block \(shown) of \(blocks)", " · 第 \(shown) / \(blocks) 块"), Translation.text(" · f: format  ←→: element  [ ]: block  d: data", language)] {
            guard x + DisplayWidth.of(part) <= area.maxX else { break }
            x += buffer.put(part, x: x, y: y, style: theme.dim, clip: area, context: context)
        }
        y += 1
        // Legend: each field in its colour.
        var legend: [Span] = [Span(Translation.text("fields: ", language), style: theme.dim)]
        for (i, f) in anatomy.fields.enumerated() {
            let scope = f.scope == .block ? "" : Translation.text(f.scope == .group ? " (per group)" : " (per row)", language)
            legend.append(Span(Self.fieldName(f.field.name, language) + scope, style: Self.fieldStyle(i, context: context)))
            legend.append(Span("  ", style: .plain))
        }
        line(legend)
        y += drawBytes(anatomy, into: &buffer, x: x0, y: y, width: width, maxY: area.maxY - 9, language: language, context: context)
        y += 1
        // Fields: one line each.
        for (i, f) in anatomy.fields.enumerated() where y < area.maxY - 7 {
            var spans = [Span(Self.padded(Self.fieldName(f.field.name, language), 13), style: Self.fieldStyle(i, context: context))]
            let bits = say("\(f.field.bits)-bit \(f.field.encoding)", "\(f.field.bits) 位 \(Self.layoutText(f.field.encoding, language))")
            let items = f.field.count > 1 ? "\(f.field.count) x \(bits)" : bits
            spans.append(Span(Self.padded(items, 24), style: theme.dim))
            if f.field.count == 1 {
                let hex = f.hex(0)
                if let v = f.value(0) {
                    spans.append(Span("\(hex) = \(ValueText.fitted(v, width: 24, minimumDigits: 6).text)  ", style: theme.text))
                } else {
                    spans.append(Span("\(hex)  ", style: theme.text))
                }
            } else {
                let shown = f.items.prefix(8).map { String($0) }.joined(separator: " ")
                spans.append(Span(shown + (f.items.count > 8 ? " …  " : "  "), style: theme.text))
            }
            spans.append(Span(Self.layoutText(f.field.role, language), style: theme.dim))
            line(spans)
        }
        y += 1
        // The element.
        let index = anatomy.blockRange.lowerBound + min(element, layout.valuesPerBlock - 1)
        let position = index - anatomy.blockRange.lowerBound
        line([Span(say("element \(position) of the block:  x = ", "块的第 \(position) 个元素：  x = "), style: theme.text),
              Span(Self.float32Text(anatomy.values[index], width: 24), style: theme.title),
              Span("  →  y = ", style: theme.text), Span(Self.float32Text(anatomy.decoded[index], width: 24), style: theme.title),
              Span(Translation.text("  (float32 in and out)", language), style: theme.dim)])
        if let r = anatomy.reconstruction(of: index) {
            line([Span(Self.formulaText(r.formula, language), style: theme.text),
                  Span(say("   in \(r.order)", "   按 \(Self.chineseText(r.order))"), style: theme.dim)])
            // Terms, as many per line as fit.
            var spans: [Span] = [Span("  ", style: .plain)]
            var used = 2
            for t in r.terms {
                let term = [Span("\(Self.fieldName(t.symbol, language)) = ", style: theme.dim),
                            Span(ValueText.fitted(t.value, width: 22, minimumDigits: 6).text, style: theme.text),
                            Span(say(" (\(t.source))   ", "（\(Self.chineseText(t.source))）  "), style: theme.dim)]
                let columns = term.reduce(0) { $0 + DisplayWidth.of($1.text) }
                if used + columns > width && spans.count > 1 {
                    line(spans)
                    spans = [Span("  ", style: .plain)]
                    used = 2
                }
                spans += term
                used += columns
            }
            line(spans)
        } else {
            line([Span(Translation.text("(this format does not spell out its reconstruction)", language), style: theme.dim)])
        }
        let error = abs(Double(anatomy.decoded[index]) - Double(anatomy.values[index]))
        line([Span("  |y - x| = ", style: theme.dim), Span(ValueText.fitted(ExactValue(error), width: 20, minimumDigits: 6).text, style: theme.text)])
        y += 1
        // Bit accounting.
        var account = layout.fields.map { "\(Self.fieldName($0.name, language)) \($0.bits * $0.count)" }.joined(separator: " + ")
        account += say(" = \(layout.bitsPerBlock) bits per \(layout.valuesPerBlock) values", " = 每 \(layout.valuesPerBlock) 个数值 \(layout.bitsPerBlock) 位")
        if layout.blocksPerGroup > 0 { account += say(", + \(layout.groupBits) per \(layout.blocksPerGroup) blocks", "，另每 \(layout.blocksPerGroup) 块 \(layout.groupBits) 位") }
        account += say(" = \(perValue) bits/value", " = \(perValue) 位/数值")
        if !layout.callFields.isEmpty { account += say(" (+ \(layout.callBits) bits per row, not counted)", "（另每行 \(layout.callBits) 位，未计入）") }
        line([Span(Translation.text("bits: ", language), style: theme.dim), Span(account, style: theme.text)])
        let e = anatomy.blockError
        var errorSpans: [Span] = [Span(Translation.text("block error: max |y - x| = ", language), style: theme.dim),
                                  Span(ValueText.fitted(ExactValue(e.maxAbs), width: 14, minimumDigits: 6).text, style: theme.text)]
        if e.sumSquaredError > 0 && e.sumSquares > 0 {
            let sqnr = 10 * log10(e.sumSquares / e.sumSquaredError)
            errorSpans += [Span("   SQNR ", style: theme.dim), Span("≈" + Self.fixed(sqnr, 2) + " dB", style: theme.text)]
        } else if e.sumSquaredError == 0 {
            errorSpans += [Span(Translation.text("   exact block (every y = x)", language), style: theme.dim)]
        }
        line(errorSpans)
    }

    /// The chosen block's bytes in hex, each byte in the colour of the field holding its first bit;
    /// returns the rows used. Rows that do not fit end with a count of the bytes left out.
    func drawBytes(_ anatomy: BlockAnatomy, into buffer: inout CellBuffer, x: Int, y: Int, width: Int, maxY: Int, language: Language,
                   context: RenderContext) -> Int {
        let clip = Rect(x: x, y: y, width: width, height: max(0, maxY - y))
        let range = anatomy.blockByteRange
        let perRow = max(4, min(32, (width - 6) / 3) / 4 * 4)
        let rows = max(1, min((range.count + perRow - 1) / perRow, maxY - y))
        let blockFields = anatomy.fields.enumerated().filter { $0.element.scope == .block }
        func fieldIndex(ofByte b: Int) -> Int {
            let bit = b * 8
            for (i, f) in blockFields where bit >= f.bitOffset && bit < f.bitOffset + f.field.bits * f.field.count { return i }
            return blockFields.last?.offset ?? 0
        }
        for r in 0..<rows {
            let start = range.lowerBound + r * perRow
            guard start < range.upperBound else { break }
            var column = x
            column += buffer.put(Self.padded(String(start - range.lowerBound), 4), x: column, y: y + r, style: context.theme.dim, clip: clip, context: context)
            for b in start..<min(start + perRow, range.upperBound) {
                column += buffer.put(BlockField.hex(UInt64(anatomy.bytes[b]), bits: 8).dropFirst(2) + " ", x: column, y: y + r,
                                     style: Self.fieldStyle(fieldIndex(ofByte: b), context: context), clip: clip, context: context)
            }
            if r == rows - 1 && start + perRow < range.upperBound {
                let more = range.upperBound - start - perRow
                buffer.put(language == .zh ? "… 另有 \(more) 字节" : "… \(more) more bytes", x: column, y: y + r, style: context.theme.dim, clip: clip, context: context)
            }
        }
        return rows
    }

    /// A float32 exactly when it fits `width`, else rounded (≈) to the fewest digits that tell it
    /// from its float32 neighbours.
    static func float32Text(_ f: Float, width: Int) -> String {
        guard f.isFinite else { return ValueText.fitted(BinaryValue(f).exact).text }
        let neighbours = [f.nextDown, f.nextUp].filter(\.isFinite).map { BinaryValue($0).exact }
        return ValueText.fitted(BinaryValue(f).exact, width: width, neighbours: neighbours).text
    }

    /// A dyadic rational's exact decimal (bits per value).
    static func exactText(_ v: Double) -> String { ValueText.exact(ExactValue(v)).text }

    /// `v` with `digits` decimals (callers mark it ≈).
    static func fixed(_ v: Double, _ digits: Int) -> String {
        let scale = Double([1, 10, 100, 1000][min(digits, 3)])
        let r = (v * scale).rounded() / scale
        var text = String(r)
        if let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
        }
        return text
    }

    /// `text` padded with spaces to `width` columns (never cut).
    static func padded(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - DisplayWidth.of(text)))
    }
}
