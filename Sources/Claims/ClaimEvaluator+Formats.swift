import FormatCore

/// The claims about scalar float formats, decided from FormatCore's format records and their facts.
extension ClaimEvaluator {
    /// A float format's smallest positive value: the subnormal `2^(minExponent - mantissaBits)`, and
    /// the smallest normal `2^minExponent` that is often quoted instead.
    static func smallestPositive(_ record: ClaimRecord, format name: String) throws(ClaimsError) -> ClaimFinding {
        let (f, _, facts) = try floatFacts(name)
        let claimed = try record.quoted("claimed").value()
        let normal = try magnitude(facts.smallestNormal), positive = try magnitude(facts.smallestPositive)
        let outcome = matchesAtQuotedDigits(positive, claimed: claimed) ? "subnormal"
            : matchesAtQuotedDigits(normal, claimed: claimed) ? "normal" : "neither"
        return ClaimFinding(outcome: outcome, figures: [
            ClaimFigure(key: "smallest_normal", label: LocalizedText(en: "\(f.name) smallest normal", zh: "\(f.name) 最小正规数"), value: normal),
            ClaimFigure(key: "smallest_subnormal", label: LocalizedText(en: "\(f.name) smallest positive (subnormal)", zh: "\(f.name) 最小正数（次正规数）"),
                        value: positive),
            ClaimFigure(key: "gap", label: LocalizedText(en: "smallest normal / smallest subnormal", zh: "最小正规数 / 最小次正规数"),
                        value: normal / positive, unit: .times),
        ], names: ["format": same(f.name)])
    }

    /// Two FP8 formats' range (binades from the smallest subnormal to the largest value, the largest
    /// value, the smallest subnormal) and precision (mantissa bits, epsilon), against the roles a
    /// claim gives them: gradients need range, weights and activations precision.
    static func fp8Roles(gradients g: String, weights w: String) throws(ClaimsError) -> ClaimFinding {
        var figures: [ClaimFigure] = []
        var binades: [Rational] = [], eps: [Rational] = []
        var names: [String: LocalizedText] = [:]
        for (prefix, name, role) in [("g", g, LocalizedText(en: "gradients", zh: "梯度")), ("w", w, LocalizedText(en: "weights", zh: "权重"))] {
            let (f, s, facts) = try floatFacts(name)
            let max = try magnitude(facts.maxFinite), min = try magnitude(facts.smallestPositive), e = try magnitude(facts.epsilon)
            let span = Rational(integer: max.floorLog2 - min.floorLog2 + 1)
            binades.append(span)
            eps.append(e)
            names[prefix == "g" ? "gradients" : "weights"] = same(f.name)
            func label(_ en: String, _ zh: String) -> LocalizedText {
                LocalizedText(en: "\(f.name) \(en) (claimed for \(role.en))", zh: "\(f.name) \(zh)（声称用于\(role.zh)）")
            }
            figures += [
                ClaimFigure(key: "\(prefix)_max", label: label("largest value", "最大值"), value: max),
                ClaimFigure(key: "\(prefix)_min", label: label("smallest subnormal", "最小次正规数"), value: min),
                ClaimFigure(key: "\(prefix)_binades", label: label("range", "范围"), value: span, unit: .binades),
                ClaimFigure(key: "\(prefix)_mbits", label: label("mantissa bits", "尾数位数"), value: Rational(integer: s.mantissaBits), unit: .count),
                ClaimFigure(key: "\(prefix)_eps", label: label("epsilon (gap above 1)", "机器精度 eps（1 之上的间距）"), value: e),
            ]
        }
        let gradientsWider = binades[1] < binades[0], weightsFiner = eps[1] < eps[0]
        let gradientsNarrower = binades[0] < binades[1], weightsCoarser = eps[0] < eps[1]
        let outcome = gradientsWider && weightsFiner ? "right" : gradientsNarrower && weightsCoarser ? "swapped" : "mixed"
        return ClaimFinding(outcome: outcome, figures: figures, names: names)
    }

    /// Two float formats' largest values, smallest normals and smallest subnormals.
    static func sameRange(format a: String, reference b: String) throws(ClaimsError) -> ClaimFinding {
        let (fa, sa, facta) = try floatFacts(a)
        let (fb, sb, factb) = try floatFacts(b)
        let maxA = try magnitude(facta.maxFinite), maxB = try magnitude(factb.maxFinite)
        let normalA = try magnitude(facta.smallestNormal), normalB = try magnitude(factb.smallestNormal)
        let minA = try magnitude(facta.smallestPositive), minB = try magnitude(factb.smallestPositive)
        let outcome: String
        if maxA == maxB && normalA == normalB && minA == minB { outcome = "identical" }
        else if maxA.floorLog2 == maxB.floorLog2 && normalA == normalB { outcome = "exponent" }
        else { outcome = "different" }
        func figure(_ key: String, _ f: Format, _ en: String, _ zh: String, _ v: Rational, unit: FigureUnit = .number) -> ClaimFigure {
            ClaimFigure(key: key, label: LocalizedText(en: "\(f.name) \(en)", zh: "\(f.name) \(zh)"), value: v, unit: unit)
        }
        return ClaimFinding(outcome: outcome, figures: [
            figure("format_max", fa, "largest value", "最大值", maxA),
            figure("reference_max", fb, "largest value", "最大值", maxB),
            figure("format_top", fa, "largest value's exponent (2^e ≤ max)", "最大值的指数（2^e ≤ 最大值）", Rational(integer: maxA.floorLog2), unit: .count),
            figure("reference_top", fb, "largest value's exponent (2^e ≤ max)", "最大值的指数（2^e ≤ 最大值）", Rational(integer: maxB.floorLog2), unit: .count),
            figure("format_normal", fa, "smallest normal", "最小正规数", normalA),
            figure("reference_normal", fb, "smallest normal", "最小正规数", normalB),
            figure("format_min", fa, "smallest subnormal", "最小次正规数", minA),
            figure("reference_min", fb, "smallest subnormal", "最小次正规数", minB),
            figure("format_mbits", fa, "mantissa bits", "尾数位数", Rational(integer: sa.mantissaBits), unit: .count),
            figure("reference_mbits", fb, "mantissa bits", "尾数位数", Rational(integer: sb.mantissaBits), unit: .count),
        ], names: ["format": same(fa.name), "reference": same(fb.name)])
    }
}
