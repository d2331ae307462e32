import FloatscopeApp
import Foundation
import Measure
import Sweep

/// The body of a Model-screen measurement on its background thread: measures every tensor of the
/// request's file against its candidates, posting progress (at most about 30 times a second, and at the end),
/// each tensor's report as it is done, and the end.
enum ModelMeasurementJob {
    /// Runs the measurement; posts `modelProgress`, `modelTensor` per tensor, then `modelFinished`.
    static func run(_ request: ModelRequest, threads: Int, cancellation: SweepCancellation, post: @escaping @Sendable (Message) -> Void) {
        let candidates = request.parsedCandidates
        let total = request.workUnits
        let clock = ContinuousClock(), start = clock.now
        let id = request.id
        @Sendable func seconds() -> Double { SweepEngine.seconds(clock.now - start) }
        let problem: String?
        do {
            _ = try ModelMeasurement.run(request.model.file, tensors: request.model.file.tensors, candidates: candidates, threads: threads,
                                         cancellation: cancellation, progress: { p in
                post(.modelProgress(id, done: p.done, total: total, elapsed: p.elapsed))
            }, finished: { index, report in
                post(.modelTensor(id, index: index, report))
            })
            problem = nil
        } catch is MeasurementCancelled {
            problem = "cancelled"
        } catch {
            problem = String(describing: error)
        }
        post(.modelFinished(id, problem: problem, elapsed: seconds()))
    }
}
