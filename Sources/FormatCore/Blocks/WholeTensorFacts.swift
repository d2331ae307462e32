/// What the round trip of one piece of a tensor needs to know about the whole tensor, so that a
/// tensor streamed in pieces comes out bit for bit as if it had been passed in one call
/// (`BlockFormat.roundTrip(piece:...)`).
public struct WholeTensorFacts: Sendable, Hashable {
    /// The largest finite |x| of the whole tensor (0 when none is finite): NVFP4's tensor scale and the
    /// one absmax of a per-tensor format.
    public var finiteAmax: Float
    /// Whether the tensor holds a NaN or an infinity (a per-tensor block is then all NaN).
    public var hasNonFinite: Bool
    /// The double-quantisation offset: the mean of the finite block absmaxes of the whole tensor
    /// (`DoubleQuantizedScales.MeanAccumulator`); ignored by formats without `+dq`.
    public var doubleQuantizationOffset: Float

    /// The facts of a tensor.
    public init(finiteAmax: Float, hasNonFinite: Bool, doubleQuantizationOffset: Float = 0) {
        self.finiteAmax = finiteAmax
        self.hasNonFinite = hasNonFinite
        self.doubleQuantizationOffset = doubleQuantizationOffset
    }

    /// The bits of the absmax a per-tensor block takes: a quiet NaN when the tensor holds a NaN or an infinity.
    var perTensorAbsmaxBits: UInt32 { hasNonFinite ? 0x7FC0_0000 : finiteAmax.bitPattern }
}
