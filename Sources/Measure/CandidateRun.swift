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

    private static func run(_ target: TensorTarget, _ piece: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>, _ n: Int,
                            _ whole: WholeTensorFacts, _ figures: inout ErrorFigures) {
        var start = 0
        while start < n {
            // The feeder's pieces fit `output` except a window passed through whole, which is no longer than it.
            let m = n - start
            target.roundTrip(piece + start, output, count: m, whole: whole)
            ErrorFigures.accumulate(piece + start, output, count: m, into: &figures)
            start += m
        }
    }
}
