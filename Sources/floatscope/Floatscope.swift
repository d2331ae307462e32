import ArgumentParser

/// The `floatscope` command: see and measure the number formats of machine learning.
@main
struct Floatscope: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "floatscope",
        abstract: "See and measure the number formats of machine learning: FP32 to FP4, integers, NF4.",
        discussion: """
        Values are read exactly (any number of decimal digits, hex floats, fractions) and rounded once.
        Examples:
          floatscope inspect 0.1
          floatscope inspect 65504 --format fp16 --format bf16 --format e4m3fn
          floatscope info fp16 bf16 e4m3fn
          floatscope table e2m1fn
          floatscope convert --from fp32 --to bf16 < in.f32 > out.bf16
          floatscope                    (no arguments: the full-screen app; ? shows its keys)
          floatscope model.gguf         (the app on its Model screen, measuring the file's tensors)
          floatscope tui --value 65504 --formats fp16,bf16,e5m2
          floatscope render bits --value 0.1 --width 100 --height 30
        """,
        version: Floatscope.version,
        subcommands: [FormatsCommand.self, InfoCommand.self, InspectCommand.self, TableCommand.self, ConvertCommand.self, SweepCommand.self, ModelCommand.self, MemoryCommand.self,
                      LabCommand.self, ClaimsCommand.self, LessonCommand.self, TUICommand.self, RenderCommand.self]
    )

    /// The version `--version` prints.
    static let version = "floatscope 0.13.0 (conversions follow ml_dtypes 0.7.0)"

    /// With no arguments: the full-screen app with its default value and formats.
    mutating func run() throws {
        try TUICommand.parse([]).run()
    }

    /// Parses and runs; argument errors exit with status 2 (not ArgumentParser's 64), and negative
    /// numbers are accepted where a value goes (`inspect -1.5`, `--value -1.5`).
    static func main() {
        let subcommands = configuration.subcommands.compactMap { $0.configuration.commandName }
        let arguments = NegativeNumberArguments.rewrite(ModelArguments.rewrite(Array(CommandLine.arguments.dropFirst()), subcommands: subcommands))
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success || code.rawValue == 0 {
                // Help and --version: written like every other output, so a failed write is an error (exit 1).
                do { try StandardStreams.writeOutput(fullMessage(for: error) + "\n") } catch let failure as CLIError {
                    StandardStreams.writeError("floatscope: \(failure.description)\n")
                    Self.exit(withError: ExitCode(failure.status))
                } catch {}
                exit(withError: nil)
            }
            if let exit = error as? ExitCode { Self.exit(withError: exit) }
            StandardStreams.writeError(fullMessage(for: error) + "\n")
            Self.exit(withError: ExitCode(code.rawValue == 64 ? 2 : code.rawValue))
        }
    }
}
