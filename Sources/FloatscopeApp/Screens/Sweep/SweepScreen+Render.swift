import Foundation
import FormatCore
import Sweep
import TUICore

/// Drawing the Sweep screen.
extension SweepScreen {
    /// Draws the setup, the progress, the comparison table, the histogram and the binade strip.
    func draw(into buffer: inout CellBuffer, area: Rect, session: Session, context: RenderContext) {
        let theme = context.theme
        let language = session.language
        let chosenTitle = sourceTitle(session)
        let shownTitle = run.map { $0.request.sourceTitle(language) } ?? resultsRequest.map { $0.sourceTitle(language) } ?? resultsTitle ?? chosenTitle
        var x = area.x + 1
        x += buffer.put(language.say("source ", "数据源 "), x: x, y: area.y, style: theme.dim, context: context)
        x += buffer.put(chosenTitle, x: x, y: area.y, style: theme.title, clip: area, context: context)
        x += buffer.put(language.say(" (f)  targets ", " (f)  目标 "), x: x, y: area.y, style: theme.dim, context: context)
        x += buffer.put(targetNames(session).joined(separator: " "), x: x, y: area.y, style: theme.title, clip: area, context: context)
        buffer.put(" (t)", x: x, y: area.y, style: theme.dim, clip: area, context: context)
        buffer.put(Translation.text("Enter start · c cancel · o sort · ↑↓ row · r s rounding · x export", language),
                   x: area.x + 1, y: area.y + 1, style: theme.dim, clip: area, context: context)
        drawProgress(into: &buffer, x: area.x + 1, y: area.y + 2, width: area.width - 2, shownTitle: shownTitle, language: language, context: context)
        let names = run?.request.targets ?? results.map(\.target)
        let tableTop = area.y + 3
        drawTable(names: names, into: &buffer, area: Rect(x: area.x, y: tableTop, width: area.width, height: names.count + 1), language: language, context: context)
        let detailTop = tableTop + names.count + 2
        let detail = Rect(x: area.x, y: detailTop, width: area.width, height: area.maxY - detailTop)
        guard let figures = selectedFigures, detail.height >= 6 else {
            if names.isEmpty { drawIntro(into: &buffer, area: Rect(x: area.x, y: tableTop + 1, width: area.width, height: area.maxY - tableTop - 1), session: session, context: context) }
            return
        }
        let strip = 3
        drawHistogram(figures, into: &buffer, area: Rect(x: detail.x, y: detail.y, width: detail.width, height: detail.height - strip), language: language,
                      context: context)
        drawBinades(figures, into: &buffer, area: Rect(x: detail.x, y: detail.maxY - strip, width: detail.width, height: strip), language: language,
                    context: context)
    }

    /// What a sweep does and the presets, before the first sweep.
    func drawIntro(into buffer: inout CellBuffer, area: Rect, session: Session, context: RenderContext) {
        let theme = context.theme, language = session.language
        let saturation = session.overflow == .saturate ? "on" : "off"
        let source = sourceTitle(session), names = targetNames(session).joined(separator: ", ")
        let tensor = session.tensorData.map { language.say("tensor \($0.name) (Model u)", "张量 \($0.name)（模型画面 u）") }
        let lines: [(String, Style)] = [
            (language.say("Enter sweeps \(source) through \(targets.title) (\(names)), rounding \(session.rounding.shortName), saturation \(saturation), in the background.", "Enter 在后台扫描 \(source)，目标为 \(targets.title(language))（\(names)），舍入 \(session.rounding.shortName)，饱和\(Translation.text(saturation, language))。"), theme.text),
            ("", theme.text),
            (language.say("Sources (f F): ", "数据源（f F）：") + (SweepSourcePreset.allCases.map { $0.title(language) } + [tensor].compactMap { $0 })
                .joined(separator: " · "), theme.dim),
            (language.say("Targets (t): ", "目标（t）：") + SweepTargetPreset.allCases.map { $0.title(language) }.joined(separator: " · "), theme.dim),
            (Translation.text("Each target gets its error statistics, the ULP-error histogram and a per-binade error strip, live while it runs; "
                + "the table compares bits per value, RMSE, SQNR and overflows (o sorts it). Other screens keep working meanwhile.", language), theme.dim),
        ]
        buffer.putParagraphs(lines, in: area, fromRow: area.y, context: context)
    }

    /// The progress bar, rate and time left; or what the last sweep did; or "idle".
    func drawProgress(into buffer: inout CellBuffer, x: Int, y: Int, width: Int, shownTitle: String, language: Language, context: RenderContext) {
        let theme = context.theme, g = context.glyphs
        let clip = Rect(x: x, y: y, width: width, height: 1)
        guard let run else {
            if results.isEmpty {
                buffer.put(Translation.text("idle: no sweep yet", language), x: x, y: y, style: theme.dim, clip: clip, context: context)
            } else {
                let partial = results.contains { $0.partial } || results.isEmpty
                let seconds = Self.duration(results.map(\.elapsed).reduce(0, +))
                let text = language.say("\(partial ? "cancelled" : "done"): \(shownTitle), \(results.count) target\(results.count == 1 ? "" : "s") in \(seconds)", "\(partial ? "已取消" : "完成")：\(shownTitle)，\(results.count) 个目标，用时 \(seconds)")
                buffer.put(text, x: x, y: y, style: partial ? theme.statusWarn : theme.statusOK, clip: clip, context: context)
            }
            return
        }
        let fraction = run.progress?.fraction ?? 0
        let barWidth = max(10, min(40, width / 3))
        let filled = Int((fraction * Double(barWidth)).rounded(.down))
        var column = x
        column += buffer.put("[", x: column, y: y, style: theme.dim, context: context)
        column += buffer.put(String(repeating: g.blockFull, count: filled), x: column, y: y, style: theme.statusOK, context: context)
        column += buffer.put(String(repeating: g.shadeLight, count: barWidth - filled), x: column, y: y, style: theme.dim, context: context)
        column += buffer.put("] ", x: column, y: y, style: theme.dim, context: context)
        // Whole percent done, rounded down like the title bar's (which once said 37% beside 38%).
        var parts = [String(format: "%3.0f%%", (min(1, max(0, fraction)) * 100).rounded(.down))]
        if run.cancelling { parts.append(language.say("cancelling", "正在取消")) }
        let index = min(run.currentTarget, run.request.targets.count - 1)
        parts.append(language.say("target", "目标") + " \(index + 1)/\(run.request.targets.count) \(run.request.targets[max(0, index)])")
        if let progress = run.progress {
            if let left = progress.remaining { parts.append(language.say(Self.duration(left) + " left", "剩余 " + Self.duration(left))) }
            parts.append(ValueText.roundedMark + CompactNumber.text(progress.rate, width: 5) + language.say(" values/s", " 个数值/s"))
        }
        // Whole parts only, most important first: a part that does not fit is left out, not cut.
        var text = parts[0]
        for part in parts.dropFirst() where DisplayWidth.of(text) + 2 + DisplayWidth.of(part) <= x + width - column {
            text += "  " + part
        }
        buffer.put(text, x: column, y: y, style: run.cancelling ? theme.statusWarn : theme.text, clip: clip, context: context)
    }

    /// One row per target: bits per value, RMSE, SQNR, relative errors, overflow counts.
    func drawTable(names: [String], into buffer: inout CellBuffer, area: Rect, language: Language, context: RenderContext) {
        guard !names.isEmpty else { return }
        let theme = context.theme
        let wide = area.width >= 110
        func say(_ en: String, _ zh: String) -> String { language.say(en, zh) }
        let sortable: [(SweepSortColumn?, String, Int)] = [
            (.target, say("target", "目标"), 12), (.bits, say("bits", "位数"), 6), (.rmse, "RMSE", 10), (.sqnr, "SQNR dB", 10),
            (nil, say("mean rel", "平均相对"), 10), (nil, say("max rel", "最大相对"), 10), (.overflow, say("overflow", "上溢"), 10), (nil, say("saturated", "饱和"), 10),
        ] + (wide ? [(nil, say("exact", "精确"), 8), (nil, say("underflow", "下溢"), 10), (nil, say("seconds", "秒"), 8)] : [])
        var x = area.x + 2
        for (column, title, width) in sortable {
            let marked = column == sort && sort != .target ? title + String(context.glyphs.arrowDown) : title
            let gap = String(repeating: " ", count: max(0, width - DisplayWidth.of(marked)))
            let text = column == .target ? marked + gap : gap + marked
            buffer.put(text, x: x, y: area.y, style: column == sort ? theme.title : theme.dim, clip: area, context: context)
            x += width
        }
        let figures = shownFigures
        let rows = sortedRows
        let focus = rows.isEmpty ? -1 : min(max(0, selected), rows.count - 1)
        var y = area.y + 1
        for (position, index) in rows.enumerated() {
            let f = figures[index], s = f.statistics
            let mark = f.partial ? "~" : " "
            func pad(_ t: String, _ w: Int) -> String { String(repeating: " ", count: max(0, w - t.count)) + t }
            func num(_ v: Double, _ w: Int, digits: Int = 3) -> String { pad(Self.number(v, digits: digits, width: w - 1), w) }
            func count(_ v: UInt64, _ w: Int) -> String { pad(String(v), w) }
            var cells = [
                (mark + f.target).padding(toLength: 12, withPad: " ", startingAt: 0), num(f.bitsPerValue, 6), num(s.rmse, 10),
                num(s.sqnr, 10, digits: 4), num(s.meanRelativeError, 10), num(s.maxRelativeError, 10),
                count(f.overflows, 10), count(s.saturated, 10),
            ]
            if wide {
                cells += [pad(Self.percent(s.exact, of: s.elements, width: 7, digits: 3), 8), count(s.underflowToZero, 10), num(f.elapsed, 8)]
            }
            let selectedRow = position == focus
            let pointer = selectedRow ? String(context.glyphs.pointer) + " " : "  "
            buffer.put(pointer + cells.joined(), x: area.x, y: y, style: selectedRow ? theme.focusedRow : theme.text, clip: area, context: context)
            y += 1
        }
        for name in names.dropFirst(figures.count) where y < area.maxY {
            buffer.put("   " + name.padding(toLength: 11, withPad: " ", startingAt: 0) + say("  waiting", "  等待中"), x: area.x, y: y, style: theme.dim, clip: area, context: context)
            y += 1
        }
    }

    /// Vertical bars of the ULP-error histogram (share of finite pairs per bin).
    func drawHistogram(_ f: SweepFigures, into buffer: inout CellBuffer, area: Rect, language: Language, context: RenderContext) {
        let theme = context.theme, g = context.glyphs
        let s = f.statistics
        let meanText = Self.number(s.meanRelativeError), maxText = Self.number(s.maxRelativeError)
        let title = language.say("ULP error of \(f.target)\(f.partial ? " (partial)" : "")  ·  \(s.elements) values  ·  mean rel \(meanText)  ·  max rel \(maxText)", "\(f.target) 的 ULP 误差\(f.partial ? "（部分）" : "")  ·  \(s.elements) 个数值  ·  平均相对误差 \(meanText)  ·  最大相对误差 \(maxText)")
        buffer.put(title, x: area.x + 1, y: area.y, style: theme.title, clip: area, context: context)
        let counts = s.histogram.counts, labels = ErrorHistogram.labels
        let total = max(1, counts.reduce(0, +))
        let largest = Double(counts.max() ?? 0) / Double(total)
        let barRows = min(12, area.height - 3)
        guard barRows >= 1 else { return }
        let columnWidth = max(6, min(12, (area.width - 2) / max(1, labels.count)))
        let barStyle = context.colorMode == .noColor ? Style.plain : Style(fg: .cyan)
        for (i, label) in labels.enumerated() {
            let x = area.x + 1 + i * columnWidth
            guard x + columnWidth <= area.maxX else { break }
            let share = Double(i < counts.count ? counts[i] : 0) / Double(total)
            let halves = largest == 0 ? 0 : Int((share / largest * Double(barRows * 2)).rounded(.up))
            for r in 0..<barRows {
                let filled = halves - r * 2
                guard filled > 0 else { break }
                let glyph = filled >= 2 ? g.blockFull : g.blockLowerHalf
                buffer.put(String(repeating: glyph, count: columnWidth - 2), x: x, y: area.y + barRows - r, style: barStyle, context: context)
            }
            let count = i < counts.count ? counts[i] : 0
            let percent = count == 0 ? "" : Self.percent(count, of: total, width: columnWidth - 1)
            buffer.put(percent, x: x, y: area.y + barRows + 1, style: theme.text, context: context)
            buffer.put(label == "exact" ? language.say(label, "精确") : label, x: x, y: area.y + barRows + 2, style: theme.dim, context: context)
        }
    }

    /// One cell per binade of the inputs: mean relative error as a shade, with the exponent range.
    func drawBinades(_ f: SweepFigures, into buffer: inout CellBuffer, area: Rect, language: Language, context: RenderContext) {
        let theme = context.theme, g = context.glyphs
        let used = f.statistics.binades.filter { $0.count > 0 }
        buffer.put(Translation.text("mean relative error per binade 2^k (darker = larger; scale 1e-8 … 1)", language), x: area.x + 1, y: area.y, style: theme.dim, clip: area, context: context)
        guard let first = used.first?.exponent, let last = used.last?.exponent else { return }
        let span = last - first + 1
        let label = "2^\(first) "
        let width = max(1, min(span, area.width - 4 - label.count - "2^\(last)".count - 2))
        let shades: [Character] = [" ", g.shadeLight, g.shadeMedium, g.shadeDark, g.blockFull]
        let byExponent = Dictionary(uniqueKeysWithValues: used.map { ($0.exponent, $0) })
        var x = area.x + 1
        x += buffer.put(label, x: x, y: area.y + 1, style: theme.dim, context: context)
        for column in 0..<width {
            let lo = first + column * span / width, hi = max(lo, first + (column + 1) * span / width - 1)
            var sum = 0.0, n: UInt64 = 0
            for e in lo...hi { if let b = byExponent[e] { sum += b.sumRelativeError; n += b.count } }
            let error = n == 0 ? 0 : sum / Double(n)
            let level = n == 0 ? 0 : error == 0 ? 1 : min(4, max(1, Int(((log10(error) + 8) / 2).rounded(.up))))
            let style: Style = context.colorMode == .noColor ? .plain
                : Style(fg: level >= 4 ? .red : level == 3 ? .yellow : .green)
            buffer.put(String(n == 0 ? " " : shades[level]), x: x + column, y: area.y + 1, style: style, context: context)
        }
        buffer.put(" 2^\(last)", x: x + width, y: area.y + 1, style: theme.dim, clip: area, context: context)
        let worst = used.max { $0.meanRelativeError < $1.meanRelativeError }
        if let worst {
            let mean = Self.number(worst.meanRelativeError), largest = Self.number(worst.maxRelativeError)
            buffer.put(language.say("worst binade 2^\(worst.exponent): mean rel \(mean), max rel \(largest)", "误差最大的二进制量级 2^\(worst.exponent)：平均相对误差 \(mean)，最大相对误差 \(largest)"),
                       x: area.x + 1, y: area.y + 2, style: theme.text, clip: area, context: context)
        }
    }

    /// A figure: the Double's exact value when it fits `width` columns, else rounded to `digits`
    /// significant digits and marked ≈ (`ValueText`), so no rounded cell reads as exact.
    static func number(_ v: Double, digits: Int = 3, width: Int = 9) -> String {
        ValueText.fitted(ExactValue(v), width: width, minimumDigits: digits).text
    }

    /// `part / whole` as a percentage: exact when it fits `width` columns with the sign, else
    /// `digits` significant digits marked ≈; "0%" for an empty whole.
    static func percent(_ part: UInt64, of whole: UInt64, width: Int, digits: Int = 2) -> String {
        guard whole > 0 else { return "0%" }
        let share = ExactValue.finite(Rational(part, over: whole) * Rational(100, over: 1))
        return ValueText.fitted(share, width: max(1, width - 1), minimumDigits: digits).text + "%"
    }

    /// Measured seconds, rounded and marked as such: `≈0.4 s`, `≈12 s` or `≈3m05s`.
    static func duration(_ seconds: Double) -> String {
        let mark = ValueText.roundedMark
        if seconds < 10 { return mark + String(format: "%.1f s", seconds) }
        if seconds < 60 { return mark + String(format: "%.0f s", seconds) }
        let whole = Int(seconds.rounded())
        return mark + (whole >= 3600 ? "\(whole / 3600)h\(String(format: "%02d", whole % 3600 / 60))m" : "\(whole / 60)m\(String(format: "%02d", whole % 60))s")
    }
}
