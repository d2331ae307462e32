import Foundation

/// Writes Codable values as stable, pretty JSON (sorted keys) on standard output.
enum JSONText {
    /// Encodes and prints a value.
    static func print<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        try StandardStreams.writeOutput(String(decoding: data, as: UTF8.self) + "\n")
    }
}
