import FormatCore
import Measure

/// The claims about whole models, decided from Measure's llama.cpp mix rules and the formats' widths.
extension ClaimEvaluator {
    /// A llama.cpp mix applied to `model`'s tensors by llama-quantize's rules (`LlamaMixRules`, as
    /// `floatscope model --mix` applies it to a file): every tensor's bytes in its type, the bits per
    /// value over all parameters, and how many times smaller than `reference` that is, against the
    /// quoted `factor`; with the mix's main codec alone for comparison.
    static func mixRatio(_ record: ClaimRecord, mix mixName: String, reference: String, model: ModelArchitecture, codec name: String) throws(ClaimsError) -> ClaimFinding {
        let mix: LlamaMix
        do throws(MixError) { mix = try LlamaMix.parse(mixName) } catch { throw ClaimsError(error.description) }
        let ref = try format(reference), codec = try codec(name)
        let factor = try record.quoted("factor").value()
        let mixed: [(choice: MixChoice, bytes: Int?)]
        do throws(MixError) { mixed = try model.mixed(mix) } catch {
            throw ClaimsError("\(mix.name) on \(model.name): \(error.description)")
        }
        let tensors = model.tensors
        var bytes = 0
        var typeCounts: [String: Int] = [:], typeOrder: [String] = []
        for (t, (c, size)) in zip(tensors, mixed) {
            guard let b = size else {
                throw ClaimsError("\(mix.name) on \(model.name): \(t.name) gets \(c.typeName), whose size floatscope cannot count")
            }
            bytes += b
            if typeCounts[c.typeName] == nil { typeOrder.append(c.typeName) }
            typeCounts[c.typeName, default: 0] += 1
        }
        let params = Rational(integer: model.parameterCount)
        let bits = Rational(integer: bytes) * Rational(integer: 8)
        let bpv = bits / params
        let refBits = Rational(integer: ref.bitWidth)
        let ratio = refBits / bpv
        let codecBPV = bitsPerValue(codec.layout)
        let (gb, gib) = gigabytes(Rational(integer: bytes))
        let outcome = factor <= ratio ? "holds" : ratio.relativeDistance(to: factor) <= closeness ? "close" : "short"
        let types = typeOrder.sorted { typeCounts[$0]! > typeCounts[$1]! }
        var figures = [
            ClaimFigure(key: "params", label: LocalizedText(en: "\(model.name) parameters", zh: "\(model.name) 参数量"), value: params, unit: .count),
            ClaimFigure(key: "layers", label: LocalizedText(en: "layers", zh: "层数"), value: Rational(integer: model.layers), unit: .count),
            ClaimFigure(key: "size_gb", label: LocalizedText(en: "\(mix.name) file (GB = 10^9 bytes)", zh: "\(mix.name) 文件（GB = 10^9 字节）"), value: gb, unit: .gigabytes),
            ClaimFigure(key: "size_gib", label: LocalizedText(en: "\(mix.name) file (GiB = 2^30 bytes)", zh: "\(mix.name) 文件（GiB = 2^30 字节）"), value: gib, unit: .gibibytes),
            ClaimFigure(key: "bpv", label: LocalizedText(en: "\(mix.name) bits per value", zh: "\(mix.name) 每个值的位数"), value: bpv, unit: .bitsPerValue),
            ClaimFigure(key: "ratio", label: LocalizedText(en: "\(ref.name) size / \(mix.name) size", zh: "\(ref.name) 大小 / \(mix.name) 大小"), value: ratio, unit: .times),
            ClaimFigure(key: "codec_bpv", label: LocalizedText(en: "\(codec.name) blocks alone, bits per value", zh: "仅 \(codec.name) 块，每个值的位数"),
                        value: codecBPV, unit: .bitsPerValue),
            ClaimFigure(key: "codec_ratio", label: LocalizedText(en: "\(ref.name) size / \(codec.name) size", zh: "\(ref.name) 大小 / \(codec.name) 大小"),
                        value: refBits / codecBPV, unit: .times),
        ]
        var items: [LocalizedText] = []
        for (i, type) in types.enumerated() {
            let f = ClaimFigure(key: "tensors_\(i + 1)", label: LocalizedText(en: "tensors in \(type)", zh: "\(type) 类型的张量数"),
                                value: Rational(integer: typeCounts[type]!), unit: .count)
            figures.append(f)
            items.append(LocalizedText(en: "\(f.text(.en)) \(type)", zh: "\(f.text(.zh)) 个 \(type)"))
        }
        return ClaimFinding(outcome: outcome, figures: figures, names: [
            "mix": same(mix.name), "model": same(model.name), "reference": same(ref.name), "codec": same(codec.name),
            "types": LocalizedText(en: items.map(\.en).joined(separator: ", "), zh: items.map(\.zh).joined(separator: "，")),
        ])
    }

    /// The weights of the quoted `params` in a scalar format (its width per parameter) against the
    /// quoted `claimed` gigabytes, and the bits per parameter the claimed size would mean.
    static func weightsSize(_ record: ClaimRecord, format name: String) throws(ClaimsError) -> ClaimFinding {
        let f = try format(name)
        let params = try record.quoted("params").value(), claimed = try record.quoted("claimed").value()
        let bits = Rational(integer: f.bitWidth)
        let bytes = params * bits / Rational(integer: 8)
        let (gb, gib) = gigabytes(bytes)
        let claimedBits = claimed * Rational(significand: 1, decimalExponent: 9) * Rational(integer: 8) / params
        let outcome = gb.relativeDistance(to: claimed) <= closeness ? "holds" : claimed < gb ? "under" : "over"
        return ClaimFinding(outcome: outcome, figures: [
            ClaimFigure(key: "bits", label: LocalizedText(en: "\(f.name) bits per parameter", zh: "\(f.name) 每个参数的位数"), value: bits, unit: .bitsPerParameter),
            ClaimFigure(key: "weights_gb", label: LocalizedText(en: "weights (GB = 10^9 bytes)", zh: "权重（GB = 10^9 字节）"), value: gb, unit: .gigabytes),
            ClaimFigure(key: "weights_gib", label: LocalizedText(en: "weights (GiB = 2^30 bytes)", zh: "权重（GiB = 2^30 字节）"), value: gib, unit: .gibibytes),
            ClaimFigure(key: "claimed_bpv", label: LocalizedText(en: "bits per parameter the claimed size gives", zh: "所说大小对应的每参数位数"),
                        value: claimedBits, unit: .bitsPerParameter),
        ], names: ["format": same(f.name)])
    }
}
