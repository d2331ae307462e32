import FormatCore
import Sweep

/// A candidate format resolved for one tensor: how its values go through the format in pieces, and
/// what the tensor costs in it. Built by `ModelCandidate.target(shape:count:)`.
public enum TensorTarget: Sendable {
    /// A scalar format, value by value.
    case scalar(ScalarRoundTrip)
    /// A scaled block family (MX, NVFP4, absmax, min/max, `+dq`, per-tensor), over the flattened
    /// tensor, the last block possibly partial, with whole-tensor facts (`BlockFormat.roundTrip(piece:)`).
    case scaled(BlockFormat)
    /// A codec defined on whole blocks (the GGUF types) whose blocks the tensor's rows hold exactly.
    case rows(any BlockCodec)
    /// The format does not apply to this tensor, and why.
    case notApplicable(NotApplicable)

    /// The largest piece alignment accepted: 4M values (a 16 MB staging buffer per format and thread).
    public static let maximumAlignment = 1 << 22

    /// The multiple of values every piece but the last must hold.
    public var alignment: Int {
        switch self {
        case .scalar, .notApplicable: return 1
        case .scaled(let f): return f.pieceAlignment
        case .rows(let c): return c.layout.valuesPerBlock
        }
    }

    /// The scaled format when it is double-quantised (pass 1 then finds its offset).
    public var doubleQuantized: BlockFormat? {
        if case .scaled(let f) = self, f.isDoubleQuantized { return f }
        return nil
    }

    /// Bytes that `count` values take in the format: whole bytes of codes for scalar formats; the
    /// codec's own byte count for block formats (scales, per-group and per-call fields included).
    public func bytes(count: Int) -> Int? {
        switch self {
        case .scalar(let t): return (count * Int(t.bitsPerValue) + 7) / 8
        case .scaled(let f): return f.encodedByteCount(count: count)
        case .rows(let c): return c.encodedByteCount(count: count)
        case .notApplicable: return nil
        }
    }

    /// Rounds one piece: float32 values in, float32 values out (`output` may be `input`).
    public func roundTrip(_ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>, count: Int, whole: WholeTensorFacts) {
        switch self {
        case .scalar(let t):
            UnsafeRawPointer(input).withMemoryRebound(to: UInt32.self, capacity: count) { x in
                UnsafeMutableRawPointer(output).withMemoryRebound(to: UInt32.self, capacity: count) { y in
                    t.roundTrip(x, y, count: count, firstElement: 0, tensorAmax: whole.finiteAmax)
                }
            }
        case .scaled(let f): f.roundTrip(piece: input, output, count: count, whole: whole)
        case .rows(let c): c.roundTrip(input, output, count: count, tensorAmax: whole.finiteAmax)
        case .notApplicable: break
        }
    }
}
