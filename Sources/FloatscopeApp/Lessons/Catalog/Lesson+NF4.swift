extension Lesson {
    /// NF4 and double quantisation, with the bit accounting.
    static let nf4 = Lesson(
        name: "nf4",
        title: LocalizedText(en: "NF4 and double quantisation", zh: "NF4 与双重量化"),
        steps: [
            LessonStep(screen: .nf4, value: "1", formats: ["fp32"], caption: LocalizedText(
                en: "NF4 (QLoRA) has {finite-count nf4} levels placed at quantiles of a normal distribution and scaled into [{min nf4}, {max nf4}]. A block's values are divided by the block's absmax and each takes the nearest level, so normally distributed weights use every level about equally.",
                zh: "NF4（QLoRA）有 {finite-count nf4} 个量化级，按正态分布的分位点放置并缩放到 [{min nf4}, {max nf4}]。块内的值除以该块的绝对值最大值，再取最近的量化级，因此正态分布的权重大致均匀地用到每个量化级。")),
            LessonStep(screen: .blocks, value: "1", formats: ["fp32"], blockFormat: "nf4:64", caption: LocalizedText(
                en: "Bit accounting: {block-size nf4:64} codes of {width nf4} bits and one float32 scale per block: {width nf4} + {width fp32} / {block-size nf4:64} = {bpv nf4:64} bits per value.",
                zh: "位数核算：每块 {block-size nf4:64} 个 {width nf4} 位编码加一个 float32 缩放：{width nf4} + {width fp32} / {block-size nf4:64} = {bpv nf4:64} 位每值。")),
            LessonStep(screen: .blocks, value: "1", formats: ["fp32"], blockFormat: "nf4:64+dq", caption: LocalizedText(
                en: "Double quantisation stores the block scales in {width int8} bits, with one float32 per group of {group-blocks nf4:64+dq} blocks: {bpv nf4:64+dq} bits per value, {- (bpv nf4:64) (bpv nf4:64+dq)} less per parameter. For a {/ 7e9 1e9}B model that saves {gb (/ (* 7e9 (- (bpv nf4:64) (bpv nf4:64+dq))) 8)|r3} GB; for {/ 70e9 1e9}B, {gb (/ (* 70e9 (- (bpv nf4:64) (bpv nf4:64+dq))) 8)|r3} GB.",
                zh: "双重量化把块缩放再用 {width int8} 位存储，每 {group-blocks nf4:64+dq} 个块一组，每组一个 float32：每值 {bpv nf4:64+dq} 位，每个参数省 {- (bpv nf4:64) (bpv nf4:64+dq)} 位。{/ 7e9 1e9}B 模型省 {gb (/ (* 7e9 (- (bpv nf4:64) (bpv nf4:64+dq))) 8)|r3} GB；{/ 70e9 1e9}B 模型省 {gb (/ (* 70e9 (- (bpv nf4:64) (bpv nf4:64+dq))) 8)|r3} GB。")),
        ])
}
