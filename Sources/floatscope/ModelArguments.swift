import Glibc

/// Lets `floatscope FILE.gguf` (a model file where a subcommand goes) open the app on the Model
/// screen: such arguments become `tui --model FILE ...`.
enum ModelArguments {
    /// Endings of the files taken as models without checking that they exist.
    static let endings = [".gguf", ".safetensors", ".npy", ".npz", ".json"]

    /// Whether an argument names a model file: a known ending, or an existing file.
    static func looksLikeModel(_ argument: String) -> Bool {
        if endings.contains(where: { argument.lowercased().hasSuffix($0) }) { return true }
        var info = stat()
        return stat(argument, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// The arguments with leading model files turned into `tui --model FILE` (the options after
    /// them go to `tui`); unchanged when the first argument is a subcommand, an option or no model.
    static func rewrite(_ arguments: [String], subcommands: [String]) -> [String] {
        guard let first = arguments.first, !first.hasPrefix("-"), !subcommands.contains(first), first != "help",
              looksLikeModel(first) else { return arguments }
        let files = Array(arguments.prefix { !$0.hasPrefix("-") })
        return ["tui"] + files.flatMap { ["--model", $0] } + arguments.dropFirst(files.count)
    }
}
