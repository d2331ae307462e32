import Measure
import Sweep
import TUICore

/// Everything that can change the app model: input from the terminal, the runner's ticks, and
/// reports of background work.
///
/// Sweeps report through the runner, which posts their messages between reads; `App.update`
/// stays the only place where the model changes.
public enum Message: Sendable, Hashable {
    /// A key press.
    case key(Key)
    /// A mouse press, release or wheel turn.
    case mouse(MouseEvent)
    /// The terminal now has this size.
    case resize(Size)
    /// A timer tick (about ten a second while something is animated or times out).
    case tick
    /// Progress of sweep `id` over all its targets.
    case sweepProgress(Int, SweepProgress)
    /// Figures so far of target `index` of sweep `id` (partial while the target runs).
    case sweepFigures(Int, index: Int, SweepFigures)
    /// Sweep `id` ended (finished or cancelled) with these figures, one per target done.
    case sweepFinished(Int, [SweepFigures])
    /// An export ended: the status message, and whether it failed.
    case exported(String, failed: Bool)
    /// The runner has started: a screen shown first may start its background work.
    case launched
    /// Progress of model measurement `id`: work units done of all.
    case modelProgress(Int, done: UInt64, total: UInt64, elapsed: Double)
    /// Tensor `index` (in file order) of model measurement `id` is measured.
    case modelTensor(Int, index: Int, TensorReport)
    /// Model measurement `id` ended: finished (problem nil), cancelled or failed.
    case modelFinished(Int, problem: String?, elapsed: Double)
    /// A model file asked for by `Effect.openModel` was opened, or why not.
    case modelOpened(ModelHandle?, problem: String?)
    /// The values of tensor `name` asked for by `Effect.readTensorData`, or why they cannot be used.
    case tensorDataRead(name: String, TensorData?, problem: String?)
}
