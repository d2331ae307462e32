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

    /// The scaler view: settings, a summary, the scale over the steps as a plot, and the steps
    /// where the scale changed or a step was skipped.
    func scalerLines(rows: Int, width: Int) -> [String] {
        guard let steps = scalerSteps else { return ["(computing)"] }
        let skipped = steps.filter(\.skipped).count
        let settings = ScalerSettings()
        var lines = ["fp16 · GradScaler: from \(Self.scaleText(settings.initialScale)), x\(Self.number(settings.growthFactor)) per \(settings.growthInterval) clean steps, x\(Self.number(settings.backoffFactor)) + skip on inf/NaN",
                     "\(steps.count) steps of 16 gradients \(Self.distribution.spelling), drifting \(Self.scalerDrift) binades/step",
                     "\(skipped) skipped, final scale \(Self.scaleText(steps.last?.scale ?? settings.initialScale))", ""]
        // The plot gets a row per level of the scale (plus the skips and the axis) when at least three
        // rows are left for the table; else what is left, levels sharing rows.
        let levels = Set(steps.map { Int($0.scale.exponent) }).count
        let plot = ScalerPlot(steps: steps).lines(width: width - 2, rows: min(levels + 2, max(0, rows - lines.count - 4)))
        if !plot.isEmpty { lines += plot + [""] }
        var events: [[String]] = [["step", "scale", "skipped", "overflow", "underflow"]]
        for (i, s) in steps.enumerated() where i == 0 || i == steps.count - 1 || s.skipped || s.scale != steps[i - 1].scale {
            events.append(["\(s.step)", Self.scaleText(s.scale), s.skipped ? "skipped" : "", "\(s.overflow)", "\(s.underflow)"])
        }
        let room = max(rows - lines.count, 2)
        if events.count > room { events = Array(events.prefix(room - 1)) + [["…", "", "", "", ""]] }
        lines += Self.table(events)
        return lines
    }

    /// The master-weights view: the trajectories plotted (when there is room), then one line per scheme.
    func masterLines(height: Int = .max, width: Int = 80) -> [String] {
        guard let result = master else { return ["(computing)"] }
        var lines = ["w += lr·g: w0 = 1, lr ≈0.001, g ~ normal:0.001,0.001, \(result.steps) steps; lr·g exact",
                     "exact final \(ValueText.rounded(result.exactFinal.exactValue, digits: 9).text)", ""]
        var rows = [["scheme", "vanished", "final", "error"]]
        for run in result.runs {
            let error = result.error(of: run).map { ValueText.rounded($0.exactValue, digits: 4).text } ?? "n/a"
            rows.append([run.scheme.name, ValueText.rounded(Share.percent(run.vanished, of: result.steps), digits: 3).text + "%",
                         Self.number(run.final, digits: 9) + (run.masterFinal.map { " (master \(Self.number($0, digits: 9)))" } ?? ""), error])
        }
        let table = Self.table(rows) + ["", "vanished: |lr·g| below half an ULP of the weight it is added to"]
        let plot = TrajectoryPlot(result: result)
        let plotRows = min(10, height - lines.count - table.count - 4)
        let drawn = plot.lines(width: width - 2, rows: plotRows)
        if !drawn.isEmpty { lines += drawn + [""] }
        return lines + table
    }

    /// The accumulation view: relative errors of fp16 and bf16 sums by method as N grows.
    func accumulationLines() -> [String] {
        guard let all = accumulation else { return ["(computing)"] }
        var lines = ["N values uniform:0,1 summed in each format; error |sum - exact| / |exact|"]
        for group in all {
            guard let first = group.first else { continue }
            lines.append("")
            var rows = [[first.format, "exact"] + group.map(\.method.rawValue)]
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
