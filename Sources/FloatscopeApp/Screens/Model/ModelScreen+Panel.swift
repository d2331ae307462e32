import Foundation
import FormatCore
import Measure
import TensorFiles
import TUICore

/// The Model screen's panel for the selected tensor: its figures in the chosen format, its statistics,
/// and its histogram of log2|x| with the ranges of fp16, bf16, e4m3fn and e5m2 drawn under it.
extension ModelScreen {
    /// Columns of the range labels at the left of the histogram.
    static let labelWidth = 7
    /// Columns of the exponents at the right of the range rows.
    static let exponentsWidth = 15
    /// The columns of the exponents at the right of the range rows in a language (the smallest
    /// subnormal's, the smallest normal's, the largest finite's), and their heading. Chinese takes
    /// two more columns for the first heading, `次正规`.
    static func exponentColumns(_ language: Language) -> (widths: [Int], heading: String) {
        language == .zh ? ([7, 5, 5], " 次正规 正规 最大") : ([5, 5, 5], "  sub norm  max")
    }

    /// Draws the panel.
    func drawPanel(into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        let theme = context.theme, language = drawnLanguage(context)
        func say(_ en: String, _ zh: String) -> String { language.say(en, zh) }
        guard let index = selectedTensor else { return }
        let tensor = tensors[index]
        let y0 = area.y
        var x = area.x + 1
        x += buffer.put(tensor.name, x: x, y: y0, style: theme.title, clip: area, context: context)
        let shape = Self.shapeText(tensor.shape, language), values = TensorData.grouped(tensor.elementCount), bytes = TensorData.grouped(tensor.byteCount)
        buffer.put(say("  \(shape) \(tensor.storedType), \(values) values, \(bytes) B stored", "  \(shape) \(tensor.storedType)，\(values) 个数值，存储 \(bytes) B"),
                   x: x, y: y0, style: theme.dim, clip: area, context: context)
        buffer.put(figuresText(index, width: area.width - 2, language: language), x: area.x + 1, y: y0 + 1, style: theme.text, clip: area, context: context)
        guard let report = reports[index] else {
            buffer.put(say("not measured yet", "尚未测量"), x: area.x + 1, y: y0 + 2, style: theme.dim, clip: area, context: context)
            return
        }
        guard let s = report.measurement?.statistics else {
            buffer.put(say("not measured: \(report.problem ?? "no figures")", "未测量：\(report.problem ?? "没有数字")"), x: area.x + 1, y: y0 + 2, style: theme.statusWarn, clip: area, context: context)
            return
        }
        let sigma = context.glyphs.isUnicode ? "σ" : " std"
        func n(_ v: Double) -> String { SweepScreen.number(v, digits: 3, width: 9) }
        let kurtosis = s.kurtosis.map(n) ?? "-"
        let stats = "absmax \(n(Double(s.finiteAmax)))  std \(n(s.standardDeviation))  \(say("kurtosis", "峰度")) \(kurtosis)  \(say("zeros", "零值")) \(s.zeroCount)"
            + "  >6\(sigma) \(s.beyondSixSigma)" + (s.nanCount + s.infinityCount > 0 ? "  nan \(s.nanCount) inf \(s.infinityCount)" : "")
        buffer.put(stats, x: area.x + 1, y: y0 + 2, style: theme.text, clip: area, context: context)
        let over = say("overflow", "上溢"), under = say("underflow", "下溢")
        let flows = "fp16 \(over) \(s.fp16Overflow) \(under) \(s.fp16Underflow)  ·  bf16 \(over) \(s.bf16Overflow) \(under) \(s.bf16Underflow)"
        let bad = s.fp16Overflow + s.fp16Underflow + s.bf16Overflow + s.bf16Underflow > 0
        buffer.put(flows, x: area.x + 1, y: y0 + 3, style: bad ? theme.statusWarn : theme.text, clip: area, context: context)
        let histogram = Rect(x: area.x, y: y0 + 4, width: area.width, height: area.maxY - y0 - 4)
        drawHistogram(s, into: &buffer, area: histogram, context: context)
    }

    /// The chosen format's figures of a tensor, in one line of `width` columns (the cosine left out
    /// when it does not fit).
    func figuresText(_ index: Int, width: Int, language: Language = .en) -> String {
        func say(_ en: String, _ zh: String) -> String { language.say(en, zh) }
        let name = chosenName + ":"
        guard reports[index] != nil else { return "\(name) …" }
        guard let outcome = outcome(index) else { return "\(name) n/a" }
        switch outcome {
        case .notApplicable(let why): return language == .zh ? "\(name) n/a（\(Self.chineseReason(why))）" : "\(name) n/a (\(why))"
        case .measured(let f, let bytes):
            let count = tensors[index].elementCount
            var parts = [name]
            parts.append("SQNR " + (f.sqnr.map { SweepScreen.number($0, digits: 3, width: 7) + " dB" } ?? "-"))
            if let r = f.relativeRMSE { parts.append(say("· rel RMSE ", "· 相对 RMSE ") + SweepScreen.number(r, digits: 3, width: 9)) }
            parts.append("· \(bytes) B")
            if count > 0 {
                let bits = ExactValue.finite(Rational(UInt64(bytes) * 8, over: UInt64(count)))
                parts.append("· " + ValueText.fitted(bits, width: 7, minimumDigits: 3).text + say(" bits/value", " 位/数值"))
            }
            if f.overflows > 0 { parts.append(say("· \(f.overflows) overflow", "· \(f.overflows) 个上溢")) }
            if let c = f.cosine {
                let cosine = say("· cosine ", "· 余弦 ") + SweepScreen.number(c, digits: 6, width: 9)
                if DisplayWidth.of(parts.joined(separator: " ")) + 1 + DisplayWidth.of(cosine) <= width { parts.insert(cosine, at: 3) }
            }
            return parts.joined(separator: " ")
        }
    }

    /// Why a format does not apply to a tensor, in Chinese, from the measurement's reason (its
    /// English is `NotApplicable.description`).
    static func chineseReason(_ why: NotApplicable) -> String {
        switch why {
        case .rowsNotWholeBlocks(let codec, let n, let row): return "\(codec) 要求每行由整块组成（每块 \(n) 个数值），此张量每行 \(row) 个"
        case .rowBeyondLargest(let row, let largest): return "每行 \(row) 个数值，超过最大行长 \(largest)"
        case .piecesBeyondStreaming(let format, let alignment, let maximum):
            return "\(format) 在此按每段 \(alignment) 个数值处理，超过测量逐段读取的上限 \(maximum)"
        case .noType(let mix, let tensor): return "\(mix) 没有给\(tensor.isEmpty ? "此张量" : " \(tensor) ")指定类型"
        }
    }

    /// The exponents shown on the histogram's axis: the data's and fp16's, one binade either side.
    static func axisExponents(_ s: TensorStatistics) -> ClosedRange<Int> {
        let low = max(-149, min(s.smallestExponent ?? -24, -25) - 1)
        let high = min(127, max(s.largestExponent ?? 15, 16) + 1)
        return low...high
    }

    /// Bars of the values per binade (height on a log scale of the count), the axis, and one row per
    /// format: shade for its subnormals, a line for its normals, `|` at the smallest subnormal, the
    /// smallest normal and the largest finite; data beyond a format's range in red (overflow) or yellow
    /// (to zero).
    func drawHistogram(_ s: TensorStatistics, into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        let theme = context.theme, g = context.glyphs, language = drawnLanguage(context)
        let ranges = FormatRange.drawn
        let barRows = area.height - 1 - ranges.count
        guard barRows >= 1 else { return }
        let x0 = area.x + 1 + Self.labelWidth
        let exponentColumns = Self.exponentColumns(language)
        let width = area.width - 2 - Self.labelWidth - exponentColumns.widths.reduce(0, +)
        guard width >= 10 else { return }
        let axis = Self.axisExponents(s)
        func count(_ binades: ClosedRange<Int>) -> Int {
            binades.reduce(0) { $0 + ($1 + 149 >= 0 && $1 + 149 < s.binades.count ? s.binades[$1 + 149] : 0) }
        }
        let counts = (0..<width).map { count(BinadeColumns(axis: axis, width: width).binades(column: $0)) }
        let largest = counts.max() ?? 0
        buffer.put("log2|x|", x: area.x + 1, y: area.y, style: theme.dim, context: context)
        buffer.put(language.say("count", "个数"), x: area.x + 1, y: area.y + 1, style: theme.dim, context: context)
        buffer.put(language.say("(log)", "(对数)"), x: area.x + 1, y: area.y + 2, style: theme.dim, context: context)
        let barStyle = context.colorMode == .noColor ? Style.plain : Style(fg: .cyan)
        for (j, c) in counts.enumerated() where c > 0 {
            // Height in half rows: log(1 + count) against the largest, at least a half row for one value.
            let share = log1p(Double(c)) / log1p(Double(largest))
            let halves = max(1, Int((share * Double(barRows * 2)).rounded()))
            for r in 0..<barRows {
                let filled = halves - r * 2
                guard filled > 0 else { break }
                buffer.put(String(filled >= 2 ? g.blockFull : g.blockLowerHalf), x: x0 + j, y: area.y + barRows - 1 - r, style: barStyle, context: context)
            }
        }
        let axisY = area.y + barRows
        BinadeColumns(axis: axis, width: width).drawTicks(into: &buffer, x: x0, y: axisY, context: context)
        buffer.put("2^k", x: area.x + 1, y: axisY, style: theme.dim, context: context)
        buffer.put(exponentColumns.heading, x: x0 + width, y: axisY, style: theme.dim, clip: area, context: context)
        for (row, range) in ranges.enumerated() {
            let y = axisY + 1 + row
            buffer.put(range.name, x: area.x + 1, y: y, style: theme.dim, context: context)
            for j in 0..<width {
                let binades = BinadeColumns(axis: axis, width: width).binades(column: j)
                let hasData = counts[j] > 0
                let marks = [range.smallestSubnormal, range.smallestNormal, range.largestFinite].contains { binades.contains($0) }
                var glyph: String
                var style = theme.dim
                if binades.lowerBound > range.largestFinite {
                    glyph = hasData ? "x" : " "
                    if hasData { style = context.colorMode == .noColor ? theme.statusError : Style(fg: .red, attributes: .bold) }
                } else if binades.upperBound < range.smallestSubnormal {
                    glyph = hasData ? "0" : " "
                    if hasData { style = theme.statusWarn }
                } else if marks {
                    glyph = "|"
                    style = theme.text
                } else if binades.upperBound < range.smallestNormal {
                    glyph = String(g.shadeLight)
                    if hasData { style = theme.statusWarn }
                } else {
                    glyph = g.isUnicode ? "━" : "="
                    style = theme.text
                }
                buffer.put(glyph, x: x0 + j, y: y, style: style, context: context)
            }
            let widths = exponentColumns.widths
            let exponents = pad("\(range.smallestSubnormal)", widths[0]) + pad("\(range.smallestNormal)", widths[1]) + pad("\(range.largestFinite)", widths[2])
            buffer.put(exponents, x: x0 + width, y: y, style: theme.dim, clip: area, context: context)
        }
    }

}
