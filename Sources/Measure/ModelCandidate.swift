import FormatCore
import Sweep

/// A candidate format of a model measurement: a scalar format, a block format, or a row format given
/// without its length (`int8:row`), which then takes each tensor's own row length.
public struct ModelCandidate: Sendable, CustomStringConvertible {
    /// The name as reports show it (`fp16`, `e4m3fn:tensor`, `int8:row`, `q4_k`).
    public let name: String
    private let kind: Kind

    private enum Kind: Sendable {
        case scalar(Format)
        case codec(any BlockCodec)
        case perRow(element: String, doubleQuantized: Bool)
        case assigned([String: ModelCandidate])
    }

    /// A candidate that measures each tensor in its own candidate (a llama.cpp mix: `MixPlan`);
    /// tensors without one are not applicable.
    public static func assigned(name: String, _ candidates: [String: ModelCandidate]) -> ModelCandidate {
        ModelCandidate(name: name, kind: .assigned(candidates))
    }

    /// The default set: fp16, bf16, e4m3fn with a per-tensor scale, int8 per row, NF4 in blocks of 64
    /// without and with double quantisation, MXFP4, NVFP4, and llama.cpp's Q8_0, Q6_K and Q4_K.
    public static let defaultNames = ["fp16", "bf16", "e4m3fn:tensor", "int8:row", "nf4:64", "nf4:64+dq", "mxfp4", "nvfp4",
                                      "q8_0", "q6_k", "q4_k"]

    /// The default candidates.
    public static var defaults: [ModelCandidate] { defaultNames.map { try! parse($0) } }

    /// The description is the name.
    public var description: String { name }

    /// Parses a candidate: any target name of `TargetParser` (scalar or block), `:tensor` formats, and
    /// `ELEMENT:row[+dq]` for each tensor's rows.
    public static func parse(_ text: String) throws(TargetError) -> ModelCandidate {
        let name = String(text.filter { $0 != " " && $0 != "\t" })
        if name.isEmpty { throw TargetError("an empty format name") }
        if !name.contains(":"), let format = try? Format.named(name) {
            return ModelCandidate(name: format.name, kind: .scalar(format))
        }
        let dq = name.hasSuffix("+dq"), base = dq ? String(name.dropLast(3)) : name
        if base.hasSuffix(":row") || base.hasSuffix(":rows") {
            let element = String(base[..<base.lastIndex(of: ":")!])
            do {
                _ = try BlockCodecRegistry.codec("\(element):row=256\(dq ? "+dq" : "")")
            } catch {
                throw TargetError("'\(name)': \(error.reason)")
            }
            return ModelCandidate(name: "\(element):row\(dq ? "+dq" : "")", kind: .perRow(element: element, doubleQuantized: dq))
        }
        let codec: any BlockCodec
        do {
            codec = try BlockCodecRegistry.codec(name)
        } catch {
            throw TargetParser.unknownName(name, "format", error, examples: TargetParser.blockExamples + ", or ELEMENT:row for each tensor's rows (int8:row)")
        }
        if let f = codec as? BlockFormat, let problem = f.piecesProblem { throw TargetError(problem) }
        return ModelCandidate(name: codec.name, kind: .codec(codec))
    }

    /// The candidate for a tensor of `count` values whose rows hold `rowLength` values (its innermost
    /// dimension; the whole tensor for a vector).
    public func target(rowLength: Int, count: Int, tensor: String = "") -> TensorTarget {
        let resolved: TensorTarget
        switch kind {
        case .assigned(let map):
            guard let c = map[tensor] else { return .notApplicable(.noType(mix: name, tensor: tensor)) }
            return c.target(rowLength: rowLength, count: count, tensor: tensor)
        case .scalar(let f):
            return .scalar(ScalarRoundTrip(f))
        case .perRow(let element, let dq):
            guard rowLength >= 1, rowLength <= BlockFormat.maxBlockSize,
                  let codec = try? BlockCodecRegistry.codec("\(element):row=\(rowLength)\(dq ? "+dq" : "")"),
                  let f = codec as? BlockFormat else {
                return .notApplicable(.rowBeyondLargest(rowLength: rowLength, largest: BlockFormat.maxBlockSize))
            }
            resolved = .scaled(f)
        case .codec(let codec):
            if let f = codec as? BlockFormat {
                resolved = .scaled(f)
            } else {
                let n = codec.layout.valuesPerBlock
                guard n > 0, rowLength % n == 0 else {
                    return .notApplicable(.rowsNotWholeBlocks(codec: codec.name, blockSize: n, rowLength: rowLength))
                }
                resolved = .rows(codec)
            }
        }
        if resolved.alignment > TensorTarget.maximumAlignment {
            return .notApplicable(.piecesBeyondStreaming(format: name, alignment: resolved.alignment, maximum: TensorTarget.maximumAlignment))
        }
        return resolved
    }
}
