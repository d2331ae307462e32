import Sweep
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
    /// thrown; a cancelled run throws `MeasurementCancelled`. `progress` receives the work units done
    /// of all (see `workUnits`) at most about 30 times a second from the workers, and once at the end
    /// however the run ends; `finished` receives each tensor's report as soon as it is
    /// measured (its index in `tensors`, from the worker that measured it, in no particular order).
    public static func run(_ file: ModelFile, tensors: [TensorInfo], candidates: [ModelCandidate], threads: Int,
                           cancellation: SweepCancellation = SweepCancellation(),
                           progress: (@Sendable (SweepProgress) -> Void)? = nil,
                           finished: (@Sendable (Int, TensorReport) -> Void)? = nil) throws -> [TensorReport] {
        let total = tensors.reduce(UInt64(0)) { $0 + workUnits($1, candidates: candidates.count) }
        let reporter = ProgressReporter(total: total, start: ContinuousClock.now, callback: progress)
        defer { reporter.finish() }
        // Largest tensors first, so that the last worker does not start a big one alone.
        let order = tensors.indices.sorted { tensors[$0].elementCount > tensors[$1].elementCount }
        return try ParallelTensors.map(count: tensors.count, order: order, threads: threads, cancellation: cancellation) { i in
            let report = try measureOne(file, tensors[i], candidates, cancellation, reporter)
            finished?(i, report)
            return report
        }
    }

    /// Measures one tensor.
    static func measureOne(_ file: ModelFile, _ tensor: TensorInfo, _ candidates: [ModelCandidate], _ cancellation: SweepCancellation,
                           _ reporter: ProgressReporter) throws -> TensorReport {
        if let reason = tensor.encoding.unsupportedReason {
            reporter.advance(by: workUnits(tensor, candidates: candidates.count))
            return TensorReport(tensor: tensor, measurement: nil, problem: reason)
        }
        let measurement = try TensorMeasurement.measure(
            count: tensor.elementCount, rowLength: TensorReport.rowLength(tensor.shape), candidates: candidates, tensor: tensor.name,
            open: { try file.reader(for: tensor) }, cancelled: { cancellation.isCancelled },
            progress: { reporter.advance(by: UInt64($0)) })
        return TensorReport(tensor: tensor, measurement: measurement, problem: nil)
    }
}
