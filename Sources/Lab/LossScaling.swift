/// Loss scaling at a fixed scale: each gradient g multiplied by S and rounded once into a format.
public enum LossScaling {
    /// The counts for `values` at scale `scale` in `arithmetic`'s format: g·S rounded with the
    /// fused path (`FormatArithmetic.fused`, tested equal to `countsByDefinition`).
    public static func counts(_ values: [Double], scale: Double, in arithmetic: FormatArithmetic) -> RangeCounts {
        var c = RangeCounts(format: arithmetic.format.name, scale: scale)
        for g in values {
            c.add(input: g, rounded: arithmetic.fused(g, scale, plus: 0))
        }
        return c
    }

    /// The definition: the exact product g·S (a dyadic rational) rounded once; non-finite inputs
    /// counted apart.
    public static func countsByDefinition(_ values: [Double], scale: Double, in arithmetic: FormatArithmetic) -> RangeCounts {
        var c = RangeCounts(format: arithmetic.format.name, scale: scale)
        let s = Dyadic(scale)
        for g in values {
            guard let d = Dyadic(g), let s else {
                c.add(input: g, rounded: arithmetic.round(g * scale))
                continue
            }
            c.add(input: g, rounded: arithmetic.round(d * s))
        }
        return c
    }
}
