extension Lesson {
    /// FP8: E4M3 against E5M2, the forward/backward recipe and per-tensor scaling.
    static let fp8 = Lesson(
        name: "fp8",
        title: LocalizedText(en: "FP8: E4M3 for weights, E5M2 for gradients", zh: "FP8：权重用 E4M3，梯度用 E5M2"),
        steps: [
            LessonStep(screen: .range, value: "1", formats: ["e4m3fn", "e5m2", "bf16"], caption: LocalizedText(
                en: "Two FP8 formats split {width e4m3fn} bits differently. E4M3 (e4m3fn) has {man-bits e4m3fn} mantissa bits, epsilon {eps e4m3fn|pow2}, and reaches {max e4m3fn}; E5M2 has {man-bits e5m2} mantissa bits, epsilon {eps e5m2|pow2}, and reaches {max e5m2}. log2 of largest over smallest positive value: E5M2 {log2 (/ (max e5m2) (min-subnormal e5m2))|r3}, E4M3 {log2 (/ (max e4m3fn) (min-subnormal e4m3fn))|r3}.",
                zh: "两种 FP8 格式对 {width e4m3fn} 位的分法不同。E4M3（e4m3fn）有 {man-bits e4m3fn} 位尾数，epsilon 为 {eps e4m3fn|pow2}，最大到 {max e4m3fn}；E5M2 有 {man-bits e5m2} 位尾数，epsilon 为 {eps e5m2|pow2}，最大到 {max e5m2}。最大值与最小正数之比的 log2：E5M2 为 {log2 (/ (max e5m2) (min-subnormal e5m2))|r3}，E4M3 为 {log2 (/ (max e4m3fn) (min-subnormal e4m3fn))|r3}。")),
            LessonStep(screen: .bits, value: "0.35", formats: ["e4m3fn", "e5m2", "fp32"], caption: LocalizedText(
                en: "Weights and activations sit in a modest range and want precision: {value} becomes {stored e4m3fn value} in E4M3 (error {err e4m3fn value|r3}) but {stored e5m2 value} in E5M2 (error {err e5m2 value|r3}).",
                zh: "权重和激活值的范围适中，更需要精度：{value} 在 E4M3 中变成 {stored e4m3fn value}（误差 {err e4m3fn value|r3}），在 E5M2 中变成 {stored e5m2 value}（误差 {err e5m2 value|r3}）。")),
            LessonStep(screen: .bits, value: "2^-15", formats: ["e4m3fn", "e5m2", "fp32"], caption: LocalizedText(
                en: "Gradients spread over many binades and reach small magnitudes: {value|pow2} underflows to {stored e4m3fn value} in E4M3, whose smallest positive value is {min-subnormal e4m3fn|pow2}, but E5M2 keeps it ({stored e5m2 value|pow2}). Hence the common recipe: E4M3 in the forward pass, E5M2 for gradients.",
                zh: "梯度分布在很多个二进制量级上，数值可能很小：{value|pow2} 在 E4M3 中下溢为 {stored e4m3fn value}（E4M3 的最小正数是 {min-subnormal e4m3fn|pow2}），E5M2 却能保留它（{stored e5m2 value|pow2}）。所以常见做法是：前向用 E4M3，梯度用 E5M2。")),
            LessonStep(screen: .bits, value: "0.02", formats: ["e4m3fn", "e5m2", "fp32"], caption: LocalizedText(
                en: "FP8 needs a scale per tensor: with s = {max e4m3fn} / absmax, a tensor whose largest magnitude is {value} is multiplied by s = {/ (max e4m3fn) value|r4} before the cast, so it uses E4M3's whole range; s is kept in fp32 and divided out after the matmul. Without it, {value} would sit where E4M3's spacing is {ulp e4m3fn value|pow2}.",
                zh: "FP8 需要按张量缩放：取 s = {max e4m3fn} / absmax，最大绝对值为 {value} 的张量在转换前乘以 s = {/ (max e4m3fn) value|r4}，用满 E4M3 的范围；s 以 fp32 保存，矩阵乘之后再除掉。不缩放的话，{value} 所在处 E4M3 的间距是 {ulp e4m3fn value|pow2}。")),
        ])
}
