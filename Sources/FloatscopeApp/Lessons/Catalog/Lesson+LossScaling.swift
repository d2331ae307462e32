extension Lesson {
    /// Mixed-precision training and loss scaling, on the Lab screen.
    static let lossScaling = Lesson(
        name: "loss-scaling",
        title: LocalizedText(en: "Mixed precision and loss scaling", zh: "混合精度与损失缩放"),
        steps: [
            LessonStep(screen: .lab, caption: LocalizedText(
                en: "Gradients are tiny: here {lab-count} of them, with log2|g| normal around {lab-centre} and a spread of {lab-spread} binades. Rounded into fp16 as they are (S = {pow2 0|pow2}), {share underflow fp16 0|pct} flush to zero and {share subnormal fp16 0|pct} become subnormal, losing bits; in bf16, which has fp32's range, {share normal bf16 0|pct} stay normal.",
                zh: "梯度很小：这里有 {lab-count} 个，log2|g| 服从以 {lab-centre} 为中心、宽 {lab-spread} 个二进制量级的正态分布。直接舍入到 fp16（S = {pow2 0|pow2}）时，{share underflow fp16 0|pct} 被冲成零，{share subnormal fp16 0|pct} 成为次正规数、丢掉精度；在与 fp32 范围相同的 bf16 中，{share normal bf16 0|pct} 仍是正规数。")),
            LessonStep(screen: .lab, keys: "+ + + + + + + + + + + + + + + +", caption: LocalizedText(
                en: "Loss scaling multiplies the loss, and so every gradient, by S before the backward pass and divides it out in fp32 before the update. With S = {scaler-init|pow2}, PyTorch GradScaler's first scale, fp16 flushes {share underflow fp16 (log2 (scaler-init))|pct} to zero, keeps {share normal fp16 (log2 (scaler-init))|pct} normal, and {share overflow fp16 (log2 (scaler-init))|pct} overflow.",
                zh: "损失缩放在反向传播之前把损失（因而每个梯度）乘以 S，更新之前再在 fp32 中除掉。取 PyTorch GradScaler 的初始缩放 S = {scaler-init|pow2} 时，fp16 中冲成零的比例为 {share underflow fp16 (log2 (scaler-init))|pct}，正规数占 {share normal fp16 (log2 (scaler-init))|pct}，上溢的占 {share overflow fp16 (log2 (scaler-init))|pct}。")),
            LessonStep(screen: .lab, keys: "v", caption: LocalizedText(
                en: "Too large a scale overflows instead, so the scale is adjusted while training: PyTorch's GradScaler starts at {scaler-init|pow2}, multiplies S by {scaler-growth} after {scaler-interval} steps in a row without inf or NaN, and on a step with one multiplies it by {scaler-backoff} and skips the update. Here the gradients grow step by step and the scale follows them down. bf16 needs none of this.",
                zh: "缩放太大又会上溢，所以训练中要动态调整：PyTorch 的 GradScaler 从 {scaler-init|pow2} 开始，连续 {scaler-interval} 步没有 inf 或 NaN 就把 S 乘以 {scaler-growth}，一旦出现就乘以 {scaler-backoff} 并跳过这次更新。这里梯度逐步变大，缩放随之下降。bf16 不需要这些。")),
        ])
}
