extension Lesson {
    /// How big a 7B model is in each format, for inference and for training.
    static let modelSize = Lesson(
        name: "size",
        title: LocalizedText(en: "How big is a 7B model?", zh: "7B 模型有多大？"),
        steps: [
            LessonStep(screen: .range, value: "1", formats: ["fp32", "bf16", "e4m3fn"], caption: LocalizedText(
                en: "Weights of a {/ 7e9 1e9}B-parameter model (GB: a billion bytes): fp32 {gb (/ (* 7e9 (width fp32)) 8)} GB, fp16/bf16 {gb (/ (* 7e9 (width bf16)) 8)} GB, FP8 {gb (/ (* 7e9 (width e4m3fn)) 8)} GB, Q8_0 {gb (/ (* 7e9 (bpv q8_0)) 8)|r3} GB, Q4_K {gb (/ (* 7e9 (bpv q4_k)) 8)|r3} GB, NF4 with double quantisation {gb (/ (* 7e9 (bpv nf4:64+dq)) 8)|r3} GB ({gib (/ (* 7e9 (bpv nf4:64+dq)) 8)|r3} GiB).",
                zh: "{/ 7e9 1e9}B 参数模型的权重（GB 为十亿字节）：fp32 {gb (/ (* 7e9 (width fp32)) 8)} GB，fp16/bf16 {gb (/ (* 7e9 (width bf16)) 8)} GB，FP8 {gb (/ (* 7e9 (width e4m3fn)) 8)} GB，Q8_0 {gb (/ (* 7e9 (bpv q8_0)) 8)|r3} GB，Q4_K {gb (/ (* 7e9 (bpv q4_k)) 8)|r3} GB，双重量化的 NF4 {gb (/ (* 7e9 (bpv nf4:64+dq)) 8)|r3} GB（{gib (/ (* 7e9 (bpv nf4:64+dq)) 8)|r3} GiB）。")),
            LessonStep(screen: .range, value: "1", formats: ["fp32", "bf16", "e4m3fn"], caption: LocalizedText(
                en: "Training with Adam needs far more: mixed precision keeps bf16 weights and gradients ({/ (width bf16) 8} bytes each), an fp32 master copy and two fp32 moments ({/ (width fp32) 8} bytes each): {+ (/ (width bf16) 4) (* 3 (/ (width fp32) 8))} bytes per parameter, {gb (* 7e9 (+ (/ (width bf16) 4) (* 3 (/ (width fp32) 8))))} GB for {/ 7e9 1e9}B before activations. QLoRA freezes the base in NF4 and trains small adapters instead (floatscope memory --params {/ 7e9 1e9}B).",
                zh: "用 Adam 训练要多得多：混合精度保存 bf16 权重和梯度（各 {/ (width bf16) 8} 字节）、一份 fp32 主权重和两个 fp32 动量（各 {/ (width fp32) 8} 字节）：每个参数 {+ (/ (width bf16) 4) (* 3 (/ (width fp32) 8))} 字节，{/ 7e9 1e9}B 模型在不计激活值时需要 {gb (* 7e9 (+ (/ (width bf16) 4) (* 3 (/ (width fp32) 8))))} GB。QLoRA 把底座冻结为 NF4，只训练小的适配器（floatscope memory --params {/ 7e9 1e9}B）。")),
        ])
}
