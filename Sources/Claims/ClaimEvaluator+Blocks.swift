import FormatCore
import Measure

/// The claims about block formats, decided from the codec registry's block layouts.
extension ClaimEvaluator {
    /// How a K-quant block stores values: super-block size, sub-blocks (the `scales` field holds a
    /// scale per sub-block, and a min too when the block has a `dmin` field), field widths, and the
    /// element format the quants are read as: an integer grid, or a fixed codebook.
    static func blockMethod(codec name: String, mix mixName: String) throws(ClaimsError) -> ClaimFinding {
        let codec = try codec(name)
        let layout = codec.layout
        let mix: LlamaMix
        do throws(MixError) { mix = try LlamaMix.parse(mixName) } catch { throw ClaimsError(error.description) }
        guard let scales = layout.fields.first(where: { $0.name == "scales" }), let d = layout.fields.first(where: { $0.name == "d" }) else {
            throw ClaimsError("\(codec.name) has no sub-block scales field: not a K-quant layout")
        }
        let hasMins = layout.fields.contains { $0.name == "dmin" }
        let subBlocks = hasMins ? scales.count / 2 : scales.count
        let element = layout.element
        let levels = element.codeCount.map { Int($0) } ?? 0
        let outcome: String
        switch element.kind {
        case .codebook: outcome = "codebook"
        case .integer, .float: outcome = "grid"
        }
        return ClaimFinding(outcome: outcome, figures: [
            ClaimFigure(key: "block", label: LocalizedText(en: "\(codec.name) values per super-block", zh: "\(codec.name) 每个超块的值数"),
                        value: Rational(integer: layout.valuesPerBlock), unit: .count),
            ClaimFigure(key: "block_bytes", label: LocalizedText(en: "bytes per super-block", zh: "每个超块的字节数"),
                        value: Rational(integer: layout.bytesPerBlock), unit: .count),
            ClaimFigure(key: "sub_blocks", label: LocalizedText(en: "sub-blocks per super-block", zh: "每个超块的子块数"),
                        value: Rational(integer: subBlocks), unit: .count),
            ClaimFigure(key: "sub_block", label: LocalizedText(en: "values per sub-block", zh: "每个子块的值数"),
                        value: Rational(layout.valuesPerBlock, over: subBlocks), unit: .count),
            ClaimFigure(key: "scale_bits", label: LocalizedText(en: "bits of each sub-block scale (and min)", zh: "每个子块缩放（及最小值）的位数"),
                        value: Rational(integer: scales.bits), unit: .count),
            ClaimFigure(key: "element_bits", label: LocalizedText(en: "bits per quant (\(element.name))", zh: "每个量化值的位数（\(element.name)）"),
                        value: Rational(integer: element.bitWidth), unit: .count),
            ClaimFigure(key: "levels", label: LocalizedText(en: "evenly spaced levels", zh: "等距的量化级数"),
                        value: Rational(integer: levels), unit: .count),
            ClaimFigure(key: "bpv", label: LocalizedText(en: "\(codec.name) bits per value", zh: "\(codec.name) 每个值的位数"),
                        value: bitsPerValue(layout), unit: .bitsPerValue),
        ], names: ["codec": same(codec.name), "mix": same(mix.name), "d_encoding": same(d.encoding),
                   "default_type": same(mix.defaultType.ggmlName)])
    }

    /// A block codec's bits per value (its block's bytes over its values) against a scalar format's
    /// width, and the ratio of the two against the quoted `factor`.
    static func blockRatio(_ record: ClaimRecord, codec name: String, reference: String) throws(ClaimsError) -> ClaimFinding {
        let codec = try codec(name)
        let layout = codec.layout
        let ref = try format(reference)
        let factor = try record.quoted("factor").value()
        let bpv = bitsPerValue(layout), refBits = Rational(integer: ref.bitWidth)
        let ratio = refBits / bpv
        let outcome = factor <= ratio ? "holds" : ratio.relativeDistance(to: factor) <= closeness ? "close" : "short"
        let scale = layout.fields.first { $0.count == 1 }
        let quants = layout.fields.first { $0.count == layout.valuesPerBlock }
        return ClaimFinding(outcome: outcome, figures: [
            ClaimFigure(key: "block", label: LocalizedText(en: "\(codec.name) values per block", zh: "\(codec.name) 每块的值数"),
                        value: Rational(integer: layout.valuesPerBlock), unit: .count),
            ClaimFigure(key: "block_bytes", label: LocalizedText(en: "\(codec.name) bytes per block", zh: "\(codec.name) 每块的字节数"),
                        value: Rational(integer: layout.bytesPerBlock), unit: .count),
            ClaimFigure(key: "scale_bits", label: LocalizedText(en: "bits of the block scale", zh: "块缩放的位数"),
                        value: Rational(integer: scale?.bits ?? 0), unit: .count),
            ClaimFigure(key: "element_bits", label: LocalizedText(en: "bits per quant", zh: "每个量化值的位数"),
                        value: Rational(integer: quants?.bits ?? 0), unit: .count),
            ClaimFigure(key: "bpv", label: LocalizedText(en: "\(codec.name) bits per value", zh: "\(codec.name) 每个值的位数"), value: bpv, unit: .bitsPerValue),
            ClaimFigure(key: "ref_bits", label: LocalizedText(en: "\(ref.name) bits per value", zh: "\(ref.name) 每个值的位数"), value: refBits, unit: .bitsPerValue),
            ClaimFigure(key: "share", label: LocalizedText(en: "\(codec.name) size / \(ref.name) size", zh: "\(codec.name) 大小 / \(ref.name) 大小"),
                        value: bpv / refBits),
            ClaimFigure(key: "ratio", label: LocalizedText(en: "\(ref.name) size / \(codec.name) size", zh: "\(ref.name) 大小 / \(codec.name) 大小"),
                        value: ratio, unit: .times),
        ], names: ["codec": same(codec.name), "reference": same(ref.name), "scale_format": same(scale?.encoding ?? "")])
    }

    /// The weights of the quoted `params` in a block format (its bits per value from the layout,
    /// group fields included) against the quoted `card` gigabytes, and the most parameters the card holds.
    static func weightsFit(_ record: ClaimRecord, block name: String) throws(ClaimsError) -> ClaimFinding {
        let codec = try codec(name)
        let layout = codec.layout
        let params = try record.quoted("params").value(), card = try record.quoted("card").value()
        let bpv = bitsPerValue(layout)
        let bytes = params * bpv / Rational(integer: 8)
        let (gb, gib) = gigabytes(bytes)
        let cardBytes = card * Rational(significand: 1, decimalExponent: 9)
        let most = cardBytes * Rational(integer: 8) / bpv
        let outcome = bytes <= cardBytes ? "fits" : "over"
        return ClaimFinding(outcome: outcome, figures: [
            ClaimFigure(key: "block_values", label: LocalizedText(en: "\(codec.name) values per block", zh: "\(codec.name) 每块的值数"),
                        value: Rational(integer: layout.valuesPerBlock), unit: .count),
            ClaimFigure(key: "block_bits", label: LocalizedText(en: "bits per block", zh: "每块的位数"), value: Rational(integer: layout.bitsPerBlock), unit: .count),
            ClaimFigure(key: "group_bits", label: LocalizedText(en: "bits per group of blocks", zh: "每组块的位数"), value: Rational(integer: layout.groupBits), unit: .count),
            ClaimFigure(key: "group_blocks", label: LocalizedText(en: "blocks per group", zh: "每组的块数"), value: Rational(integer: layout.blocksPerGroup), unit: .count),
            ClaimFigure(key: "bpv", label: LocalizedText(en: "\(codec.name) bits per value", zh: "\(codec.name) 每个值的位数"), value: bpv, unit: .bitsPerValue),
            ClaimFigure(key: "weights_gb", label: LocalizedText(en: "weights (GB = 10^9 bytes)", zh: "权重（GB = 10^9 字节）"), value: gb, unit: .gigabytes),
            ClaimFigure(key: "weights_gib", label: LocalizedText(en: "weights (GiB = 2^30 bytes)", zh: "权重（GiB = 2^30 字节）"), value: gib, unit: .gibibytes),
            ClaimFigure(key: "max_params", label: LocalizedText(en: "most parameters whose weights fit the card", zh: "显卡能装下权重的最大参数量"),
                        value: most, unit: .parameters),
        ], names: ["block": same(codec.name)])
    }

    /// What moving from one block format to another saves per parameter, the size at which that is the
    /// quoted `claimed` gigabytes, and the saving for each of `sizes`.
    static func saving(_ record: ClaimRecord, from a: String, to b: String, sizes: [String]) throws(ClaimsError) -> ClaimFinding {
        let ca = try codec(a), cb = try codec(b)
        let claimed = try record.quoted("claimed").value()
        let bpvA = bitsPerValue(ca.layout), bpvB = bitsPerValue(cb.layout)
        let saved = bpvA.minus(bpvB)
        let eight = Rational(integer: 8), giga = Rational(significand: 1, decimalExponent: 9)
        let breakEven = claimed * giga * eight / saved
        var figures = [
            ClaimFigure(key: "from_bpv", label: LocalizedText(en: "\(ca.name) bits per value", zh: "\(ca.name) 每个值的位数"), value: bpvA, unit: .bitsPerValue),
            ClaimFigure(key: "to_bpv", label: LocalizedText(en: "\(cb.name) bits per value", zh: "\(cb.name) 每个值的位数"), value: bpvB, unit: .bitsPerValue),
            ClaimFigure(key: "saving_bits", label: LocalizedText(en: "bits saved per parameter", zh: "每个参数节省的位数"), value: saved, unit: .bitsPerParameter),
            ClaimFigure(key: "break_even", label: LocalizedText(en: "parameters at which the saving is the claimed size", zh: "节省量恰为所说大小时的参数量"),
                        value: breakEven, unit: .parameters),
        ]
        var items: [(LocalizedText, String)] = []
        var counts: [Rational] = [], savingsGB: [Rational] = []
        for (i, size) in sizes.enumerated() {
            let q = QuotedNumber(key: "size_\(i + 1)", text: size, reading: .parameterCount, label: same(size))
            let n = try q.value()
            let gb = n * saved / eight / giga
            counts.append(n)
            savingsGB.append(gb)
            let f = ClaimFigure(key: "saving_\(i + 1)", label: LocalizedText(en: "saving for \(size) parameters", zh: "\(size) 参数时的节省量"), value: gb, unit: .gigabytes)
            figures.append(f)
            items.append((LocalizedText(en: "\(size): \(f.text(.en))", zh: "\(size)：\(f.text(.zh))"), f.key))
        }
        let allClose = !savingsGB.isEmpty && savingsGB.allSatisfy { $0.relativeDistance(to: claimed) <= closeness }
        let inRange = counts.contains { !($0 > breakEven) } && counts.contains { !($0 < breakEven) }
        let outcome = allClose ? "holds" : inRange ? "one-size" : "never"
        return ClaimFinding(outcome: outcome, figures: figures, names: [
            "from": same(ca.name), "to": same(cb.name),
            "savings": LocalizedText(en: items.map { $0.0.en }.joined(separator: ", "), zh: items.map { $0.0.zh }.joined(separator: "，")),
        ])
    }
}
