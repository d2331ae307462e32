import TensorFiles

/// Work that `App.update` asks the runner to do outside the pure update function.
///
/// The runner (`AppRunner`) performs effects in order after each update. Sweeps run on a
/// background thread; their progress comes back as `Message`s.
public enum Effect: Sendable, Hashable {
    /// Leave the app with this exit status (0 for a normal quit).
    case quit(status: Int32)
    /// Forget what is on the screen and redraw every cell (Ctrl-L).
    case repaint
    /// Start a sweep in the background.
    case startSweep(SweepRequest)
    /// Ask sweep `id` to stop (it reports what it finished).
    case cancelSweep(Int)
    /// Start measuring a model file's tensors in the background.
    case startModelMeasurement(ModelRequest)
    /// Ask model measurement `id` to stop.
    case cancelModelMeasurement(Int)
    /// Write the current screen as `floatscope-NAME.svg` and `floatscope-NAME.txt`.
    case export(name: String)
    /// Open these files as one model (the runner's opener does the I/O; the app stays pure) and
    /// report with `Message.modelOpened`.
    case openModel([String])
    /// Read a tensor's values (the first `TensorData.limit`) in the background and report with
    /// `Message.tensorDataRead` (`TensorData.outcome` says what).
    case readTensorData(ModelHandle, TensorInfo)
}
