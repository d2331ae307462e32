import ArgumentParser

/// A command-line failure with its exit status: 2 for bad arguments or input, 1 for I/O.
struct CLIError: Error, CustomStringConvertible {
    /// The message printed to standard error.
    let description: String
    /// The exit status.
    let status: Int32

    /// Bad arguments or input (exit 2).
    static func usage(_ message: String) -> CLIError { CLIError(description: message, status: 2) }
    /// An I/O failure (exit 1).
    static func io(_ message: String) -> CLIError { CLIError(description: message, status: 1) }
}
