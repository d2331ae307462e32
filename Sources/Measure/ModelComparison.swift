import Sweep
import TensorFiles

/// A quantised file against its original, tensor by tensor in parallel (each pair by one worker).
public enum ModelComparison {
    /// Compares every paired tensor (`TensorPairing`); an unpaired tensor or one whose stored type
    /// cannot be decoded gets nil. Throws the first I/O or malformed-tensor error, or
    /// `MeasurementCancelled`. `progress` receives values compared.
    public static func run(stored: ModelFile, original: ModelFile, pairs: [TensorPairing], threads: Int,
                           cancellation: SweepCancellation = SweepCancellation(),
                           progress: (@Sendable (UInt64) -> Void)? = nil) throws -> [TensorComparison?] {
        try ParallelTensors.map(count: pairs.count, order: Array(pairs.indices), threads: threads, cancellation: cancellation) { k in
            let p = pairs[k]
            guard let o = p.original, p.stored.encoding.unsupportedReason == nil, o.encoding.unsupportedReason == nil else { return nil }
            var originalReader: any TensorValueReader = try original.reader(for: o)
            if let order = p.rowOrder { originalReader = RowReorderingReader(base: originalReader, order: order) }
            let c = try TensorComparison.compare(original: originalReader, stored: try stored.reader(for: p.stored),
                                                 count: p.stored.elementCount, cancelled: { cancellation.isCancelled })
            progress?(UInt64(p.stored.elementCount))
            return c
        }
    }
}
