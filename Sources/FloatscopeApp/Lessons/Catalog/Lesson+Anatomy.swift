extension Lesson {
    /// Anatomy of a float: sign, exponent, mantissa, bias, subnormals and special values, in fp32
    /// and FP8.
    static let anatomy = Lesson(
        name: "anatomy",
        title: LocalizedText(en: "Anatomy of a float", zh: "浮点数的构造"),
        steps: [
            LessonStep(screen: .bits, value: "0.1", formats: ["fp32", "e4m3fn", "e5m2"], caption: LocalizedText(
                en: "A float is three fields: a sign bit, an exponent and a mantissa (the fraction). fp32 has {exp-bits fp32} exponent and {man-bits fp32} mantissa bits, {width fp32} in all; FP8 e4m3fn packs {exp-bits e4m3fn} and {man-bits e4m3fn} into {width e4m3fn}. The value {value} has no finite binary expansion, so each format stores its nearest value: {stored fp32 value|exact} in fp32, {stored e4m3fn value|exact} in e4m3fn.",
                zh: "浮点数由三个字段组成：符号位、指数和尾数（小数部分）。fp32 有 {exp-bits fp32} 位指数、{man-bits fp32} 位尾数，共 {width fp32} 位；FP8 的 e4m3fn 把 {exp-bits e4m3fn} 位指数和 {man-bits e4m3fn} 位尾数放进 {width e4m3fn} 位。{value} 没有有限的二进制展开，所以每种格式存的是离它最近的值：fp32 存 {stored fp32 value|exact}，e4m3fn 存 {stored e4m3fn value|exact}。")),
            LessonStep(screen: .bits, value: "1", formats: ["fp32", "e4m3fn", "e5m2"], caption: LocalizedText(
                en: "The exponent is stored with a bias: the value is ±({pow2 0|exact} + fraction) × {pow2 1|exact}^(exponent − bias). fp32's bias is {bias fp32}, so {value} = {pow2 0|pow2} has the exponent field {bias fp32}; e4m3fn's bias is {bias e4m3fn} and e5m2's {bias e5m2}. The leading one is not stored: it is implied by a non-zero exponent field.",
                zh: "指数带偏置存储：数值为 ±({pow2 0|exact} + 小数部分) × {pow2 1|exact}^(指数 − 偏置)。fp32 的偏置是 {bias fp32}，所以 {value} = {pow2 0|pow2} 的指数字段是 {bias fp32}；e4m3fn 的偏置是 {bias e4m3fn}，e5m2 是 {bias e5m2}。开头的一不存储：指数字段非零时它是隐含的。")),
            LessonStep(screen: .bits, value: "fp32:0x00000001", formats: ["fp32", "e4m3fn", "e5m2"], caption: LocalizedText(
                en: "Below the smallest normal value, {min-normal fp32|pow2} in fp32, the exponent field is zero and the implied one is gone: subnormals fill the gap down to {min-subnormal fp32|pow2} ({value|r4}), losing one bit of precision per binade. e4m3fn's subnormals go down to {min-subnormal e4m3fn|pow2} = {min-subnormal e4m3fn|exact}; the value shown here is far below that and becomes {stored e4m3fn value} in e4m3fn.",
                zh: "在最小正规数（fp32 为 {min-normal fp32|pow2}）之下，指数字段为零，隐含的前导一消失：次正规数一直填到 {min-subnormal fp32|pow2}（{value|r4}），每低一个二进制量级就少一位精度。e4m3fn 的次正规数最小到 {min-subnormal e4m3fn|pow2} = {min-subnormal e4m3fn|exact}；这里的值远比它小，在 e4m3fn 中变成 {stored e4m3fn value}。")),
            LessonStep(screen: .bits, value: "inf", formats: ["fp32", "e5m2", "e4m3fn"], caption: LocalizedText(
                en: "An exponent field of all ones is kept for infinities and NaN in fp32 and e5m2: inf is stored as {stored fp32 value} and {stored e5m2 value}. e4m3fn has no infinity: it spends those codes on values up to {max e4m3fn} and keeps one NaN pattern per sign, so inf becomes {stored e4m3fn value}. e5m2's largest finite value is {max e5m2}.",
                zh: "在 fp32 和 e5m2 中，指数字段全为一的编码留给无穷大和 NaN：inf 分别存为 {stored fp32 value} 和 {stored e5m2 value}。e4m3fn 没有无穷大：它把这些编码用来表示直到 {max e4m3fn} 的数值，每个符号只留一个 NaN 编码，所以 inf 变成 {stored e4m3fn value}。e5m2 的最大有限值是 {max e5m2}。")),
        ])
}
