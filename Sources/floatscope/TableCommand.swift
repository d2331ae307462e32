import ArgumentParser
import FormatCore

/// `floatscope table`: every code of a small format.
struct TableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "table", abstract: "List every code of a format of up to 16 bits: code, bits, exact value, hex float, category.")

    @Argument(help: "The format (up to 16 bits).") var format: String
    @Flag(name: .long, help: "Print CSV.") var csv = false
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        try runReportingErrors {
            let f = try resolveFormat(format)
            guard f.bitWidth <= 16, let count = f.codeCount else {
                throw CLIError.usage("\(f.name) has \(f.bitWidth)-bit codes (2^\(f.bitWidth) values); `table` lists formats of up to 16 bits. Try `floatscope info \(f.name)` or `floatscope inspect VALUE --format \(f.name)`")
            }
            if csv && json { throw CLIError.usage("choose one of --csv and --json") }
            if json { try printJSON(f, count: count); return }
            var out = ""
            out.reserveCapacity(Int(count) * 64)
            if csv { out += "code,bits,value,hex,category\n" }
            var table = TextTable(header: ["code", "bits", "value", "hex", "category"], alignments: [.right, .left, .right, .left])
            for code in 0..<count {
                let d = f.decode(code)
                let row = [f.hexCode(code), f.groupedBits(code), f.exactDecimal(code), f.hexFloat(code), d.category.rawValue]
                if csv { out += row.joined(separator: ",") + "\n" } else { table.rows.append(row) }
                if out.utf8.count > 1 << 20 { try StandardStreams.writeOutput(out); out = "" }
            }
            try StandardStreams.writeOutput(csv ? out : table.render())
        }
    }

    private func printJSON(_ f: Format, count: UInt64) throws {
        struct Row: Encodable { let code: String, bits: String, value: String, hex: String, category: String }
        struct Table: Encodable { let format: String, bits: Int, codes: [Row] }
        let rows = (0..<count).map { c in
            Row(code: f.hexCode(c), bits: f.bitString(c), value: f.exactDecimal(c), hex: f.hexFloat(c), category: f.decode(c).category.rawValue)
        }
        try JSONText.print(Table(format: f.name, bits: f.bitWidth, codes: rows))
    }
}
