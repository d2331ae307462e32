extension Lesson {
    /// Integer quantisation: symmetric against asymmetric with a zero point.
    static let integers = Lesson(
        name: "integers",
        title: LocalizedText(en: "Integer quantisation: symmetric and asymmetric", zh: "整数量化：对称与非对称"),
        steps: [
            LessonStep(screen: .bits, value: "-0.3", formats: ["int8", "uint8", "fp32"], caption: LocalizedText(
                en: "Symmetric int8 maps [−a, a] onto [−{max int8}, {max int8}] with one step s = a / {max int8} and no zero point, so zero is exact. For data in [{value}, {pow2 0|exact}] it wastes the codes below {value}: s {/ (pow2 0) (max int8)|=r4}. Asymmetric uint8 maps [lo, hi] onto [{min uint8}, {max uint8}]: s = (hi − lo) / {max uint8} {/ (- (pow2 0) value) (max uint8)|=r4}, zero point z = round(−lo / s) {round (/ (- 0 value) (/ (- (pow2 0) value) (max uint8)))|=}, a step {/ (/ (pow2 0) (max int8)) (/ (- (pow2 0) value) (max uint8))|r3} times finer.",
                zh: "对称 int8 把 [−a, a] 映射到 [−{max int8}, {max int8}]，只有一个步长 s = a / {max int8}，没有零点，所以零是精确的。数据落在 [{value}, {pow2 0|exact}] 时，低于 {value} 的编码都浪费了：s {/ (pow2 0) (max int8)|=r4}。非对称 uint8 把 [lo, hi] 映射到 [{min uint8}, {max uint8}]：s = (hi − lo) / {max uint8} {/ (- (pow2 0) value) (max uint8)|=r4}，零点 z = round(−lo / s) {round (/ (- 0 value) (/ (- (pow2 0) value) (max uint8)))|=}，步长细 {/ (/ (pow2 0) (max int8)) (/ (- (pow2 0) value) (max uint8))|r3} 倍。")),
            LessonStep(screen: .blocks, value: "1", formats: ["fp32"], blockFormat: "int4:64", caption: LocalizedText(
                en: "In blocks: int4:64 keeps one float32 absmax scale per {block-size int4:64} values, {bpv int4:64} bits per value; the codes run from {min int4} to {max int4}. Above: a real block, its bytes and the reconstruction of one element (→ ← after Esc).",
                zh: "分块：int4:64 每 {block-size int4:64} 个值存一个 float32 absmax 缩放，每值 {bpv int4:64} 位；编码范围 {min int4} 到 {max int4}。上面是一个真实的块：它的字节和一个元素的重建（按 Esc 退出课程后可用 → ← 浏览）。")),
            LessonStep(screen: .blocks, value: "1", formats: ["fp32"], blockFormat: "int4-asym:64", caption: LocalizedText(
                en: "int4-asym:64 stores a float32 step and a four-bit zero point per block: {bpv int4-asym:64} bits per value, {- (bpv int4-asym:64) (bpv int4:64)} more than symmetric, for blocks whose values are not centred on zero.",
                zh: "int4-asym:64 每块存一个 float32 步长和一个四位零点：每值 {bpv int4-asym:64} 位，比对称多 {- (bpv int4-asym:64) (bpv int4:64)} 位，适合数值不以零为中心的块。")),
        ])
}
