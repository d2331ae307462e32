import TUICore

/// The Model screen's heatmap: one row per tensor kind, one column per layer, each cell shaded by the
/// tensor's SQNR in the chosen format.
extension ModelScreen {
    /// SQNR bands in dB: at or above each bound a lighter shade (and green, yellow, red).
    static let heatBands: [Double] = [40, 30, 20]

    /// The shade level of an SQNR: 0 (≥ 40 dB) to 3 (< 20 dB).
    static func heatLevel(_ sqnr: Double) -> Int { heatBands.firstIndex { sqnr >= $0 } ?? heatBands.count }

    /// Draws the heatmap, or why there is none.
    func drawHeatmap(into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        let theme = context.theme, g = context.glyphs, language = drawnLanguage(context)
        func say(_ en: String, _ zh: String) -> String { language.say(en, zh) }
        let grid = LayerGrid(names: tensors.map(\.name))
        let y0 = area.y
        buffer.put(say("SQNR in \(chosenName) by layer and tensor kind", "\(chosenName) 格式下各层、各类张量的 SQNR"), x: area.x + 1, y: y0, style: theme.title, clip: area, context: context)
        let shades: [Character] = [g.shadeLight, g.shadeMedium, g.shadeDark, g.blockFull]
        let legend = "\(shades[0]) >=40 dB  \(shades[1]) 30-40  \(shades[2]) 20-30  \(shades[3]) <20  · " + say("waiting  ? n/a  (h: histogram)", "等待  ? n/a  (h：直方图)")
        buffer.put(legend, x: area.x + 1, y: y0 + 1, style: theme.dim, clip: area, context: context)
        guard grid.layers > 0, !grid.kinds.isEmpty else {
            buffer.put(say("no tensor names with layers (blk.N.KIND or model.layers.N.KIND)", "没有带层号的张量名（blk.N.KIND 或 model.layers.N.KIND）"),
                       x: area.x + 1, y: y0 + 3, style: theme.dim, clip: area, context: context)
            return
        }
        let labelWidth = min(24, grid.kinds.map(\.count).max() ?? 0) + 1
        let x0 = area.x + 1 + labelWidth
        let available = area.width - 2 - labelWidth
        let cellWidth = max(1, min(3, available / grid.layers))
        let shown = min(grid.layers, available / cellWidth)
        let layers = "0" + (shown > 1 ? "…\(shown - 1)" : "")
        let more = shown < grid.layers
        buffer.put(say("layer \(layers)" + (more ? " of \(grid.layers)" : ""), "层 \(layers)" + (more ? "（共 \(grid.layers) 层）" : "")), x: x0, y: y0 + 2, style: theme.dim, clip: area, context: context)
        let selectedIndex = selectedTensor
        for (k, kind) in grid.kinds.enumerated() {
            let y = y0 + 3 + k
            guard y < area.maxY else { break }
            buffer.put(Self.clipped(kind, labelWidth - 1), x: area.x + 1, y: y, style: theme.dim, context: context)
            for layer in 0..<shown {
                guard let index = grid.tensor(kind: k, layer: layer) else { continue }
                var glyph: Character = "·", style = theme.dim
                if reports[index] != nil {
                    if let sqnr = sqnr(index) {
                        let level = Self.heatLevel(sqnr)
                        glyph = shades[level]
                        style = context.colorMode == .noColor ? .plain : Style(fg: level == 0 ? .green : level == 1 ? .cyan : level == 2 ? .yellow : .red)
                    } else {
                        glyph = "?"
                    }
                }
                if index == selectedIndex { style = theme.focusedRow }
                buffer.put(String(repeating: glyph, count: cellWidth), x: x0 + layer * cellWidth, y: y, style: style, context: context)
            }
        }
    }
}
