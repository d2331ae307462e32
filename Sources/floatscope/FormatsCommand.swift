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

    /// `formats --json`.
    struct Listing: Encodable {
        let formats: [Entry]
        let block_formats: [BlockFactsJSON]
    }

    func run() throws {
        try runReportingErrors {
            let entries = Format.catalog.map { f in
                Entry(name: f.name, bits: f.bitWidth, family: f.familyName, aliases: f.aliases, description: f.summary)
            }
            let blocks = BlockCodecRegistry.listing
            if json { try JSONText.print(Listing(formats: entries, block_formats: blocks.map(BlockFactsJSON.init))); return }
            var table = TextTable(header: ["format", "bits", "aliases", "description"], alignments: [.left, .right])
            for e in entries { table.rows.append([e.name, String(e.bits), e.aliases.joined(separator: ", "), e.description]) }
            try StandardStreams.writeOutput(table.render())
            try StandardStreams.writeOutput("\nAlso: intN and uintN for any N from 2 to 32 (int3, int5, int6...). Names ignore case, '-' and '_'.\n\n")
            var blockTable = TextTable(header: ["block format", "values/block", "block size", "bits/value", "element", "description"],
                                       alignments: [.left, .right, .right, .right])
            for b in blocks.map(BlockFactsJSON.init) {
                let rows = b.displayRows
                blockTable.rows.append([b.name, rows[0], rows[1], rows[2], b.element, b.description])
            }
            try StandardStreams.writeOutput(blockTable.render())
            try StandardStreams.writeOutput("\nBlock formats take a size: nf4:N, int8:row=N, nf4:tensor, +dq (double-quantised scales); `floatscope info FORMAT` shows a layout field by field.\n")
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
