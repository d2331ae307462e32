import Foundation
import Synchronization
import Measure
import Sweep

/// The body of a Model-screen measurement on its background thread: measures every tensor of the
/// request's file against its candidates, posting progress (at most about ten times a second),
/// each tensor's report as it is done, and the end.
enum ModelMeasurementJob {
    /// The candidates of a request's names; names that do not parse are left out.
    static func candidates(_ names: [String]) -> [ModelCandidate] {
        names.compactMap { try? ModelCandidate.parse($0) }
    }

    /// Work units of the whole file.
    static func total(_ model: ModelHandle, candidates: Int) -> UInt64 {
        model.file.tensors.reduce(0) { $0 + ModelMeasurement.workUnits($1, candidates: candidates) }
    }

    /// Runs the measurement; posts `modelProgress`, `modelTensor` per tensor, then `modelFinished`.
    static func run(_ request: ModelRequest, threads: Int, cancellation: SweepCancellation, post: @escaping @Sendable (Message) -> Void) {
        let candidates = candidates(request.candidates)
        let total = total(request.model, candidates: candidates.count)
        let clock = ContinuousClock(), start = clock.now
        let state = Mutex<(done: UInt64, posted: ContinuousClock.Instant)>((0, start))
        let id = request.id
        @Sendable func seconds() -> Double { SweepJobs.seconds(clock.now - start) }
        let problem: String?
        do {
            _ = try ModelMeasurement.run(request.model.file, tensors: request.model.file.tensors, candidates: candidates, threads: threads,
                                         cancellation: cancellation, progress: { units in
                let now = clock.now
                let report: UInt64? = state.withLock { s in
                    s.done += units
                    guard now - s.posted >= .milliseconds(100) else { return nil }
                    s.posted = now
                    return s.done
                }
                if let report { post(.modelProgress(id, done: report, total: total, elapsed: seconds())) }
            }, finished: { index, report in
                post(.modelTensor(id, index: index, report))
            })
            problem = nil
        } catch is MeasurementCancelled {
            problem = "cancelled"
        } catch {
            problem = String(describing: error)
        }
        let done = state.withLock { $0.done }
        post(.modelProgress(id, done: done, total: total, elapsed: seconds()))
        post(.modelFinished(id, problem: problem, elapsed: seconds()))
    }
}
