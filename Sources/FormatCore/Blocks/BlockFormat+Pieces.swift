/// Round trips of a tensor that comes in pieces (a model file read in bounded windows): each piece
/// gives the values the whole-tensor call `roundTrip(tensor, count: n, tensorAmax: amax)` gives for it.
extension BlockFormat {
    /// The multiple of values every piece but the last must hold: the block size, times 256 for
    /// double quantisation (its groups of block scales); 1 for a per-tensor format.
    public var pieceAlignment: Int {
        blockSize == 0 ? 1 : blockSize * (isDoubleQuantized ? DoubleQuantizedScales.groupSize : 1)
    }

    /// Why this format cannot be applied in pieces, or nil: per-tensor formats other than absmax
    /// (min/max and shared-exponent scaling need more of the tensor than its largest |x|).
    public var piecesProblem: String? {
        guard blockSize == 0, scaleRule != .absmax else { return nil }
        return "\(name) scales the whole tensor by its \(scaleRule == .minMax ? "minimum and maximum" : "largest magnitude") in one call; measure it with blocks or rows instead"
    }

    /// Adds the absmax of each block of a piece to `mean` (for `WholeTensorFacts.doubleQuantizationOffset`);
    /// pieces must come in order and respect `pieceAlignment`.
    public func addBlockAbsmaxes(_ piece: UnsafePointer<Float>, count: Int, to mean: inout DoubleQuantizedScales.MeanAccumulator) {
        guard blockSize > 0 else { return }
        BlockLanes.forEachBlockAbsmax(piece, count: count, blockSize: blockSize) { mean.add($0) }
    }

    /// The round trip of one piece of a tensor: values `input[0..<count]`, starting at a multiple of
    /// `pieceAlignment` of the tensor, given `whole`'s facts. Equal bit for bit to the same values of
    /// `roundTrip` over the whole tensor in one call (tested). `output` may be `input`.
    public func roundTrip(piece input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>, count: Int, whole: WholeTensorFacts) {
        guard count > 0 else { return }
        precondition(piecesProblem == nil, "roundTrip(piece:) of \(name): \(piecesProblem ?? "")")
        roundTrip(input, output, count: count, tensorAmax: whole.finiteAmax, absmax: nil, whole: whole)
    }
}
