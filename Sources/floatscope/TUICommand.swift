import ArgumentParser
import FloatscopeApp
import TensorFileIO
import TensorFiles

/// `floatscope tui`: the interactive full-screen app (also what `floatscope` alone opens).
struct TUICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Open the full-screen app: one value's bits in many formats (press ? inside for the keys).",
        discussion: """
        It needs a terminal: standard input and output a TTY, TERM set and not dumb. Otherwise it exits with status 2 and names the non-interactive commands (inspect, table, render).

        Exit status: 0 after q, 130 after Ctrl-C, 143 after SIGTERM, 129 after SIGHUP.

        With --model (or a model file as the only argument: floatscope model.gguf) it opens the file first (exit 2 for a file it cannot read as a model, 1 for an I/O error) and starts on the Model screen, which measures the tensors in the background.

        Example: floatscope tui --value 65504 --formats fp16,bf16,e5m2
        """)

    @OptionGroup var options: AppOptions

    @Flag(name: .long, help: "Leave the mouse to the terminal (text selection) instead of clicks and the wheel.")
    var noMouse = false

    @Option(name: .long, help: ArgumentHelp("A model file to measure on the Model screen (.gguf, .safetensors, index.json, .npy, .npz); repeat for shards.", valueName: "file"))
    var model: [String] = []

    @Option(name: .long, help: ArgumentHelp("Start a lesson (floatscope lesson lists them): → next, ← back, Esc leaves it.", valueName: "name"))
    var lesson: String?

    @Option(name: .long, help: ArgumentHelp("The lesson step to start at (1-based).", valueName: "k"))
    var step: Int = 1

    @Option(name: .long, help: .hidden) var timingLog: String?

    func run() throws {
        try runReportingErrors {
            var configuration = try options.configuration()
            if let lesson {
                let found = try LessonCommand.lesson(named: lesson, step: step)
                configuration.lessonName = found.name
                configuration.lessonStep = step - 1
            }
            if !model.isEmpty {
                // Opened before the terminal is taken over, so a bad file is a plain error message.
                let file: ModelFile
                do throws(TensorFileError) { file = try ModelFiles.open(model) } catch { throw ModelCommand.cliError(error) }
                configuration.model = ModelHandle(file)
                configuration.screen = .model
            }
            let status = try InteractiveApp.run(configuration: configuration, appearance: try options.appearance(), ascii: options.ascii,
                                                noColor: options.colorDisabled, mouse: !noMouse, timingLog: timingLog)
            if status != 0 { throw ExitCode(status) }
        }
    }
}
