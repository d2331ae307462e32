import ArgumentParser
import FloatscopeApp

/// `floatscope lesson`: lists the lessons, or prints one lesson's steps with their captions.
struct LessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesson",
        abstract: "List the lessons, or print one lesson's captions (figures computed now).",
        discussion: """
        Lessons drive the app's real screens step by step: floatscope tui --lesson NAME (→ next, ← back,
        Esc leaves the lesson and keeps the screen; L in the app opens the lesson menu).
        floatscope render lesson NAME --step K draws one step; --svg-dir DIR writes every step as slides.
        Every figure in a caption is computed by the same core as the rest of the program.
        """)

    @Argument(help: "A lesson to print (omit to list them).") var name: String?
    @Option(name: .long, help: ArgumentHelp("Language: en or zh (default: from LC_ALL, LC_MESSAGES or LANG).", valueName: "lang"))
    var lang: LanguageChoice?

    func run() throws {
        try runReportingErrors {
            let language = LanguageChoice.resolve(lang)
            guard let name else {
                let width = LessonCatalog.all.map(\.name.count).max() ?? 0
                var text = ""
                for lesson in LessonCatalog.all {
                    let steps = language == .zh ? "\(lesson.steps.count) 步" : "\(lesson.steps.count) steps"
                    text += lesson.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + lesson.title(language) + " (" + steps + ")\n"
                }
                try StandardStreams.writeOutput(text)
                return
            }
            let lesson = try Self.lesson(named: name, step: 1)
            var text = lesson.title(language) + "\n"
            for index in lesson.steps.indices {
                let state = try Self.state(lesson, step: index, language: language)
                text += "\n" + (language == .zh ? "第 \(index + 1) 步" : "Step \(index + 1)") + " (\(lesson.steps[index].screen.title)): "
                text += state.caption + "\n"
            }
            try StandardStreams.writeOutput(text)
        }
    }

    /// The lesson with a name, with `step` (1-based) checked against it; else a usage error naming
    /// the lessons.
    static func lesson(named name: String, step: Int) throws -> Lesson {
        guard let lesson = LessonCatalog.named(name) else {
            throw CLIError.usage("unknown lesson '\(name)'; lessons: \(LessonCatalog.all.map(\.name).joined(separator: ", "))")
        }
        guard (1...lesson.steps.count).contains(step) else {
            throw CLIError.usage("--step must be 1...\(lesson.steps.count) for lesson \(lesson.name); got \(step)")
        }
        return lesson
    }

    /// A step shown in an app of the default size: its caption with figures filled.
    static func state(_ lesson: Lesson, step: Int, language: Language) throws -> LessonState {
        var configuration = AppConfiguration(language: language)
        configuration.lessonName = lesson.name
        configuration.lessonStep = step
        let model = try AppModel(configuration: configuration, size: AppModel.minimumSize)
        guard let state = model.lesson else { throw CLIError.usage("lesson \(lesson.name) step \(step + 1) could not be shown: \(model.session.flash.map { "\($0)" } ?? "")") }
        return state
    }
}
