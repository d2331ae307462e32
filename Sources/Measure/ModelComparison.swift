import Dispatch
import Sweep
import Synchronization
import TensorFiles

/// A quantised file against its original, tensor by tensor in parallel (each pair by one worker).
public enum ModelComparison {
    /// Compares every paired tensor (`TensorPairing`); an unpaired tensor or one whose stored type
    /// cannot be decoded gets nil. Throws the first I/O or malformed-tensor error, or
    /// `MeasurementCancelled`. `progress` receives values compared.
    public static func run(stored: ModelFile, original: ModelFile, pairs: [TensorPairing], threads: Int,
                           cancellation: SweepCancellation = SweepCancellation(),
                           progress: (@Sendable (UInt64) -> Void)? = nil) throws -> [TensorComparison?] {
        let next = Atomic<Int>(0)
        let results = Mutex<[Int: Result<TensorComparison?, any Error>]>([:])
        DispatchQueue.concurrentPerform(iterations: max(1, min(threads, pairs.count))) { _ in
            while !cancellation.isCancelled {
                let k = next.add(1, ordering: .relaxed).oldValue
                guard k < pairs.count else { return }
                let p = pairs[k]
                let result = Result<TensorComparison?, any Error> {
                    guard let o = p.original, p.stored.encoding.unsupportedReason == nil, o.encoding.unsupportedReason == nil else { return nil }
                    let c = try TensorComparison.compare(original: try original.reader(for: o), stored: try stored.reader(for: p.stored),
                                                         count: p.stored.elementCount, cancelled: { cancellation.isCancelled })
                    progress?(UInt64(p.stored.elementCount))
                    return c
                }
                results.withLock { $0[k] = result }
                if case .failure = result { cancellation.cancel() }
            }
        }
        let all = results.withLock { $0 }
        for i in pairs.indices {
            if case .failure(let error)? = all[i], !(error is MeasurementCancelled) { throw error }
        }
        if cancellation.isCancelled || all.count < pairs.count { throw MeasurementCancelled() }
        return try pairs.indices.map { try all[$0]!.get() }
    }
}
