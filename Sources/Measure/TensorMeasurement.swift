import FormatCore

/// One tensor measured: its statistics and what each candidate format does to it.
public struct TensorMeasurement: Sendable, Hashable {
    /// The value statistics.
    public var statistics: TensorStatistics
    /// One outcome per candidate, in the candidates' order.
    public var outcomes: [FormatOutcome]

    /// A measurement of these figures (for callers that measured otherwise, and tests).
    public init(statistics: TensorStatistics, outcomes: [FormatOutcome]) {
        self.statistics = statistics
        self.outcomes = outcomes
    }

    /// Values read per window.
    public static let window = 1 << 16

    /// Measures a tensor of `count` values whose rows hold `rowLength` values, read by `open()` three
    /// times front to back (statistics, moments, then every candidate), in bounded memory: a window of
    /// `window` values, and per candidate an output buffer and a staging buffer (`PieceFeeder`).
    /// `cancelled` is asked between windows (the measurement then throws `MeasurementCancelled`).
    public static func measure(count: Int, rowLength: Int, candidates: [ModelCandidate], tensor: String = "",
                               open: () throws -> any TensorValueReader,
                               cancelled: () -> Bool = { false },
                               progress: (Int) -> Void = { _ in }) throws -> TensorMeasurement {
        let targets = candidates.map { $0.target(rowLength: rowLength, count: count, tensor: tensor) }
        let window = UnsafeMutablePointer<UInt32>.allocate(capacity: Self.window)
        defer { window.deallocate() }
        var pass = TensorStatisticsPass()

        // Pass 1: statistics, and the block absmax means of double-quantised candidates.
        var means = [DoubleQuantizedScales.MeanAccumulator](repeating: .init(), count: targets.count)
        let doubleQuantized = targets.indices.compactMap { i in
            targets[i].doubleQuantized.map { (index: i, format: $0, feeder: PieceFeeder(alignment: $0.blockSize, window: Self.window)) }
        }
        try readAll(open(), window, cancelled) { x, n in
            pass.first(x, count: n)
            floats(x, n) { v in
                for d in doubleQuantized {
                    d.feeder.feed(v, count: n) { piece, m in d.format.addBlockAbsmaxes(piece, count: m, to: &means[d.index]) }
                }
            }
        }
        for d in doubleQuantized {
            d.feeder.finish { piece, m in d.format.addBlockAbsmaxes(piece, count: m, to: &means[d.index]) }
        }
        pass.finishFirst()
        progress(count)

        // Pass 2: moments.
        try readAll(open(), window, cancelled) { x, n in pass.second(x, count: n) }
        pass.finishSecond()
        progress(count)

        // Pass 3: outliers and every candidate.
        let stats = pass.statistics
        let wholes = means.map {
            WholeTensorFacts(finiteAmax: stats.finiteAmax, hasNonFinite: stats.nanCount + stats.infinityCount > 0,
                             doubleQuantizationOffset: $0.offset)
        }
        let runs = targets.map { t -> CandidateRun? in
            if case .notApplicable = t { return nil }
            return CandidateRun(target: t, window: Self.window)
        }
        try readAll(open(), window, cancelled) { x, n in
            pass.third(x, count: n)
            floats(x, n) { v in
                for i in runs.indices where runs[i] != nil { runs[i]!.feed(v, count: n, whole: wholes[i]) }
            }
            progress(n * max(targets.count, 1))
        }
        var outcomes: [FormatOutcome] = []
        for (i, t) in targets.enumerated() {
            if case .notApplicable(let why) = t { outcomes.append(.notApplicable(why)); continue }
            runs[i]!.finish(whole: wholes[i])
            outcomes.append(.measured(runs[i]!.figures, bytes: t.bytes(count: count) ?? 0))
        }
        return TensorMeasurement(statistics: pass.statistics, outcomes: outcomes)
    }

    /// Reads `reader` to the end through `window`, calling `body` on each filled window.
    private static func readAll(_ reader: any TensorValueReader, _ window: UnsafeMutablePointer<UInt32>, _ cancelled: () -> Bool,
                                _ body: (UnsafePointer<UInt32>, Int) -> Void) throws {
        while true {
            if cancelled() { throw MeasurementCancelled() }
            var filled = 0
            while filled < Self.window {
                let n = try reader.read(into: window + filled, maximum: Self.window - filled)
                if n == 0 { break }
                filled += n
            }
            if filled > 0 { body(window, filled) }
            if filled < Self.window { return }
        }
    }

    /// The bit patterns seen as float32 values.
    private static func floats(_ x: UnsafePointer<UInt32>, _ n: Int, _ body: (UnsafePointer<Float>) -> Void) {
        UnsafeRawPointer(x).withMemoryRebound(to: Float.self, capacity: n, body)
    }
}
