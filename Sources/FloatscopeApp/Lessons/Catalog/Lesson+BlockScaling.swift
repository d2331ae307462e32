extension Lesson {
    /// Block scaling: MXFP4's E8M0 scale against NVFP4's E4M3 scale and float32 tensor scale.
    static let blockScaling = Lesson(
        name: "blocks",
        title: LocalizedText(en: "Block scaling: MXFP4 and NVFP4", zh: "块缩放：MXFP4 与 NVFP4"),
        steps: [
            LessonStep(screen: .blocks, value: "1", formats: ["fp32"], blockFormat: "mxfp4", caption: LocalizedText(
                en: "MXFP4 (OCP MX): blocks of {block-size mxfp4} E2M1 values (largest {max e2m1fn}) share one E8M0 scale, a bare power of two from {min-subnormal e8m0fnu|pow2} to {max e8m0fnu|pow2}: {bpv mxfp4} bits per value. A power-of-two scale can miss a block's absmax by almost a factor of {pow2 1|exact}, leaving the top levels unused.",
                zh: "MXFP4（OCP MX）：每块 {block-size mxfp4} 个 E2M1 值（最大 {max e2m1fn}），共用一个 E8M0 缩放，它只是一个二的幂，范围 {min-subnormal e8m0fnu|pow2} 到 {max e8m0fnu|pow2}：每值 {bpv mxfp4} 位。二的幂缩放与块的绝对值最大值可能相差将近 {pow2 1|exact} 倍，顶端的量化级就用不上。")),
            LessonStep(screen: .blocks, value: "1", formats: ["fp32"], blockFormat: "nvfp4", caption: LocalizedText(
                en: "NVFP4: blocks of {block-size nvfp4} E2M1 values with an E4M3 scale ({man-bits e4m3fn} mantissa bits, so it can follow the absmax closely), times one float32 scale per tensor that brings the block scales into E4M3's range: {bpv nvfp4} bits per value, {- (bpv nvfp4) (bpv mxfp4)} more than MXFP4 for smaller blocks and finer scales.",
                zh: "NVFP4：每块 {block-size nvfp4} 个 E2M1 值，配一个 E4M3 缩放（{man-bits e4m3fn} 位尾数，能紧跟绝对值最大值），再乘一个每张量的 float32 缩放，把块缩放放进 E4M3 的范围：每值 {bpv nvfp4} 位，比 MXFP4 多 {- (bpv nvfp4) (bpv mxfp4)} 位，换来更小的块和更细的缩放。")),
        ])
}
