import FloatscopeApp
import Foundation
import TUICore

/// Writes a frame as `floatscope-NAME.svg` and its plain text as `floatscope-NAME.txt` in the
/// current directory (the app's `x` key). Files are never overwritten: when either name is
/// taken, `floatscope-NAME-2`, `-3`... is used. The message names the full path, in the app's
/// language.
enum ScreenExport {
    /// Writes both files; returns the status message and whether it failed.
    static func write(_ frame: CellBuffer, theme: Theme = .colored, colorMode: ColorMode, name: String,
                      directory: String = FileManager.default.currentDirectoryPath, language: Language = .en) -> (message: String, failed: Bool) {
        let svg = Data(frame.svgText(colorMode: colorMode, theme: theme).utf8)
        let text = Data((frame.plainText() + "\n").utf8)
        var lastError: Error?
        for n in 1...1000 {
            let base = (directory as NSString).appendingPathComponent("floatscope-\(name)" + (n == 1 ? "" : "-\(n)"))
            let svgURL = URL(fileURLWithPath: base + ".svg"), textURL = URL(fileURLWithPath: base + ".txt")
            if FileManager.default.fileExists(atPath: svgURL.path) || FileManager.default.fileExists(atPath: textURL.path) { continue }
            do {
                try svg.write(to: svgURL, options: .withoutOverwriting)
                do { try text.write(to: textURL, options: .withoutOverwriting) } catch {
                    try? FileManager.default.removeItem(at: svgURL)
                    throw error
                }
                return (language == .zh ? "已写入 \(base).svg 和 .txt" : "wrote \(base).svg and .txt", false)
            } catch {
                lastError = error
                if FileManager.default.fileExists(atPath: svgURL.path) || FileManager.default.fileExists(atPath: textURL.path) { continue }
                break
            }
        }
        let reason = lastError.map { $0.localizedDescription } ?? (language == .zh ? "同名文件已有 1000 个" : "1000 files of that name exist")
        return (language == .zh ? "无法在 \(directory) 写入 floatscope-\(name).svg/.txt：\(reason)" : "cannot write floatscope-\(name).svg/.txt in \(directory): \(reason)", true)
    }
}
