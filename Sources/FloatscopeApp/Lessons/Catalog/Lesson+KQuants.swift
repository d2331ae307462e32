extension Lesson {
    /// GGUF K-quants: super-blocks, sub-block scales and mins, and the other types.
    static let kQuants = Lesson(
        name: "kquants",
        title: LocalizedText(en: "GGUF K-quants", zh: "GGUF 的 K 量化"),
        steps: [
            LessonStep(screen: .blocks, value: "1", formats: ["fp32"], blockFormat: "q4_k", caption: LocalizedText(
                en: "Q4_K is not K-means clustering: it is a super-block of {block-size q4_k} values in {block-bytes q4_k} bytes: an fp16 d and dmin, eight six-bit scales and eight six-bit mins packed into twelve bytes, and {block-size q4_k} four-bit codes. Each sub-block of {/ (block-size q4_k) 8} values is y = d·scale·q − dmin·min: {bpv q4_k} bits per value.",
                zh: "Q4_K 不是 K 均值聚类：它是一个 {block-size q4_k} 个值、{block-bytes q4_k} 字节的超块：一个 fp16 的 d 和 dmin，八个六位缩放和八个六位最小值挤在十二个字节里，再加 {block-size q4_k} 个四位编码。每个 {/ (block-size q4_k) 8} 值的子块按 y = d·scale·q − dmin·min 重建：每值 {bpv q4_k} 位。")),
            LessonStep(screen: .blocks, value: "1", formats: ["fp32"], blockFormat: "q6_k", caption: LocalizedText(
                en: "Q6_K: {block-size q6_k} values in {block-bytes q6_k} bytes with eight-bit sub-block scales, {bpv q6_k} bits per value. The family: Q2_K {bpv q2_k}, Q3_K {bpv q3_k}, Q4_K {bpv q4_k}, Q5_K {bpv q5_k}, Q6_K {bpv q6_k}; the simple types Q4_0 {bpv q4_0}, Q5_0 {bpv q5_0} and Q8_0 {bpv q8_0} bits per value.",
                zh: "Q6_K：{block-size q6_k} 个值占 {block-bytes q6_k} 字节，子块缩放为八位，每值 {bpv q6_k} 位。整个家族：Q2_K {bpv q2_k}、Q3_K {bpv q3_k}、Q4_K {bpv q4_k}、Q5_K {bpv q5_k}、Q6_K {bpv q6_k}；简单类型 Q4_0 {bpv q4_0}、Q5_0 {bpv q5_0}、Q8_0 {bpv q8_0} 位每值。")),
            LessonStep(screen: .blocks, value: "1", formats: ["fp32"], blockFormat: "q8_0", caption: LocalizedText(
                en: "Q8_0: {block-size q8_0} int8 codes and one fp16 scale in {block-bytes q8_0} bytes: {bpv q8_0} bits per value, {/ (bpv q8_0) (width fp16)|r3} of fp16's size, not half. A mix such as Q4_K_M is not one type: llama-quantize gives most tensors Q4_K and some (attn_v, ffn_down in chosen layers, the output) Q6_K. On a {mix-model}-shaped model ({/ (mix-params q4_k_m) 1e9|r3}B parameters) Q4_K_M averages {mix-bpv q4_k_m|r4} bits per value, {/ (width fp32) (mix-bpv q4_k_m)|r3} times smaller than fp32; floatscope model --mix q4_k_m shows the choice per tensor.",
                zh: "Q8_0：{block-size q8_0} 个 int8 编码和一个 fp16 缩放共 {block-bytes q8_0} 字节：每值 {bpv q8_0} 位，是 fp16 的 {/ (bpv q8_0) (width fp16)|r3}，不是一半。Q4_K_M 这样的混合方案不是单一类型：llama-quantize 给大多数张量 Q4_K，一部分（某些层的 attn_v、ffn_down，以及输出层）给 Q6_K；在 {mix-model} 形状的模型上（{/ (mix-params q4_k_m) 1e9|r3}B 个参数），Q4_K_M 平均每值 {mix-bpv q4_k_m|r4} 位，比 fp32 小 {/ (width fp32) (mix-bpv q4_k_m)|r3} 倍；floatscope model --mix q4_k_m 会逐个张量列出。")),
        ])
}
