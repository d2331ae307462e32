import FormatCore
import Lab

/// The text of the scaler, master-weights and accumulation views.
extension LabScreen {
    /// A Double for a table: exact with up to `digits` significant digits, else ≈.
    static func number(_ d: Double, digits: Int = 6) -> String {
        d.isFinite ? ValueText.rounded(d, digits: digits).text : (d.isNaN ? "nan" : (d < 0 ? "-inf" : "inf"))
    }

    /// 2^k for powers of two, else the number.
    static func scaleText(_ s: Double) -> String {
        s.isNormal && s.significandBitPattern == 0 ? "2^\(Int(s.exponent))" : number(s)
    }

    /// A text in the screen's language.
    func say(_ en: String, _ zh: String) -> String { language.say(en, zh) }

    /// The scaler view: settings, a summary, the scale over the steps as a plot, and the steps
    /// where the scale changed or a step was skipped.
    func scalerLines(rows: Int, width: Int) -> [String] {
        guard let steps = scalerSteps else { return [say("(computing)", "（计算中）")] }
        let skipped = steps.filter(\.skipped).count
        let settings = ScalerSettings()
        let initial = Self.scaleText(settings.initialScale), growth = Self.number(settings.growthFactor)
        let backoff = Self.number(settings.backoffFactor), final = Self.scaleText(steps.last?.scale ?? settings.initialScale)
        var lines = [say("fp16 · GradScaler: from \(initial), x\(growth) per \(settings.growthInterval) clean steps, x\(backoff) + skip on inf/NaN",
                         "fp16 · GradScaler：起始 \(initial)，连续 \(settings.growthInterval) 步无 inf/NaN 则 x\(growth)，有则 x\(backoff) 并跳过"),
                     say("\(steps.count) steps of \(Self.scalerPerStep) gradients \(Self.distribution.spelling), drifting \(Self.scalerDrift) binades/step",
                         "\(steps.count) 步，每步 \(Self.scalerPerStep) 个梯度 \(Self.distribution.spelling)，每步漂移 \(Self.scalerDrift) 个二进制量级"),
                     say("\(skipped) skipped, final scale \(final)", "跳过 \(skipped) 步，最终缩放 \(final)"), ""]
        // The plot gets a row per level of the scale (plus the skips and the axis) when at least three
        // rows are left for the table; else what is left, levels sharing rows.
        let levels = Set(steps.map { Int($0.scale.exponent) }).count
        let plot = ScalerPlot(steps: steps, language: language).lines(width: width - 2, rows: min(levels + 2, max(0, rows - lines.count - 4)))
        if !plot.isEmpty { lines += plot + [""] }
        var events: [[String]] = [[say("step", "步"), say("scale", "缩放"), say("skipped", "跳过"), say("overflow", "上溢"), say("underflow", "下溢")]]
        for (i, s) in steps.enumerated() where i == 0 || i == steps.count - 1 || s.skipped || s.scale != steps[i - 1].scale {
            events.append(["\(s.step)", Self.scaleText(s.scale), s.skipped ? say("skipped", "跳过") : "", "\(s.overflow)", "\(s.underflow)"])
        }
        let room = max(rows - lines.count, 2)
        if events.count > room { events = Array(events.prefix(room - 1)) + [["…", "", "", "", ""]] }
        lines += Self.table(events)
        return lines
    }

    /// The master-weights view: the trajectories plotted (when there is room), then one line per scheme.
    func masterLines(height: Int = .max, width: Int = 80) -> [String] {
        guard let result = master else { return [say("(computing)", "（计算中）")] }
        let m = Self.masterWeights
        let w0 = Self.number(m.initialWeight), lr = Self.number(m.learningRate), g = m.gradients.spelling
        let exactFinal = ValueText.rounded(result.exactFinal.exactValue, digits: 9).text
        var lines = [say("w += lr·g: w0 = \(w0), lr \(lr), g ~ \(g), \(result.steps) steps; lr·g exact",
                         "w += lr·g：w0 = \(w0)，lr \(lr)，g ~ \(g)，\(result.steps) 步；lr·g 精确"),
                     say("exact final \(exactFinal)", "精确结果 \(exactFinal)"), ""]
        var rows = [[say("scheme", "方案"), say("vanished", "消失"), say("final", "最终值"), say("error", "误差")]]
        for run in result.runs {
            let error = result.error(of: run).map { ValueText.rounded($0.exactValue, digits: 4).text } ?? "n/a"
            rows.append([run.scheme.name, ValueText.rounded(Share.percent(run.vanished, of: result.steps), digits: 3).text + "%",
                         Self.number(run.final, digits: 9) + (run.masterFinal.map { say(" (master \(Self.number($0, digits: 9)))", "（主权重 \(Self.number($0, digits: 9))）") } ?? ""), error])
        }
        let table = Self.table(rows) + ["", say("vanished: |lr·g| < half an ULP of the weight (master copy: of its master)",
                                                 "消失：|lr·g| 小于所加权重处 ULP 的一半（主权重方案按主权重计）")]
        let plot = TrajectoryPlot(result: result, language: language)
        let plotRows = min(10, height - lines.count - table.count - 4)
        let drawn = plot.lines(width: width - 2, rows: plotRows)
        if !drawn.isEmpty { lines += drawn + [""] }
        return lines + table
    }

    /// A summation method's column title: its CLI spelling in English, its Chinese name in Chinese.
    static func methodTitle(_ method: AccumulationMethod, _ language: Language) -> String {
        guard language == .zh else { return method.rawValue }
        switch method {
        case .sameFormat: return "同格式累加"
        case .fp32Accumulator: return "fp32 累加"
        case .pairwise: return "两两求和"
        case .kahan: return "Kahan 求和"
        }
    }

    /// The accumulation view: relative errors of fp16 and bf16 sums by method as N grows.
    func accumulationLines() -> [String] {
        guard let all = accumulation else { return [say("(computing)", "（计算中）")] }
        var lines = [say("N values uniform:0,1 summed in each format; error |sum - exact| / |exact|",
                         "N 个 uniform:0,1 数值在各格式中求和；误差 = |和 − 精确和| / |精确和|")]
        for group in all {
            guard let first = group.first else { continue }
            lines.append("")
            var rows = [[first.format, say("exact", "精确和")] + group.map { Self.methodTitle($0.method, language) }]
            for (i, n) in first.counts.enumerated() where n >= 16 {
                let exact = first.exact[i]
                let cells = group.map { s -> String in
                    guard let e = s.error(at: i), !exact.isZero,
                          let a = e.magnitude.exactValue.finiteMagnitude, let b = exact.magnitude.exactValue.finiteMagnitude else { return "n/a" }
                    return ValueText.rounded(.finite(a / b), digits: 3).text
                }
                rows.append(["\(n)", ValueText.rounded(exact.exactValue, digits: 7).text] + cells)
            }
            lines += Self.table(rows)
        }
        return lines
    }
}
