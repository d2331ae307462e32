import Foundation
import FloatscopeApp
import TUICore

/// Every step of a lesson as an SVG slide (with its plain text) and an index page that shows them
/// in order in a browser.
struct LessonSlides {
    /// The lesson.
    var lesson: Lesson
    /// The app's configuration (language, look); its lesson step is set per slide.
    var configuration: AppConfiguration
    /// The slide size in cells.
    var size: Size
    /// Unicode or ASCII.
    var glyphs: Glyphs
    /// Colours of the SVG.
    var colorMode: ColorMode

    /// The file name of step `index` (0-based): `step-01.svg`.
    static func fileName(_ index: Int) -> String {
        "step-" + (index < 9 ? "0" : "") + "\(index + 1)"
    }

    /// Writes the slides and `index.html` into `directory` (created when missing).
    func write(to directory: String) throws {
        let manager = FileManager.default
        do { try manager.createDirectory(atPath: directory, withIntermediateDirectories: true) } catch {
            throw CLIError.io("cannot create the directory \(directory): \(error.localizedDescription)")
        }
        let context = RenderContext(glyphs: glyphs, colorMode: colorMode)
        var items = ""
        for index in lesson.steps.indices {
            var stepConfiguration = configuration
            stepConfiguration.lessonStep = index
            let model = try AppModel(configuration: stepConfiguration, size: size)
            let picture = App.view(model, context: context)
            let base = (directory as NSString).appendingPathComponent(Self.fileName(index))
            do {
                try picture.svgText(colorMode: colorMode).write(toFile: base + ".svg", atomically: true, encoding: .utf8)
                try (picture.plainText() + "\n").write(toFile: base + ".txt", atomically: true, encoding: .utf8)
            } catch {
                throw CLIError.io("cannot write \(base).svg or .txt: \(error.localizedDescription)")
            }
            let caption = Self.escaped(model.lesson?.caption ?? "")
            items += "<section id=\"s\(index + 1)\"><h2>\(index + 1) / \(lesson.steps.count)</h2><img src=\"\(Self.fileName(index)).svg\" alt=\"\(caption)\"><p>\(caption)</p></section>\n"
        }
        let title = Self.escaped(lesson.title(configuration.language))
        let page = """
        <!DOCTYPE html>
        <html lang="\(configuration.language.rawValue)"><head><meta charset="utf-8"><title>\(title)</title>
        <style>body{font-family:sans-serif;max-width:80em;margin:auto;padding:1em}img{width:100%;border:1px solid #888}section{margin-bottom:3em}</style>
        </head><body><h1>\(title)</h1>
        \(items)</body></html>

        """
        let indexPath = (directory as NSString).appendingPathComponent("index.html")
        do { try page.write(toFile: indexPath, atomically: true, encoding: .utf8) } catch {
            throw CLIError.io("cannot write \(indexPath): \(error.localizedDescription)")
        }
        try StandardStreams.writeOutput("wrote \(lesson.steps.count) slides and index.html to \(directory)\n")
    }

    /// Text safe inside HTML.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
