import Foundation
import FormatCore
import TUICore

/// Drawing the NF4 screen.
extension NF4Screen {
    /// NF4's quantile offset: the probability whose normal quantile becomes ±1.
    static let offset = 0.9677083

    /// NF4's unnormalised levels: 8 positive and 7 negative normal quantiles, and 0.
    static func quantiles() -> (positive: [Double], negative: [Double]) {
        let positive = (0..<8).map { NormalDistribution.quantile(offset - (offset - 0.5) * Double($0) / 8) }
        let negative = (0..<7).map { -NormalDistribution.quantile(offset - (offset - 0.5) * Double($0) / 7) }
        return (positive, negative)
    }

    /// Draws the header, then the picture or the construction, then the comparison table.
    func draw(into buffer: inout CellBuffer, area: Rect, tensorData: Bool, context: RenderContext, language: Language) {
        func say(_ en: String, _ zh: String) -> String { language.say(en, zh) }
        let theme = context.theme
        let quantizers = self.quantizers
        let quantizer = quantizers[selected]
        var x = area.x + 1
        x += buffer.put(quantizer.name, x: x, y: area.y, style: theme.title, context: context)
        x += buffer.put(say(" (\(quantizer.note))", "（\(Translation.text(quantizer.note, language))）"), x: x, y: area.y, style: theme.text, context: context)
        // Whole parts only, the sample first: a part that does not fit is left out, never cut.
        let data = dataTitle(language)
        let parts = language == .zh
            ? ["  \(data)，每块 \(Quantizer.blockSize) 个", " · n N：量化器", " · i：\(showsConstruction ? "分箱" : "NF4 的构造")"] + (tensorData ? [" · d：数据"] : [])
            : ["  \(data) in blocks of \(Quantizer.blockSize)", " · n N: quantiser", " · i: \(showsConstruction ? "bins" : "how NF4 is built")"] + (tensorData ? [" · d: data"] : [])
        for part in parts {
            guard x + DisplayWidth.of(part) < area.maxX else { break }
            x += buffer.put(part, x: x, y: area.y, style: theme.dim, clip: area, context: context)
        }
        let tableHeight = quantizers.count + 1
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1 - tableHeight - 1)
        if showsConstruction {
            drawConstruction(into: &buffer, area: body, context: context, language: language)
        } else {
            drawBins(quantizer, into: &buffer, area: body, context: context, language: language)
        }
        drawTable(into: &buffer, area: Rect(x: area.x, y: area.maxY - tableHeight, width: area.width, height: tableHeight), context: context, language: language)
    }

    /// The density curve with alternating bin bands, the levels, and the share of each bin.
    func drawBins(_ q: Quantizer, into buffer: inout CellBuffer, area: Rect, context: RenderContext, language: Language) {
        let theme = context.theme, g = context.glyphs
        let plot = Rect(x: area.x + 6, y: area.y, width: area.width - 8, height: area.height)
        guard plot.height >= 6, plot.width > 20 else { return }
        let curveRows = (plot.height - 3) / 2 + 1, barRows = plot.height - 3 - curveRows + 1
        func column(_ v: Double) -> Int { plot.x + min(plot.width - 1, max(0, Int(((v + 1) / 2 * Double(plot.width - 1)).rounded()))) }
        func value(_ c: Int) -> Double { Double(c - plot.x) / Double(plot.width - 1) * 2 - 1 }
        let sigma = 1 / NormalDistribution.quantile(NF4Screen.offset)
        let peak = NormalDistribution.density(0, sigma: sigma)
        let maxShare = max(q.shares.max() ?? 1, 1.0 / Double(q.levels.count) * 1.5)
        let banded = context.colorMode == .noColor ? Style.plain : Style(bg: .indexed(236))
        let curveStyle = context.colorMode == .noColor ? Style.plain : Style(fg: .cyan)
        let barStyle = context.colorMode == .noColor ? Style.plain : Style(fg: .yellow)
        let fairRow = plot.y + curveRows + 2 + barRows - 1 - Int((1 / Double(q.levels.count) / maxShare * Double(barRows - 1)).rounded())
        for c in plot.x..<plot.maxX {
            let v = value(c)
            let bin = Quantizer.bin(of: v, boundaries: q.boundaries)
            let odd = bin % 2 == 1
            // Density, in half rows.
            let halves = Int((NormalDistribution.density(v, sigma: sigma) / peak * Double(curveRows * 2)).rounded())
            for r in 0..<curveRows {
                let y = plot.y + curveRows - 1 - r
                let filled = halves - r * 2
                let glyph: Character = filled >= 2 ? g.blockFull : filled == 1 ? g.blockLowerHalf : (odd && context.colorMode == .noColor ? g.shadeLight : " ")
                buffer.put(String(glyph), x: c, y: y, style: odd ? curveStyle.patched(with: banded) : curveStyle, context: context)
            }
            // Shares, in half rows, on their own strip.
            let share = q.shares[bin]
            let barHalves = Int((share / maxShare * Double(barRows * 2)).rounded())
            for r in 0..<barRows {
                let y = plot.y + curveRows + 2 + barRows - 1 - r
                let filled = barHalves - r * 2
                var glyph: Character = filled >= 2 ? g.blockFull : filled == 1 ? g.blockLowerHalf : " "
                if glyph == " " && y == fairRow { glyph = "-" }
                if glyph == " " && odd && context.colorMode == .noColor { glyph = g.shadeLight }
                buffer.put(String(glyph), x: c, y: y, style: odd ? barStyle.patched(with: banded) : barStyle, context: context)
            }
        }
        // Level markers and the axis.
        let markerY = plot.y + curveRows
        for level in q.levels { buffer.put(String(g.arrowUp), x: column(level), y: markerY, style: theme.title, context: context) }
        let axisY = markerY + 1
        for (label, v) in [("-1", -1.0), ("-0.5", -0.5), ("0", 0), ("0.5", 0.5), ("1", 1)] {
            let c = column(v)
            buffer.put(label, x: min(plot.maxX - label.count, max(plot.x, c - label.count / 2)), y: axisY, style: theme.dim, context: context)
        }
        buffer.put(Translation.text("pdf", language), x: area.x + 1, y: plot.y, style: theme.dim, context: context)
        buffer.put(Translation.text("share", language), x: area.x, y: plot.y + curveRows + 2, style: theme.dim, context: context)
        buffer.put(NF4Screen.figure(maxShare * 100, digits: 2, width: 4) + "%", x: area.x + 1, y: plot.y + curveRows + 3, style: theme.dim, context: context)
        buffer.put(Translation.text("- fair", language), x: area.x, y: fairRow, style: theme.dim, context: context)
    }

    /// The recipe: the offset, the quantiles, the normalisation, the bits per value (in a language).
    func drawConstruction(into buffer: inout CellBuffer, area: Rect, context: RenderContext, language: Language) {
        func say(_ en: String, _ zh: String) -> String { language.say(en, zh) }
        let theme = context.theme
        let (positive, negative) = NF4Screen.quantiles()
        let scale = positive[0]
        // Four decimals, each marked ≈ unless exact (the quantiles are irrational, the levels long fp32 decimals).
        func list(_ values: [Double]) -> String { values.map { NF4Screen.figure($0, decimals: 4) }.joined(separator: " ") }
        let lines: [(String, Style)] = [
            (say("How NF4 is built (QLoRA, Dettmers et al. 2023)", "NF4 的构造（QLoRA，Dettmers 等，2023）"), theme.title),
            (say("1. offset = \(NF4Screen.offset): the outermost levels sit at the normal quantile Φ⁻¹(offset) \(NF4Screen.relation(scale, decimals: 4))",
                 "1. 偏移量 = \(NF4Screen.offset)：最外侧的量化级位于正态分位数 Φ⁻¹(偏移量) \(NF4Screen.relation(scale, decimals: 4))"), theme.text),
            (say("2. \(positive.count) positive quantiles Φ⁻¹(p), p from offset down to 0.5 in \(positive.count) steps:",
                 "2. \(positive.count) 个正分位数 Φ⁻¹(p)，p 从偏移量分 \(positive.count) 步降到 0.5："), theme.text),
            ("   " + list(positive), theme.text.bold()),
            (say("3. \(negative.count) negative quantiles, p from offset in \(negative.count) steps (asymmetric, so 0 is exact):",
                 "3. \(negative.count) 个负分位数，p 从偏移量分 \(negative.count) 步（不对称，所以 0 是精确的）："), theme.text),
            ("   " + list(negative), theme.text.bold()),
            (say("4. add 0 and divide by \(NF4Screen.figure(scale, decimals: 4)): \(Quantizer.all[0].levels.count) levels in [-1, 1]",
                 "4. 加上 0，再除以 \(NF4Screen.figure(scale, decimals: 4))：得到 [-1, 1] 内的 \(Quantizer.all[0].levels.count) 个量化级"), theme.text),
            ("   " + list(Quantizer.all[0].levels), theme.text.bold()),
        ] + NF4Screen.bitAccounting(language).map { ($0, theme.text) }
        var y = area.y
        for (raw, style) in lines {
            let text = context.glyphs.isUnicode ? raw : ASCIIText.transliterate(raw.replacingOccurrences(of: "Φ⁻¹", with: "invPhi"))
            for chunk in TextWrap.wrap(Line(text, style: style), width: area.width - 2) where y < area.maxY {
                buffer.write(chunk.spans, x: area.x + 1, y: y, clip: area)
                y += 1
            }
        }
    }

    /// One row per quantiser: levels, the least and most filled bins, SQNR.
    func drawTable(into buffer: inout CellBuffer, area: Rect, context: RenderContext, language: Language) {
        let theme = context.theme
        // Cells right-aligned to display columns (the Chinese heads are wide characters).
        func cell(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text }
        let head = language == .zh
            ? NF4Screen.padded("量化器", 10) + cell("量化级", 6) + cell("最空分箱", 14) + cell("最满分箱", 13) + cell("SQNR", 8) + "   （均分 = 1/量化级数）"
            : "quantiser  levels  emptiest bin  fullest bin   SQNR     (fair share 1/levels)"
        buffer.put(head, x: area.x + 1, y: area.y, style: theme.dim, clip: area, context: context)
        for (i, q) in quantizers.enumerated() {
            let minShare = (q.shares.min() ?? 0) * 100, maxShare = (q.shares.max() ?? 0) * 100
            let row = q.name.padding(toLength: 10, withPad: " ", startingAt: 0) + cell(String(q.levels.count), 6)
                + cell(NF4Screen.figure(minShare, decimals: 2) + "%", 14) + cell(NF4Screen.figure(maxShare, decimals: 2) + "%", 13)
                + cell(NF4Screen.figure(q.sqnr, decimals: 2), 8) + " dB"
            let style = i == selected ? theme.focusedRow : theme.text
            buffer.put((i == selected ? String(context.glyphs.pointer) : " ") + row, x: area.x, y: area.y + 1 + i, style: style, clip: area, context: context)
        }
    }

    /// A computed figure with `decimals` digits after the point: exact when the Double's value has
    /// no more, else rounded and marked ≈ (`ValueText`).
    static func figure(_ v: Double, decimals: Int) -> String {
        guard v.isFinite, v != 0 else { return ValueText.rounded(v, digits: 1).text }
        let digits = max(1, decimals + 1 + Int((Foundation.log10(abs(v))).rounded(.down)))
        return ValueText.rounded(v, digits: digits).text
    }

    /// A figure to `digits` significant digits in at most `width` columns, ≈ unless exact.
    static func figure(_ v: Double, digits: Int, width: Int) -> String {
        ValueText.fitted(ExactValue(v), width: width, minimumDigits: digits).text
    }

    /// "= x" when the figure is exact with `decimals` decimals, else "≈ x".
    static func relation(_ v: Double, decimals: Int) -> String {
        let text = figure(v, decimals: decimals)
        return text.hasPrefix(ValueText.roundedMark) ? ValueText.roundedMark + " " + text.dropFirst() : "= " + text
    }

    /// The bit accounting of NF4 in blocks of 64, with and without double quantisation, from the
    /// block layouts of the registry (element, scale and group widths; bits per value exact).
    static func bitAccounting(_ language: Language = .en) -> [String] {
        guard let single = try? BlockCodecRegistry.codec("nf4:64").layout, let double = try? BlockCodecRegistry.codec("nf4:64+dq").layout else { return [] }
        let element = Format.nf4.bitWidth, absmax = Format.fp32.bitWidth, quantised = Format.int(8).bitWidth
        let n = single.valuesPerBlock, group = double.blocksPerGroup
        func exact(_ v: Double) -> String { ValueText.exact(ExactValue(v)).text }
        let singleSum = "\(element) + \(absmax)/\(n) = \(exact(single.bitsPerValue))"
        let doubleSum = "\(element) + \(quantised)/\(n) + \(absmax)/(\(n)×\(group)) = \(exact(double.bitsPerValue))"
        if language == .zh {
            return ["每块 \(n) 个数值、absmax 存为 fp32 时，每个数值的位数：" + singleSum,
                    "双重量化（absmax 用 \(quantised) 位，每 \(group) 块一个 fp32）：" + doubleSum]
        }
        return [
            "Bits per value with blocks of \(n) and an fp32 absmax: " + singleSum,
            "Double quantisation (\(quantised)-bit absmax, fp32 per \(group) blocks): " + doubleSum,
        ]
    }
}
