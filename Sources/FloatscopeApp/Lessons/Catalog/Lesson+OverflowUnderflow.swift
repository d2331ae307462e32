extension Lesson {
    /// Overflow and underflow in practice: an activation too large for fp16, a gradient too small.
    static let overflowUnderflow = Lesson(
        name: "overflow",
        title: LocalizedText(en: "Overflow and underflow in practice", zh: "实践中的上溢与下溢"),
        steps: [
            LessonStep(screen: .bits, value: "72000", formats: ["fp16", "bf16", "fp32"], caption: LocalizedText(
                en: "An activation of {value} does not fit fp16, whose largest value is {max fp16}: it becomes {stored fp16 value}, and one inf turns a whole layer's output into inf and NaN. bf16 stores it as {stored bf16 value} (error {err bf16 value}), because it has fp32's exponent range.",
                zh: "激活值 {value} 超出 fp16 的最大值 {max fp16}：它变成 {stored fp16 value}，一个 inf 就能让整层输出变成 inf 和 NaN。bf16 把它存为 {stored bf16 value}（误差 {err bf16 value}），因为它有与 fp32 相同的指数范围。")),
            LessonStep(screen: .bits, value: "{exp (- 0 20)|double}", formats: ["fp16", "bf16", "fp32"], caption: LocalizedText(
                en: "A small gradient, exp({- 0 20}) {value|=r3}, is below fp16's smallest positive value {min-subnormal fp16|r3}: it flushes to {stored fp16 value}, and the update it carried is lost. bf16 keeps it as {stored bf16 value|r4}. This is why fp16 training multiplies the loss by a scale (see the lesson on loss scaling).",
                zh: "一个很小的梯度 exp({- 0 20}) {value|=r3}，比 fp16 的最小正数 {min-subnormal fp16|r3} 还小：它被冲成 {stored fp16 value}，它带来的更新就丢了。bf16 把它存为 {stored bf16 value|r4}。这就是 fp16 训练要给损失乘一个缩放因子的原因（见损失缩放一课）。")),
            LessonStep(screen: .bits, value: "fp16:0x0001", formats: ["fp16", "bf16", "fp32"], caption: LocalizedText(
                en: "fp16's smallest normal value, {min-normal fp16|pow2} ({min-normal fp16|r4}), is often quoted as its smallest positive value. It is not: subnormals go on down to {value|pow2} ({value|r4}), another {log2 (/ (min-normal fp16) value)} binades, with one bit less precision in each.",
                zh: "fp16 的最小正规数 {min-normal fp16|pow2}（{min-normal fp16|r4}）常被说成它的最小正数。其实不是：次正规数一直延伸到 {value|pow2}（{value|r4}），又多出 {log2 (/ (min-normal fp16) value)} 个二进制量级，每低一级少一位精度。")),
        ])
}
