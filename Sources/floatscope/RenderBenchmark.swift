import FloatscopeApp
import TUICore

/// Times frames for the hidden `render --benchmark N`: each frame toggles a bit (update), builds
/// the frame (view) and diffs it against the previous one into a memory backend (draw).
struct RenderBenchmark {
    let model: AppModel
    let context: RenderContext

    /// Runs `frames` frames and reports the medians and the 99th percentiles.
    func run(frames: Int) -> String {
        let clock = ContinuousClock()
        var terminal = Terminal(backend: MemoryBackend(width: model.size.width, height: model.size.height))
        var current = model
        terminal.draw(App.view(current, context: context))
        var updates: [Duration] = [], views: [Duration] = [], draws: [Duration] = [], cells: [Int] = []
        for n in 0..<frames {
            let t0 = clock.now
            current = App.update(current, .key(n % 2 == 0 ? .char(" ") : .right)).0
            let t1 = clock.now
            let frame = App.view(current, context: context)
            let t2 = clock.now
            cells.append(terminal.draw(frame, cursor: App.cursor(current)))
            let t3 = clock.now
            updates.append(t1 - t0)
            views.append(t2 - t1)
            draws.append(t3 - t2)
        }
        let totals = (0..<frames).map { views[$0] + draws[$0] }
        func us(_ d: Duration) -> String {
            let micro = Double(d.components.seconds) * 1e6 + Double(d.components.attoseconds) / 1e12
            return String(Int(micro.rounded())) + " us"
        }
        func stats(_ name: String, _ values: [Duration]) -> String {
            let sorted = values.sorted()
            let median = sorted[sorted.count / 2], p99 = sorted[min(sorted.count - 1, sorted.count * 99 / 100)]
            return "\(name): median \(us(median)), p99 \(us(p99))"
        }
        return """
            frames: \(frames) at \(model.size.width)x\(model.size.height), \(context.colorMode), \(context.glyphs.isUnicode ? "unicode" : "ascii")
            \(stats("update (toggle a bit / move)", updates))
            \(stats("view (build the frame)", views))
            \(stats("diff + apply to memory backend", draws))
            \(stats("view + diff", totals))
            cells changed per frame: median \(cells.sorted()[cells.count / 2])

            """
    }
}
