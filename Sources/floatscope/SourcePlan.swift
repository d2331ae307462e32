import FormatCore
import Foundation
import Sweep
import ValueFiles

/// The input side of a sweep, resolved from the command line.
struct SourcePlan {
    enum Kind {
        case generated(SweepSource)
        case file(path: String, format: Format)
    }
    /// The source as JSON fields.
    struct Fields: Encodable {
        /// `samples`, `all-codes`, `code-range` or `file`.
        let kind: String
        /// Samples: the distribution's name, its parameters by name, and the seed.
        var distribution: String? = nil
        var parameters: [String: Double]? = nil
        var seed: UInt64? = nil
        /// Number of values (nil for standard input, whose length is known only at the end).
        var count: UInt64? = nil
        /// Codes and files: the format of the values; code ranges: the first and last code.
        var format: String? = nil
        var lower: UInt64? = nil
        var upper: UInt64? = nil
        /// Files: the path (`-` for standard input).
        var path: String? = nil

        /// Every key present, `null` where it does not apply.
        func encode(to encoder: Encoder) throws {
            enum Key: String, CodingKey { case kind, distribution, parameters, seed, count, format, lower, upper, path }
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(kind, forKey: .kind)
            try c.encode(distribution, forKey: .distribution)
            try c.encode(parameters, forKey: .parameters)
            try c.encode(seed, forKey: .seed)
            try c.encode(count, forKey: .count)
            try c.encode(format, forKey: .format)
            try c.encode(lower, forKey: .lower)
            try c.encode(upper, forKey: .upper)
            try c.encode(path, forKey: .path)
        }
    }

    let kind: Kind
    let description: String
    let fields: Fields

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
            let size = input == "-" ? nil : (try? FileManager.default.attributesOfItem(atPath: input)[.size] as? UInt64) ?? nil
            fields = Fields(kind: "file", count: size.map { $0 / UInt64((format.bitWidth + 7) / 8) }, format: format.name, path: input)
            return
        }
        if c.inputFormat != nil { throw CLIError.usage("--input-format goes with --input") }
        if c.all || c.range != nil {
            let format = try resolveFormat(c.from)
            if let problem = SweepSource.exhaustiveProblem(format) { throw CLIError.usage(problem.description) }
            if c.all {
                kind = .generated(.allCodes(format))
                description = "\(format.name), all \(SweepReport.grouped(UInt64(1) << UInt64(format.bitWidth))) codes"
                fields = Fields(kind: "all-codes", count: UInt64(1) << UInt64(format.bitWidth), format: format.name,
                                lower: 0, upper: format.codeMask)
            } else {
                let parts = c.range!.split(separator: ":")
                guard parts.count == 2, let lo = Self.code(parts[0]), let hi = Self.code(parts[1]), lo <= hi, hi <= format.codeMask else {
                    throw CLIError.usage("--range takes LO:HI codes of \(format.name) (hex 0x.. or decimal, LO <= HI <= \(format.hexCode(format.codeMask)))")
                }
                kind = .generated(.codeRange(format, lower: lo, upper: hi))
                description = "\(format.name) codes \(format.hexCode(lo))...\(format.hexCode(hi))"
                fields = Fields(kind: "code-range", count: hi - lo + 1, format: format.name, lower: lo, upper: hi)
            }
            return
        }
        let distribution = c.dist!.distribution
        guard let count = Self.count(c.samples), count > 0, count <= 1 << 40 else {
            throw CLIError.usage("--samples takes a positive count up to 1T, with an optional K, M or G suffix (powers of 1024): e.g. 16M")
        }
        kind = .generated(.samples(distribution, count: count, seed: c.seed))
        description = "\(SweepReport.grouped(count)) samples of \(distribution.spelling), seed \(c.seed)"
        fields = Fields(kind: "samples", distribution: distribution.name,
                        parameters: Dictionary(uniqueKeysWithValues: distribution.parameters.map { ($0.name, $0.value) }),
                        seed: c.seed, count: count)
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
                amax = try Self.cliErrors { try RawValueStream.largestMagnitude(path: path, format: format) }
            }
            let stream = try Self.cliErrors { try RawValueStream(path: path, format: format) }
            defer { stream.close() }
            return try Self.cliErrors { try engine.run(stream: stream, through: target, tensorAmax: amax, cancellation: cancellation, progress: progress) }
        }
    }

    /// Runs `body`, giving a raw file's errors the CLI's exit statuses (bad input 2, I/O 1).
    static func cliErrors<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as RawValueError {
            throw error.kind == .io ? CLIError.io(error.description) : CLIError.usage(error.description)
        }
    }
}
