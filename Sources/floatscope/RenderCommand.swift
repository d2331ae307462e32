import ArgumentParser
import Foundation
import FloatscopeApp
import FormatCore
import TUICore

/// `floatscope render`: prints exactly the screen the app would draw, without a terminal.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print the screen the app would draw, as plain text or with ANSI colours (for tests, README and slides).",
        discussion: """
        SCREEN: \(ScreenID.allCases.map { $0.title.lowercased() }.joined(separator: ", ")), or lesson NAME
        (a lesson step: --step K; --svg-dir DIR writes every step as numbered SVG slides and an index.html).
        --keys plays keys and mouse events first, separated by spaces: single characters, up down
        left right home end pgup pgdn enter esc tab backtab space bs del, ^x, type:TEXT,
        click:X,Y, wheelup:X,Y, wheeldown:X,Y, resize:WxH. Example:
          floatscope render bits --value 0.1 --width 100 --height 30 --keys "down space ?"
        """)

    @Argument(help: "The screen to draw, or lesson.") var screen: String
    @Argument(help: "With lesson: the lesson's name (floatscope lesson lists them).") var lessonName: String?
    @Option(name: .long, help: ArgumentHelp("With lesson: the step to draw (1-based).", valueName: "k")) var step: Int = 1
    @Option(name: .long, help: ArgumentHelp("With lesson: write every step as DIR/step-NN.svg (and .txt) plus DIR/index.html.", valueName: "dir"))
    var svgDir: String?
    @OptionGroup var options: AppOptions
    @Option(name: .long, help: "Width in columns.") var width: Int = 100
    @Option(name: .long, help: "Height in rows.") var height: Int = 30
    @Flag(name: .long, help: "Add ANSI colour escape codes (256 colours; attributes only with --no-color).") var ansi = false
    @Option(name: .long, help: ArgumentHelp("Keys and mouse events to play before drawing.", valueName: "script")) var keys: String = ""
    @Option(name: .long, help: ArgumentHelp("Also write the screen as an SVG to this file, and its plain text next to it (.txt).", valueName: "file"))
    var svg: String?
    @Option(name: .long, help: .hidden) var benchmark: Int?

    func run() throws {
        try runReportingErrors {
            let isLesson = screen.lowercased() == "lesson"
            let id = ScreenID.allCases.first(where: { $0.title.lowercased() == screen.lowercased() })
            guard isLesson || id != nil else {
                throw CLIError.usage("unknown screen '\(screen)'; screens: \(ScreenID.allCases.map { $0.title.lowercased() }.joined(separator: ", ")), lesson")
            }
            if !isLesson, lessonName != nil || svgDir != nil {
                throw CLIError.usage("a lesson name and --svg-dir go with 'render lesson NAME'; got screen '\(screen)'")
            }
            let least = AppModel.minimumSize
            guard (least.width...1000).contains(width), (least.height...1000).contains(height) else {
                throw CLIError.usage("--width must be \(least.width)...1000 and --height \(least.height)...1000 (the app's smallest screen is \(least.width)x\(least.height)); got \(width)x\(height)")
            }
            var configuration = try options.configuration()
            if let id { configuration.screen = id }
            if isLesson {
                guard let lessonName else {
                    throw CLIError.usage("render lesson needs a lesson name; lessons: \(LessonCatalog.all.map(\.name).joined(separator: ", "))")
                }
                let lesson = try LessonCommand.lesson(named: lessonName, step: step)
                configuration.lessonName = lesson.name
                configuration.lessonStep = step - 1
                if let svgDir {
                    try LessonSlides(lesson: lesson, configuration: configuration, size: Size(width: width, height: height),
                                     glyphs: options.ascii ? .ascii : .unicode, colorMode: options.colorDisabled ? .noColor : .ansi256).write(to: svgDir)
                    return
                }
            }
            let messages: [Message]
            do { messages = try MessageScript.parse(keys) } catch { throw CLIError.usage(String(describing: error)) }
            var model = try AppModel(configuration: configuration, size: Size(width: width, height: height))
            for message in messages { model = App.update(model, message).0 }
            let colorMode: ColorMode = ansi && !options.colorDisabled ? .ansi256 : .noColor
            let appearance = try options.appearance()
            let context = RenderContext(glyphs: options.ascii ? .ascii : .unicode, colorMode: colorMode,
                                        theme: Theme.standard(for: colorMode, appearance: appearance))
            if let frames = benchmark {
                try StandardStreams.writeOutput(RenderBenchmark(model: model, context: context).run(frames: max(1, frames)))
                return
            }
            let frame = App.view(model, context: context)
            if let svg {
                let svgMode: ColorMode = options.colorDisabled ? .noColor : .ansi256
                let svgContext = RenderContext(glyphs: context.glyphs, colorMode: svgMode, theme: Theme.standard(for: svgMode, appearance: appearance))
                let picture = App.view(model, context: svgContext)
                let textPath = (svg.hasSuffix(".svg") ? String(svg.dropLast(4)) : svg) + ".txt"
                do {
                    try picture.svgText(colorMode: svgContext.colorMode, theme: svgContext.theme).write(toFile: svg, atomically: true, encoding: .utf8)
                    try (picture.plainText() + "\n").write(toFile: textPath, atomically: true, encoding: .utf8)
                } catch {
                    throw CLIError.io("cannot write \(svg) or \(textPath): \(error.localizedDescription)")
                }
                return
            }
            try StandardStreams.writeOutput((ansi ? frame.ansiText(colorMode: colorMode) : frame.plainText()) + "\n")
        }
    }
}
