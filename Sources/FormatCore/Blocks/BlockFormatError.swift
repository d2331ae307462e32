/// Why a block format spec was not accepted.
public struct BlockFormatError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The spec as given.
    public let spec: String
    /// What was wrong, in words.
    public let reason: String

    /// Creates an error.
    public init(spec: String, reason: String) {
        self.spec = spec
        self.reason = reason
    }

    /// The syntax and the accepted element names, for messages and help texts.
    public static let accepted = """
        ELEMENT[:N | :row=N | :tensor][+dq], N from 1 to \(BlockFormat.maxBlockSize); ELEMENT one of \
        mxfp8-e4m3 (mxfp8), mxfp8-e5m2, mxfp6-e2m3 (mxfp6), mxfp6-e3m2, mxfp4 (OCP MX, blocks of 32), \
        nvfp4 (blocks of 16), nf4, bnb-fp4, int2...int8 (symmetric absmax), int2-asym...int8-asym or \
        uint2...uint8 (min/max with zero point), or an FP8/FP6/FP4 float such as e2m1fn, e4m3fn \
        (absmax mapped to its largest value); absmax formats default to blocks of 64; +dq (double \
        quantisation of the absmax scales) needs an absmax format in blocks or rows
        """

    /// A message that names the problem and what would be accepted.
    public var description: String {
        "invalid block format '\(spec)': \(reason). Accepted: \(Self.accepted); e.g. \(BlockFormat.examples.joined(separator: ", "))"
    }
}
