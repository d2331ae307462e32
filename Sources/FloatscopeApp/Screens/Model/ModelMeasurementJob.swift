import Foundation
import Measure
import Sweep

/// The body of a Model-screen measurement on its background thread: measures every tensor of the
/// request's file against its candidates, posting progress (at most about 30 times a second, and at the end),
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
