import FormatCore

/// One candidate format's pass over a tensor: aligned pieces in, round trips into an output buffer,
/// every pair added to the error figures.
final class CandidateRun {
    /// The format for this tensor.
    let target: TensorTarget
    /// The figures so far.
    private(set) var figures = ErrorFigures()
    private let feeder: PieceFeeder
    private let output: UnsafeMutablePointer<Float>

    /// A run for windows of up to `window` values.
    init(target: TensorTarget, window: Int) {
        self.target = target
        feeder = PieceFeeder(alignment: target.alignment, window: window)
        output = .allocate(capacity: feeder.capacity)
    }

    deinit { output.deallocate() }

    /// Feeds values (in tensor order).
    func feed(_ values: UnsafePointer<Float>, count: Int, whole: WholeTensorFacts) {
        let target = self.target, output = self.output
        var figures = self.figures
        feeder.feed(values, count: count) { piece, n in
            Self.run(target, piece, output, n, whole, &figures)
        }
        self.figures = figures
    }

    /// Ends the tensor: the last piece.
    func finish(whole: WholeTensorFacts) {
        let target = self.target, output = self.output
        var figures = self.figures
        feeder.finish { piece, n in Self.run(target, piece, output, n, whole, &figures) }
        self.figures = figures
    }

    /// One aligned piece through the format, then its pairs into the figures. Pieces are never longer
    /// than `output`: the feeder's own are `capacity` long, and a window it passes through whole is no
    /// longer than the window its capacity was made for.
    private static func run(_ target: TensorTarget, _ piece: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>, _ n: Int,
                            _ whole: WholeTensorFacts, _ figures: inout ErrorFigures) {
        target.roundTrip(piece, output, count: n, whole: whole)
        ErrorFigures.accumulate(piece, output, count: n, into: &figures)
    }
}
