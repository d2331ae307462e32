import FloatscopeApp
import Foundation
import FormatCore
import Measure
import Sweep
import Synchronization
import TensorFiles

/// The runner's background sweeps: each runs on a Foundation thread of its own (the engine's
/// `concurrentPerform` may fill Dispatch's pool) and posts messages into a queue the runner drains;
/// each post wakes the runner through its terminal's waker, so results are handled as they arrive.
public final class SweepJobs: Sendable {
    /// Messages posted by jobs (and by effects), not yet handled.
    private let inbox = Mutex<[Message]>([])
    /// The cancellation flag of each running job.
    private let running = Mutex<[Int: SweepCancellation]>([:])
    /// The cancellation flag of each running model measurement (ids of their own).
    private let measuring = Mutex<[Int: SweepCancellation]>([:])
    /// Worker threads per sweep.
    private let threads: Int
    /// Called after every post: wakes the runner waiting for input (nil: the runner polls).
    private let waker = Mutex<(@Sendable () -> Void)?>(nil)

    /// Creates an empty set of jobs; each sweep uses `threads` workers (all cores by default).
    public init(threads: Int? = nil) {
        self.threads = threads ?? SweepEngine.coreCount
    }

    /// Tensor reads (`readTensorData`) not yet posted.
    private let reading = Mutex<Int>(0)

    /// Whether a job runs or messages wait.
    public var isBusy: Bool {
        running.withLock { !$0.isEmpty } || measuring.withLock { !$0.isEmpty } || reading.withLock { $0 > 0 }
            || inbox.withLock { !$0.isEmpty }
    }

    /// Reads a tensor's values on a new thread and posts `Message.tensorDataRead`.
    public func readTensorData(_ tensor: TensorInfo, of model: ModelHandle) {
        reading.withLock { $0 += 1 }
        let thread = Thread { [self] in
            let message = TensorData.outcome(tensor, of: model)
            // Posted before the read is forgotten, so `isBusy` never reads false with the message unread.
            post(message)
            reading.withLock { $0 -= 1 }
        }
        thread.name = "floatscope-tensor-data"
        thread.start()
    }

    /// Queues a message for the runner and wakes it.
    public func post(_ message: Message) {
        inbox.withLock { $0.append(message) }
        waker.withLock { $0 }?()
    }

    /// Sets what wakes the runner when a message is posted (its terminal's `waker`).
    public func setWaker(_ wake: (@Sendable () -> Void)?) {
        waker.withLock { $0 = wake }
    }

    /// Whether posting wakes the runner.
    public var wakesRunner: Bool { waker.withLock { $0 != nil } }

    /// Takes every queued message, oldest first.
    public func drain() -> [Message] {
        inbox.withLock { queue in
            defer { queue.removeAll() }
            return queue
        }
    }

    /// Asks a job to stop.
    public func cancel(_ id: Int) {
        running.withLock { $0[id] }?.cancel()
    }

    /// Asks every job to stop (when the app quits).
    public func cancelAll() {
        running.withLock { Array($0.values) }.forEach { $0.cancel() }
        measuring.withLock { Array($0.values) }.forEach { $0.cancel() }
    }

    /// Asks a model measurement to stop.
    public func cancelModel(_ id: Int) {
        measuring.withLock { $0[id] }?.cancel()
    }

    /// Starts a model measurement on a new thread (`ModelMeasurementJob`).
    public func startModel(_ request: ModelRequest) {
        let cancellation = SweepCancellation()
        measuring.withLock { $0[request.id] = cancellation }
        let thread = Thread { [self] in
            ModelMeasurementJob.run(request, threads: threads, cancellation: cancellation) { [self] message in
                // Posted before the job is forgotten, so `isBusy` never reads false with the end unread.
                post(message)
                if case .modelFinished = message { measuring.withLock { _ = $0.removeValue(forKey: request.id) } }
            }
        }
        thread.name = "floatscope-model-\(request.id)"
        thread.start()
    }

    /// Starts a sweep on a new thread.
    public func start(_ request: SweepRequest) {
        let cancellation = SweepCancellation()
        running.withLock { $0[request.id] = cancellation }
        let thread = Thread { [self] in
            let figures = Self.sweep(request, threads: threads, cancellation: cancellation, post: post)
            running.withLock { _ = $0.removeValue(forKey: request.id) }
            post(.sweepFinished(request.id, figures))
        }
        thread.name = "floatscope-sweep-\(request.id)"
        thread.start()
    }

    /// Builds a target from its name: a scalar format with the request's rounding, or a block format of the registry.
    static func target(_ name: String, request: SweepRequest) -> (any RoundTripper)? {
        try? TargetParser.parse(name, rounding: request.rounding, overflow: request.overflow)
    }

    /// Runs a request target after target, slice after slice (consecutive ranges of the one source, so that
    /// the figures equal those of one sweep of it, as the CLI makes them), posting progress and the figures
    /// so far after each slice; returns the figures of the targets done (the last partial when cancelled).
    static func sweep(_ request: SweepRequest, threads: Int, cancellation: SweepCancellation,
                      post: @escaping @Sendable (Message) -> Void) -> [SweepFigures] {
        let engine = SweepEngine(threads: threads)
        let source = request.sweepSource
        let perTarget = source.count
        let total = perTarget * UInt64(request.targets.count)
        let clock = ContinuousClock(), start = clock.now
        @Sendable func seconds() -> Double { SweepEngine.seconds(clock.now - start) }
        var all: [SweepFigures] = []
        var amax: Float?
        for (index, name) in request.targets.enumerated() {
            guard !cancellation.isCancelled else { break }
            guard let target = target(name, request: request) else {
                all.append(SweepFigures(target: name + "?", bitsPerValue: 0, statistics: SweepStatistics(), partial: true, elapsed: 0))
                continue
            }
            if target.needsTensorAmax && amax == nil { amax = tensorAmax(request.tensor == nil ? request.source : nil, source: source, engine: engine) }
            let targetStart = clock.now
            var statistics = SweepStatistics()
            var partial = false
            for slice in SweepSourcePreset.slices(count: source.count, groupLength: SweepEngine.groupLength(for: target)) {
                let before = perTarget * UInt64(index) + slice.lowerBound
                let result = engine.run(source, elements: slice, continuing: statistics, through: target,
                                        tensorAmax: target.needsTensorAmax ? amax : nil, cancellation: cancellation) { p in
                    post(.sweepProgress(request.id, SweepProgress(done: before + p.done, total: total, elapsed: seconds())))
                }
                statistics = result.statistics
                let figures = SweepFigures(target: target.name, bitsPerValue: target.bitsPerValue, statistics: statistics,
                                           partial: true, elapsed: SweepEngine.seconds(clock.now - targetStart))
                post(.sweepFigures(request.id, index: index, figures))
                if result.partial { partial = true; break }
            }
            all.append(SweepFigures(target: target.name, bitsPerValue: target.bitsPerValue, statistics: statistics, partial: partial,
                                    elapsed: SweepEngine.seconds(clock.now - targetStart)))
            post(.sweepFigures(request.id, index: index, all[index]))
            if partial { break }
        }
        return all
    }

    /// The largest finite magnitude of the whole source (for per-tensor scales such as NVFP4's), as a
    /// single sweep of the source finds it (known for the code presets; found for samples and tensor data,
    /// `preset` nil).
    static func tensorAmax(_ preset: SweepSourcePreset?, source: SweepSource, engine: SweepEngine) -> Float {
        switch preset {
        case nil: return engine.largestFiniteMagnitude(source)
        case .fp16Codes: return Float(Float16.greatestFiniteMagnitude)
        case .fp32Codes: return Float.greatestFiniteMagnitude
        case .focusedCodes, .normal1M, .normal16M, .studentT1M: return engine.largestFiniteMagnitude(source)
        }
    }
}
