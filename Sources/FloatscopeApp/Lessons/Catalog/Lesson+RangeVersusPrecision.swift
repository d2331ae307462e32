extension Lesson {
    /// Range against precision: fp16 against bf16.
    static let rangeVersusPrecision = Lesson(
        name: "range",
        title: LocalizedText(en: "Range versus precision: fp16 and bf16", zh: "范围与精度：fp16 与 bf16"),
        steps: [
            LessonStep(screen: .range, value: "1", formats: ["fp16", "bf16", "fp32"], caption: LocalizedText(
                en: "fp16 and bf16 both take {width fp16} bits and split them differently: fp16 has {exp-bits fp16} exponent and {man-bits fp16} mantissa bits, bf16 {exp-bits bf16} and {man-bits bf16} (fp32's exponent, cut mantissa). Range: fp16's largest value is {max fp16}, bf16's {max bf16|r4}, close to fp32's {max fp32|r4}.",
                zh: "fp16 和 bf16 都占 {width fp16} 位，但分法不同：fp16 有 {exp-bits fp16} 位指数、{man-bits fp16} 位尾数，bf16 有 {exp-bits bf16} 位指数、{man-bits bf16} 位尾数（与 fp32 相同的指数，截短的尾数）。范围：fp16 的最大值是 {max fp16}，bf16 是 {max bf16|r4}，接近 fp32 的 {max fp32|r4}。")),
            LessonStep(screen: .range, value: "1", formats: ["fp16", "bf16", "fp32"], caption: LocalizedText(
                en: "At the small end: fp16's smallest normal is {min-normal fp16|pow2} and its smallest subnormal {min-subnormal fp16|pow2} ({min-subnormal fp16|r3}); bf16's are {min-normal bf16|pow2} and {min-subnormal bf16|pow2}, fp32's {min-normal fp32|pow2} and {min-subnormal fp32|pow2}. log2 of largest over smallest positive value: bf16 {log2 (/ (max bf16) (min-subnormal bf16))|r3}, fp16 {log2 (/ (max fp16) (min-subnormal fp16))|r3}.",
                zh: "在小的一端：fp16 的最小正规数是 {min-normal fp16|pow2}，最小次正规数是 {min-subnormal fp16|pow2}（{min-subnormal fp16|r3}）；bf16 分别是 {min-normal bf16|pow2} 和 {min-subnormal bf16|pow2}，fp32 是 {min-normal fp32|pow2} 和 {min-subnormal fp32|pow2}。最大值与最小正数之比的 log2：bf16 为 {log2 (/ (max bf16) (min-subnormal bf16))|r3}，fp16 为 {log2 (/ (max fp16) (min-subnormal fp16))|r3}。")),
            LessonStep(screen: .bits, value: "1/3", formats: ["fp16", "bf16", "fp32"], caption: LocalizedText(
                en: "Precision is the other side: the spacing just above one (epsilon) is {eps fp16|pow2} in fp16 and {eps bf16|pow2} in bf16, {/ (eps bf16) (eps fp16)} times coarser. One third is stored as {stored fp16 value|exact} in fp16 (error {err fp16 value|r3}) and {stored bf16 value|exact} in bf16 (error {err bf16 value|r3}).",
                zh: "精度是另一面：刚好大于一处的间距（epsilon）在 fp16 中是 {eps fp16|pow2}，在 bf16 中是 {eps bf16|pow2}，粗 {/ (eps bf16) (eps fp16)} 倍。三分之一在 fp16 中存为 {stored fp16 value|exact}（误差 {err fp16 value|r3}），在 bf16 中存为 {stored bf16 value|exact}（误差 {err bf16 value|r3}）。")),
        ])
}
