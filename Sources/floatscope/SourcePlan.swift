import FormatCore
import Foundation
import Sweep

/// The input side of a sweep, resolved from the command line.
struct SourcePlan {
    enum Kind {
        case generated(SweepSource)
        case file(path: String, format: Format)
    }
    let kind: Kind
    let description: String

    init(command c: SweepCommand) throws {
        let chosen = [c.all, c.range != nil, c.dist != nil, c.input != nil].filter { $0 }.count
        guard chosen == 1 else {
            throw CLIError.usage(chosen == 0
                ? "choose a source: --all, --range LO:HI, --dist D --samples N, or --input FILE"
                : "choose one source only (--all, --range, --dist or --input)")
        }
        if let input = c.input {
            let format = try resolveFormat(c.inputFormat ?? "fp32")
            if let problem = SweepSource.exhaustiveProblem(format) { throw CLIError.usage("--input-format: \(problem)") }
            if input != "-" && !FileManager.default.isReadableFile(atPath: input) {
                throw CLIError.usage("cannot read --input file '\(input)'")
            }
            kind = .file(path: input, format: format)
            description = "\(input == "-" ? "standard input" : input) (\(format.name) values)"
            return
        }
        if c.inputFormat != nil { throw CLIError.usage("--input-format goes with --input") }
        if c.all || c.range != nil {
            let format = try resolveFormat(c.from)
            if let problem = SweepSource.exhaustiveProblem(format) { throw CLIError.usage(problem) }
            if c.all {
                kind = .generated(.allCodes(format))
                description = "\(format.name), all \(SweepReport.grouped(UInt64(1) << UInt64(format.bitWidth))) codes"
            } else {
                let parts = c.range!.split(separator: ":")
                guard parts.count == 2, let lo = Self.code(parts[0]), let hi = Self.code(parts[1]), lo <= hi, hi <= format.codeMask else {
                    throw CLIError.usage("--range takes LO:HI codes of \(format.name) (hex 0x.. or decimal, LO <= HI <= \(format.hexCode(format.codeMask)))")
                }
                kind = .generated(.codeRange(format, lower: lo, upper: hi))
                description = "\(format.name) codes \(format.hexCode(lo))...\(format.hexCode(hi))"
            }
            return
        }
        guard let distribution = Distribution.parse(c.dist!) else {
            throw CLIError.usage("unknown distribution '\(c.dist!)'; accepted: \(Distribution.spellings)")
        }
        guard let count = Self.count(c.samples), count > 0, count <= 1 << 40 else {
            throw CLIError.usage("--samples takes a positive count up to 1T, with an optional K, M or G suffix (powers of 1024): e.g. 16M")
        }
        kind = .generated(.samples(distribution, count: count, seed: c.seed))
        description = "\(SweepReport.grouped(count)) samples of \(c.dist!), seed \(c.seed)"
    }

    static func code(_ s: Substring) -> UInt64? {
        s.hasPrefix("0x") ? UInt64(s.dropFirst(2), radix: 16) : UInt64(s)
    }

    static func count(_ text: String) -> UInt64? {
        var t = text.uppercased()
        var scale: UInt64 = 1
        if let last = t.last, let p = ["K": 10, "M": 20, "G": 30, "T": 40][String(last)] { scale = 1 << UInt64(p); t.removeLast() }
        guard let n = UInt64(t) else { return nil }
        let (product, overflow) = n.multipliedReportingOverflow(by: scale)
        return overflow ? nil : product
    }

    func run(engine: SweepEngine, target: any RoundTripper, cancellation: SweepCancellation,
             progress: @escaping @Sendable (SweepProgress) -> Void) throws -> SweepResult {
        switch kind {
        case .generated(let source):
            return engine.run(source, through: target, cancellation: cancellation, progress: progress)
        case .file(let path, let format):
            var amax: Float? = nil
            if target.needsTensorAmax {
                guard path != "-" else {
                    throw CLIError.usage("\(target.name) needs the tensor's largest magnitude before it starts; read the values from a file, not standard input")
                }
                amax = try FileValueStream.largestMagnitude(path: path, format: format)
            }
            let stream = try FileValueStream(path: path, format: format)
            defer { stream.close() }
            return try engine.run(stream: stream, through: target, tensorAmax: amax, cancellation: cancellation, progress: progress)
        }
    }
}
