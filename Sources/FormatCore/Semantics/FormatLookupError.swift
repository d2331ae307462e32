/// Why a format name was not accepted.
public struct FormatLookupError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The name as given.
    public let name: String
    /// What was wrong, in words.
    public let reason: String
    /// Accepted names that are close to the one given, best first.
    public let suggestions: [String]

    /// A message that names the problem and what would be accepted.
    public var description: String {
        var text = "unknown format '\(name)'"
        if !reason.isEmpty { text += ": \(reason)" }
        if !suggestions.isEmpty { text += "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?" }
        text += " (`floatscope formats` lists them all)"
        return text
    }
}
