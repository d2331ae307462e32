import ArgumentParser
import FormatCore

/// `floatscope formats`: every format with its aliases and a description.
struct FormatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "formats", abstract: "List every format, its aliases and a one-line description.")

    @Flag(name: .long, help: "Print JSON.") var json = false

    /// One format in JSON.
    struct Entry: Encodable {
        let name: String, bits: Int, family: String, aliases: [String], description: String
    }

    func run() throws {
        try runReportingErrors {
            let entries = Format.catalog.map { f in
                Entry(name: f.name, bits: f.bitWidth, family: f.familyName, aliases: f.aliases, description: f.summary)
            }
            if json { try JSONText.print(["formats": entries]); return }
            var table = TextTable(header: ["format", "bits", "aliases", "description"], alignments: [.left, .right])
            for e in entries { table.rows.append([e.name, String(e.bits), e.aliases.joined(separator: ", "), e.description]) }
            try StandardStreams.writeOutput(table.render())
            try StandardStreams.writeOutput("\nAlso: intN and uintN for any N from 2 to 32 (int3, int5, int6...). Names ignore case, '-' and '_'.\n")
        }
    }
}

extension Format {
    /// `float`, `integer` or `codebook`.
    var familyName: String {
        switch kind {
        case .float: return "float"
        case .integer: return "integer"
        case .codebook: return "codebook"
        }
    }
}
