import Foundation
import TUICore

/// Writes a frame as `floatscope-NAME.svg` and its plain text as `floatscope-NAME.txt` in the
/// current directory (the app's `x` key).
enum ScreenExport {
    /// Writes both files; returns the status message and whether it failed.
    static func write(_ frame: CellBuffer, colorMode: ColorMode, name: String, directory: String = FileManager.default.currentDirectoryPath) -> (message: String, failed: Bool) {
        let base = "floatscope-\(name)"
        let svg = (directory as NSString).appendingPathComponent(base + ".svg")
        let text = (directory as NSString).appendingPathComponent(base + ".txt")
        do {
            try frame.svgText(colorMode: colorMode).write(toFile: svg, atomically: true, encoding: .utf8)
            try frame.plainText().appending("\n").write(toFile: text, atomically: true, encoding: .utf8)
            return ("wrote \(base).svg + .txt", false)
        } catch {
            return ("cannot write \(base).svg/.txt: \(error.localizedDescription)", true)
        }
    }
}
