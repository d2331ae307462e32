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
    func draw(into buffer: inout CellBuffer, area: Rect, tensor: TensorData?, context: RenderContext) {
        let theme = context.theme
        let codec = self.codec
        let layout = codec.layout
        let encoded = values(tensor: tensor)
        let blocks = encoded.count / layout.valuesPerBlock
        let anatomy = BlockAnatomy(codec: codec, values: encoded, block: block)
        var data = " · \(BlockSample.all[min(sample, BlockSample.all.count - 1)].name), seed 1"
        if let tensor, showsTensor(tensor) {
            // Its first values (`first 256`), or all of them and zeros after (`3 + zeros`).
            data = tensor.bits.count < encoded.count ? " · \(tensor.name), \(tensor.bits.count) + zeros" : " · \(tensor.name), first \(encoded.count)"
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
        let size = layout.isByteAligned ? "\(layout.bytesPerBlock) bytes" : "\(layout.bitsPerBlock) bits"
        for part in ["  \(layout.valuesPerBlock) values in \(size)", " · \(Self.exactText(layout.bitsPerValue)) bits/value",
                     data, " · block \(min(block, blocks - 1) + 1) of \(blocks)", " · f: format  ←→: element  [ ]: block  d: data"] {
            guard x + DisplayWidth.of(part) <= area.maxX else { break }
            x += buffer.put(part, x: x, y: y, style: theme.dim, clip: area, context: context)
        }
        y += 1
        // Legend: each field in its colour.
        var legend: [Span] = [Span("fields: ", style: theme.dim)]
        for (i, f) in anatomy.fields.enumerated() {
            let scope = f.scope == .block ? "" : f.scope == .group ? " (per group)" : " (per row)"
            legend.append(Span(f.field.name + scope, style: Self.fieldStyle(i, context: context)))
            legend.append(Span("  ", style: .plain))
        }
        line(legend)
        y += drawBytes(anatomy, into: &buffer, x: x0, y: y, width: width, maxY: area.maxY - 9, context: context)
        y += 1
        // Fields: one line each.
        for (i, f) in anatomy.fields.enumerated() where y < area.maxY - 7 {
            var spans = [Span(Self.padded(f.field.name, 13), style: Self.fieldStyle(i, context: context))]
            let items = f.field.count > 1 ? "\(f.field.count) x \(f.field.bits)-bit \(f.field.encoding)" : "\(f.field.bits)-bit \(f.field.encoding)"
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
            spans.append(Span(f.field.role, style: theme.dim))
            line(spans)
        }
        y += 1
        // The element.
        let index = anatomy.blockRange.lowerBound + min(element, layout.valuesPerBlock - 1)
        line([Span("element \(index - anatomy.blockRange.lowerBound) of the block:  x = ", style: theme.text),
              Span(Self.float32Text(anatomy.values[index], width: 24), style: theme.title),
              Span("  →  y = ", style: theme.text), Span(Self.float32Text(anatomy.decoded[index], width: 24), style: theme.title),
              Span("  (float32 in and out)", style: theme.dim)])
        if let r = anatomy.reconstruction(of: index) {
            line([Span(r.formula, style: theme.text), Span("   in \(r.order)", style: theme.dim)])
            // Terms, as many per line as fit.
            var spans: [Span] = [Span("  ", style: .plain)]
            var used = 2
            for t in r.terms {
                let term = [Span("\(t.symbol) = ", style: theme.dim),
                            Span(ValueText.fitted(t.value, width: 22, minimumDigits: 6).text, style: theme.text),
                            Span(" (\(t.source))   ", style: theme.dim)]
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
            line([Span("(this format does not spell out its reconstruction)", style: theme.dim)])
        }
        let error = abs(Double(anatomy.decoded[index]) - Double(anatomy.values[index]))
        line([Span("  |y - x| = ", style: theme.dim), Span(ValueText.fitted(ExactValue(error), width: 20, minimumDigits: 6).text, style: theme.text)])
        y += 1
        // Bit accounting.
        var account = layout.fields.map { "\($0.name) \($0.bits * $0.count)" }.joined(separator: " + ")
        account += " = \(layout.bitsPerBlock) bits per \(layout.valuesPerBlock) values"
        if layout.blocksPerGroup > 0 { account += ", + \(layout.groupBits) per \(layout.blocksPerGroup) blocks" }
        account += " = \(Self.exactText(layout.bitsPerValue)) bits/value"
        if !layout.callFields.isEmpty { account += " (+ \(layout.callBits) bits per row, not counted)" }
        line([Span("bits: ", style: theme.dim), Span(account, style: theme.text)])
        let e = anatomy.blockError
        var errorSpans: [Span] = [Span("block error: max |y - x| = ", style: theme.dim),
                                  Span(ValueText.fitted(ExactValue(e.maxAbs), width: 14, minimumDigits: 6).text, style: theme.text)]
        if e.sumSquaredError > 0 && e.sumSquares > 0 {
            let sqnr = 10 * log10(e.sumSquares / e.sumSquaredError)
            errorSpans += [Span("   SQNR ", style: theme.dim), Span("≈" + Self.fixed(sqnr, 2) + " dB", style: theme.text)]
        } else if e.sumSquaredError == 0 {
            errorSpans += [Span("   exact block (every y = x)", style: theme.dim)]
        }
        line(errorSpans)
    }

    /// The chosen block's bytes in hex, each byte in the colour of the field holding its first bit;
    /// returns the rows used. Rows that do not fit end with a count of the bytes left out.
    func drawBytes(_ anatomy: BlockAnatomy, into buffer: inout CellBuffer, x: Int, y: Int, width: Int, maxY: Int,
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
                buffer.put("… \(range.upperBound - start - perRow) more bytes", x: column, y: y + r, style: context.theme.dim, clip: clip, context: context)
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
