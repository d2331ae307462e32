import Dispatch
import FormatCore
import Synchronization

/// Runs round-trip sweeps: streams inputs through a target and back in fixed chunks, in parallel,
/// in bounded memory, and merges the figures in element order so they never depend on the thread count.
public struct SweepEngine: Sendable {
    /// Elements per chunk (the unit of SIMD accumulation).
    public static let chunkSize = 1 << 16
    /// Chunks per group (the unit of work a thread takes).
    public static let chunksPerGroup = 16
    /// Groups in flight at once (bounds memory: per-group figures are kept until merged).
    public static let groupsPerWindow = 32
    /// Groups read at once from a stream (4 × 1 Mi values: 16 MiB of input, copied once).
    public static let streamWindowGroups = 4

    /// Worker threads.
    public let threads: Int
    /// Verify mode: every chunk's figures are also computed by the definition (`SweepDefinition`) from the
    /// same pairs, and the first difference stops the sweep (`SweepResult.mismatch`).
    public let verify: Bool

    /// Creates an engine with `threads` workers (default: every core), in verify mode when `verify` is set.
    public init(threads: Int? = nil, verify: Bool = false) {
        self.threads = max(1, threads ?? SweepEngine.coreCount)
        self.verify = verify
    }

    /// The number of cores available.
    public static var coreCount: Int { max(1, System.activeProcessorCount) }

    /// Sweeps a stream (a file, standard input) through `target` in bounded memory: windows of
    /// `streamWindowGroups` groups are read, processed in parallel and merged in order.
    public func run(stream: any ValueStream, through target: any RoundTripper, tensorAmax: Float? = nil,
                    cancellation: SweepCancellation = SweepCancellation(),
                    progress: (@Sendable (SweepProgress) -> Void)? = nil) throws -> SweepResult {
        let clock = ContinuousClock(), start = clock.now
        let group = Self.chunkLength(alignment: target.traits.alignment) * Self.chunksPerGroup
        let capacity = group * Self.streamWindowGroups
        // One window, read into in place: the sweep of a window holds it only while it runs.
        var window = [UInt32](repeating: 0, count: capacity)
        var statistics = SweepStatistics()
        var partial = false
        var mismatch: SweepMismatch? = nil
        var offset: UInt64 = 0
        let reporter = ProgressReporter(total: stream.expectedCount ?? 0, start: start, callback: progress)
        while !cancellation.isCancelled {
            let filled = try window.withUnsafeMutableBufferPointer { buffer in
                var filled = 0
                while filled < capacity {
                    let n = try stream.read(into: buffer.baseAddress! + filled, maximum: capacity - filled)
                    if n == 0 { break }
                    filled += n
                }
                return filled
            }
            if filled == 0 { break }
            if filled < capacity { window.removeLast(capacity - filled) }
            let result = run(.values(window), through: target, tensorAmax: tensorAmax ?? 0, cancellation: cancellation,
                             elementOffset: offset, initial: statistics, reporter: reporter)
            statistics = result.statistics
            offset += UInt64(filled)
            if let found = result.mismatch { mismatch = found; partial = true; break }
            if result.partial { partial = true; break }
            if filled < capacity { break }
        }
        if cancellation.isCancelled { partial = true }
        reporter.finish()
        return SweepResult(target: target.name, bitsPerValue: target.bitsPerValue, statistics: statistics,
                           partial: partial, elapsed: Self.seconds(clock.now - start), threads: threads, mismatch: mismatch)
    }

    /// Sweeps `source` through `target`.
    ///
    /// - Parameters:
    ///   - progress: called from worker threads at most about 30 times a second.
    ///   - cancellation: checked before each chunk; a cancelled sweep returns the groups finished, marked partial.
    public func run(_ source: SweepSource, through target: any RoundTripper, tensorAmax: Float? = nil,
                    cancellation: SweepCancellation = SweepCancellation(),
                    progress: (@Sendable (SweepProgress) -> Void)? = nil) -> SweepResult {
        let reporter = ProgressReporter(total: source.count, start: ContinuousClock.now, callback: progress)
        let result = run(source, through: target, tensorAmax: tensorAmax, cancellation: cancellation, elementOffset: 0, reporter: reporter)
        reporter.finish()
        return result
    }

    /// Elements per group for `target`: the unit a sweep is split at when it is run in consecutive calls.
    public static func groupLength(for target: any RoundTripper) -> UInt64 {
        UInt64(chunkLength(alignment: target.traits.alignment) * chunksPerGroup)
    }

    /// Sweeps the elements `elements` of `source`, continuing `previous` (the figures of the elements before,
    /// from earlier calls). With `elements.lowerBound` a multiple of `groupLength(for:)`, consecutive calls
    /// over a source give exactly the figures of one call over all of it (the same chunks, merged in the same
    /// order); so a long sweep can show its figures as it goes. `tensorAmax` defaults to the whole source's.
    public func run(_ source: SweepSource, elements: Range<UInt64>, continuing previous: SweepStatistics, through target: any RoundTripper,
                    tensorAmax: Float? = nil, cancellation: SweepCancellation = SweepCancellation(),
                    progress: (@Sendable (SweepProgress) -> Void)? = nil) -> SweepResult {
        precondition(elements.lowerBound % Self.groupLength(for: target) == 0 && elements.upperBound <= source.count,
                     "slices of a sweep start at a multiple of the group length")
        let reporter = ProgressReporter(total: UInt64(elements.count), start: ContinuousClock.now, callback: progress)
        let result = run(source, stored: nil, elements: elements, initial: previous, through: target, tensorAmax: tensorAmax,
                         cancellation: cancellation, elementOffset: 0, reporter: reporter)
        reporter.finish()
        return result
    }

    /// The largest finite |x| of a source (NVFP4's per-tensor scale is made from it), in parallel.
    public func largestFiniteMagnitude(_ source: SweepSource) -> Float {
        if case .values(let v) = source {
            return v.withUnsafeBufferPointer { b in tensorMagnitude(source, stored: b.baseAddress.map { StoredValues(pointer: $0) }) }
        }
        return tensorMagnitude(source)
    }

    /// The engine proper; `elementOffset` numbers the elements of a stream window for stochastic rounding.
    /// Values in memory are read where they are (no copy) for chunks of whole vectors.
    /// `initial` holds the figures of the elements before (a stream's earlier windows).
    func run(_ source: SweepSource, through target: any RoundTripper, tensorAmax: Float?, cancellation: SweepCancellation,
             elementOffset: UInt64, initial: SweepStatistics = SweepStatistics(), reporter: ProgressReporter) -> SweepResult {
        if case .values(let v) = source {
            return v.withUnsafeBufferPointer { b in
                run(source, stored: b.baseAddress.map { StoredValues(pointer: $0) }, elements: 0..<source.count, initial: initial,
                    through: target, tensorAmax: tensorAmax, cancellation: cancellation, elementOffset: elementOffset, reporter: reporter)
            }
        }
        return run(source, stored: nil, elements: 0..<source.count, initial: initial, through: target, tensorAmax: tensorAmax,
                   cancellation: cancellation, elementOffset: elementOffset, reporter: reporter)
    }

    /// The engine proper, with `stored` the source's values when they are in memory: the groups of `elements`
    /// (which starts at a group boundary), their figures merged in order onto `initial`.
    private func run(_ source: SweepSource, stored: StoredValues?, elements: Range<UInt64>, initial: SweepStatistics,
                     through target: any RoundTripper, tensorAmax: Float?,
                     cancellation: SweepCancellation, elementOffset: UInt64, reporter: ProgressReporter) -> SweepResult {
        let clock = ContinuousClock(), start = clock.now
        let total = elements.upperBound
        let amax: Float = tensorAmax ?? (target.needsTensorAmax ? tensorMagnitude(source, stored: stored) : 0)
        let traits = target.traits
        let chunkLength = Self.chunkLength(alignment: traits.alignment)
        let group = UInt64(chunkLength * Self.chunksPerGroup)
        let groupCount = (total + group - 1) / group
        let accumulator = PairAccumulator(traits)
        let definition = SweepDefinition(traits)
        let perBlock: Bool
        if case .perBlock = traits.ulpModel { perBlock = true } else { perBlock = false }
        var statistics = initial
        var partial = false
        var mismatch: SweepMismatch? = nil
        var firstGroup = elements.lowerBound / group
        while firstGroup < groupCount {
            let windowGroups = Int(min(UInt64(Self.groupsPerWindow), groupCount - firstGroup))
            let results = Mutex<[(SweepStatistics, Bool)?]>(Array(repeating: nil, count: windowGroups))
            let firstMismatch = Mutex<SweepMismatch?>(nil)
            let next = Atomic<Int>(0)
            let base = firstGroup
            DispatchQueue.concurrentPerform(iterations: min(threads, windowGroups)) { _ in
                let x = UnsafeMutablePointer<UInt32>.allocate(capacity: chunkLength)
                let y = UnsafeMutablePointer<UInt32>.allocate(capacity: chunkLength)
                let magnitudes = UnsafeMutablePointer<Float>.allocate(capacity: chunkLength / traits.alignment + 1)
                defer { x.deallocate(); y.deallocate(); magnitudes.deallocate() }
                let scratch = perBlock ? BlockLanes.Scratch() : nil
                while true {
                    let g = next.add(1, ordering: .relaxed).oldValue
                    if g >= windowGroups { break }
                    let groupStart = (base + UInt64(g)) * group
                    let groupEnd = min(groupStart + group, total)
                    var stats = SweepStatistics()
                    var element = groupStart
                    var finished = true
                    while element < groupEnd {
                        if cancellation.isCancelled || (verify && firstMismatch.withLock({ $0 != nil })) { finished = false; break }
                        let n = Int(min(UInt64(chunkLength), groupEnd - element))
                        var chunk = SweepStatistics()
                        // Consecutive fp32 patterns in one field: made and rounded in registers.
                        let ramp = source.fp32Ramp(start: element).flatMap { first in
                            traits.narrowing.map { accumulator.accumulateRamp(first: first, count: n, kernel: $0, into: &chunk) }
                        } ?? false
                        let input: UnsafePointer<UInt32>
                        if let stored {
                            input = stored.pointer + Int(element)
                        } else if !ramp || verify {
                            source.fill(x, start: element, count: n)
                            input = UnsafePointer(x)
                        } else {
                            input = UnsafePointer(x)
                        }
                        // A chunk longer than 65,536 is one block, taken in pieces that share its largest magnitude.
                        let blockAmax: Float? = perBlock && n > Self.chunkSize
                            ? input.withMemoryRebound(to: Float.self, capacity: n) { BlockFormat.largestFiniteMagnitude($0, count: n) } : nil
                        if !ramp || verify {
                            let found = target.roundTrip(input, y, count: n, firstElement: elementOffset + element, tensorAmax: amax,
                                                         blockMagnitudes: perBlock && blockAmax == nil ? magnitudes : nil)
                            if !ramp {
                                var piece = 0
                                while piece < n { // the accumulator takes at most 65,536 pairs at a time
                                    let m = min(Self.chunkSize, n - piece)
                                    // Values in memory come from DRAM: the block pass, compute-bound, brings the next piece of
                                    // the group into the L2 cache meanwhile (NF4/64: 4% faster with 1 thread, 2 to 3% with 2).
                                    let following = element + UInt64(piece + m)
                                    let upcoming = stored.flatMap { following + UInt64(m) <= groupEnd ? UnsafeRawPointer($0.pointer + Int(following)) : nil }
                                    accumulator.accumulate(x: input + piece, y: y + piece, count: m,
                                                           blockMagnitudes: found ? UnsafePointer(magnitudes) : nil, blockAmax: blockAmax,
                                                           scratch: scratch, upcoming: upcoming, into: &chunk)
                                    piece += m
                                }
                            }
                        }
                        if verify {
                            let want = definition.statistics(x: input, y: y, count: n, blockAmax: blockAmax)
                            if let difference = chunk.difference(from: want, pairs: n) {
                                let found = SweepMismatch(target: traits.name, firstElement: elementOffset + element, count: n,
                                                          path: ramp ? "fp32 ramp" : "lanes", difference: difference)
                                firstMismatch.withLock { if $0 == nil || found.firstElement < $0!.firstElement { $0 = found } }
                                finished = false
                                break
                            }
                        }
                        stats.merge(chunk)
                        element += UInt64(n)
                        reporter.advance(by: UInt64(n))
                    }
                    let done = (stats, finished)
                    results.withLock { $0[g] = done }
                }
            }
            let finished = results.withLock { $0 }
            // In element order; a cancelled sweep keeps the contiguous prefix it finished.
            for entry in finished {
                guard let (stats, complete) = entry else { partial = true; break }
                statistics.merge(stats)
                if !complete { partial = true; break }
            }
            if let found = firstMismatch.withLock({ $0 }) { mismatch = found; partial = true; break }
            if partial || cancellation.isCancelled { partial = true; break }
            firstGroup += UInt64(windowGroups)
        }
        let elapsed = Self.seconds(clock.now - start)
        return SweepResult(target: target.name, bitsPerValue: target.bitsPerValue, statistics: statistics,
                           partial: partial, elapsed: elapsed, threads: threads, mismatch: mismatch)
    }

    /// The values of a source as float32 bit patterns, generated in parallel (for benchmarks that time
    /// the sweep alone, and for sources small enough to hold).
    public func materialize(_ source: SweepSource) -> [UInt32] {
        let total = Int(source.count), chunk = Self.chunkSize
        var out = [UInt32](repeating: 0, count: total)
        let chunks = (total + chunk - 1) / chunk
        out.withUnsafeMutableBufferPointer { buffer in
            let base = UnsafeSendablePointer(pointer: buffer.baseAddress!)
            let next = Atomic<Int>(0)
            DispatchQueue.concurrentPerform(iterations: max(1, min(threads, chunks))) { _ in
                while true {
                    let c = next.add(1, ordering: .relaxed).oldValue
                    if c >= chunks { break }
                    let start = c * chunk
                    source.fill(base.pointer + start, start: UInt64(start), count: min(chunk, total - start))
                }
            }
        }
        return out
    }

    /// Chunk length for a target's block size: the largest multiple of it up to 65,536, or one block.
    static func chunkLength(alignment: Int) -> Int {
        let a = max(alignment, 1)
        return a >= chunkSize ? a : chunkSize / a * a
    }

    /// The largest finite |x| over the source (for NVFP4's per-tensor scale), in parallel; values in
    /// memory (`stored`) are read where they are.
    func tensorMagnitude(_ source: SweepSource, stored: StoredValues? = nil) -> Float {
        let total = source.count, chunk = UInt64(Self.chunkSize)
        let chunks = Int((total + chunk - 1) / chunk)
        let best = Mutex<Float>(0)
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: max(1, min(threads, chunks))) { _ in
            // A buffer only for values that are generated or read.
            let buffer = stored == nil ? UnsafeMutablePointer<UInt32>.allocate(capacity: Self.chunkSize) : nil
            defer { buffer?.deallocate() }
            var local: Float = 0
            while true {
                let c = next.add(1, ordering: .relaxed).oldValue
                if c >= chunks { break }
                let start = UInt64(c) * chunk
                let n = Int(min(chunk, total - start))
                let values: UnsafePointer<UInt32>
                if let stored {
                    values = stored.pointer + Int(start)
                } else {
                    source.fill(buffer!, start: start, count: n)
                    values = UnsafePointer(buffer!)
                }
                local = max(local, values.withMemoryRebound(to: Float.self, capacity: n) { BlockFormat.largestFiniteMagnitude($0, count: n) })
            }
            best.withLock { $0 = max($0, local) }
        }
        return best.withLock { $0 }
    }

    /// A duration in seconds.
    public static func seconds(_ d: Duration) -> Double {
        let c = d.components
        return Double(c.seconds) + Double(c.attoseconds) * 1e-18
    }
}

/// The values of a `.values` source, handed to worker threads that only read them.
struct StoredValues: @unchecked Sendable {
    let pointer: UnsafePointer<UInt32>
}

/// A pointer handed to worker threads that write disjoint parts of one buffer.
struct UnsafeSendablePointer: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<UInt32>
}

/// Counts finished elements and calls the progress callback at most about 30 times a second.
/// Progress of work done by several threads: units added atomically, reported at most about 30
/// times a second (and once more at the end) as `SweepProgress`.
public final class ProgressReporter: Sendable {
    private let done = Atomic<UInt64>(0)
    private let lastReport = Mutex<Double>(-1)
    private let total: UInt64
    private let start: ContinuousClock.Instant
    private let callback: (@Sendable (SweepProgress) -> Void)?

    /// A reporter of `total` units counted from `start`.
    public init(total: UInt64, start: ContinuousClock.Instant, callback: (@Sendable (SweepProgress) -> Void)?) {
        self.total = total
        self.start = start
        self.callback = callback
    }

    /// Adds `n` units done; reports when the last report is old enough.
    public func advance(by n: UInt64) {
        let now = done.add(n, ordering: .relaxed).newValue
        guard let callback else { return }
        let elapsed = SweepEngine.seconds(ContinuousClock.now - start)
        let due = lastReport.withLock { last -> Bool in
            if elapsed - last < 1.0 / 30 { return false }
            last = elapsed
            return true
        }
        if due { callback(SweepProgress(done: now, total: total, elapsed: elapsed)) }
    }

    /// Reports the units done so far, whatever the time.
    public func finish() {
        callback?(SweepProgress(done: done.load(ordering: .relaxed), total: total, elapsed: SweepEngine.seconds(ContinuousClock.now - start)))
    }
}
