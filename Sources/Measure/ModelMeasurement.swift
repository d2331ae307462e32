import Dispatch
import Sweep
import Synchronization
import TensorFiles

/// Measures the tensors of a model file against candidate formats, tensors in parallel (each tensor
/// by one worker, in order, so every figure is the same whatever the number of threads).
public enum ModelMeasurement {
    /// Work units of a tensor for progress: its values read in each of the three passes, the third
    /// once per candidate.
    public static func workUnits(_ tensor: TensorInfo, candidates: Int) -> UInt64 {
        UInt64(tensor.elementCount) * UInt64(2 + max(candidates, 1))
    }

    /// Measures `tensors` (of `file`) with `threads` workers. A tensor whose stored type cannot be
    /// decoded gets a report with the reason; an I/O error or a malformed tensor stops the run and is
    /// thrown; a cancelled run throws `MeasurementCancelled`. `progress` receives work units done
    /// (see `workUnits`) from the workers; `finished` receives each tensor's report as soon as it is
    /// measured (its index in `tensors`, from the worker that measured it, in no particular order).
    public static func run(_ file: ModelFile, tensors: [TensorInfo], candidates: [ModelCandidate], threads: Int,
                           cancellation: SweepCancellation = SweepCancellation(),
                           progress: (@Sendable (UInt64) -> Void)? = nil,
                           finished: (@Sendable (Int, TensorReport) -> Void)? = nil) throws -> [TensorReport] {
        // Largest tensors first, so that the last worker does not start a big one alone.
        let order = tensors.indices.sorted { tensors[$0].elementCount > tensors[$1].elementCount }
        let next = Atomic<Int>(0)
        let results = Mutex<[Int: Result<TensorReport, any Error>]>([:])
        DispatchQueue.concurrentPerform(iterations: max(1, min(threads, tensors.count))) { _ in
            while !cancellation.isCancelled {
                let k = next.add(1, ordering: .relaxed).oldValue
                guard k < order.count else { return }
                let tensor = tensors[order[k]]
                let result = Result<TensorReport, any Error> {
                    try measureOne(file, tensor, candidates, cancellation, progress)
                }
                results.withLock { $0[order[k]] = result }
                if case .success(let report) = result { finished?(order[k], report) }
                if case .failure = result { cancellation.cancel() }
            }
        }
        let all = results.withLock { $0 }
        // The first real error in tensor order wins over the cancellations it caused.
        for i in tensors.indices {
            if case .failure(let error)? = all[i], !(error is MeasurementCancelled) { throw error }
        }
        if cancellation.isCancelled || all.count < tensors.count { throw MeasurementCancelled() }
        return try tensors.indices.map { try all[$0]!.get() }
    }

    /// Measures one tensor.
    static func measureOne(_ file: ModelFile, _ tensor: TensorInfo, _ candidates: [ModelCandidate], _ cancellation: SweepCancellation,
                           _ progress: (@Sendable (UInt64) -> Void)?) throws -> TensorReport {
        if let reason = tensor.encoding.unsupportedReason {
            progress?(workUnits(tensor, candidates: candidates.count))
            return TensorReport(tensor: tensor, measurement: nil, problem: reason)
        }
        let measurement = try TensorMeasurement.measure(
            count: tensor.elementCount, rowLength: TensorReport.rowLength(tensor.shape), candidates: candidates, tensor: tensor.name,
            open: { try file.reader(for: tensor) }, cancelled: { cancellation.isCancelled },
            progress: { progress?(UInt64($0)) })
        return TensorReport(tensor: tensor, measurement: measurement, problem: nil)
    }
}
