import ArgumentParser
import FloatscopeApp

/// `floatscope tui`: the interactive full-screen app (also what `floatscope` alone opens).
struct TUICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Open the full-screen app: one value's bits in many formats (press ? inside for the keys).",
        discussion: """
        It needs a terminal: standard input and output a TTY, TERM set and not dumb. Otherwise it exits with status 2 and names the non-interactive commands (inspect, table, render).

        Exit status: 0 after q, 130 after Ctrl-C, 143 after SIGTERM, 129 after SIGHUP.

        Example: floatscope tui --value 65504 --formats fp16,bf16,e5m2
        """)

    @OptionGroup var options: AppOptions

    @Flag(name: .long, help: "Leave the mouse to the terminal (text selection) instead of clicks and the wheel.")
    var noMouse = false

    @Option(name: .long, help: .hidden) var timingLog: String?

    func run() throws {
        try runReportingErrors {
            let configuration = try options.configuration()
            let status = try InteractiveApp.run(configuration: configuration, ascii: options.ascii,
                                                noColor: options.colorDisabled, mouse: !noMouse, timingLog: timingLog)
            if status != 0 { throw ExitCode(status) }
        }
    }
}
