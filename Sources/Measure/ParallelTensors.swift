import Dispatch
import Sweep
import Synchronization

/// Work over many tensors on a few threads: each item by one worker, items taken in a given order,
/// results in item order, the first real error (in item order) thrown, and a cancellation that
/// stops the workers (and that an error sets, so the others stop early).
enum ParallelTensors {
    /// `body(i)` for every i in `0..<count`, taken in `order` (a permutation of the indices) by up to
    /// `threads` workers. Throws the first error of `body` other than `MeasurementCancelled`, else
    /// `MeasurementCancelled` when cancelled before the end.
    static func map<T: Sendable>(count: Int, order: [Int], threads: Int, cancellation: SweepCancellation,
                                 _ body: @Sendable (Int) throws -> T) throws -> [T] {
        let next = Atomic<Int>(0)
        let results = Mutex<[Int: Result<T, any Error>]>([:])
        DispatchQueue.concurrentPerform(iterations: max(1, min(threads, count))) { _ in
            while !cancellation.isCancelled {
                let k = next.add(1, ordering: .relaxed).oldValue
                guard k < order.count else { return }
                let result = Result<T, any Error> { try body(order[k]) }
                results.withLock { $0[order[k]] = result }
                if case .failure = result { cancellation.cancel() }
            }
        }
        let all = results.withLock { $0 }
        for i in 0..<count {
            if case .failure(let error)? = all[i], !(error is MeasurementCancelled) { throw error }
        }
        if cancellation.isCancelled || all.count < count { throw MeasurementCancelled() }
        return try (0..<count).map { try all[$0]!.get() }
    }
}
