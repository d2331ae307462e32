extension Lesson {
    /// Why optimisers keep fp32 master weights: updates below half a spacing vanish.
    static let masterWeights = Lesson(
        name: "master-weights",
        title: LocalizedText(en: "fp32 master weights", zh: "fp32 主权重"),
        steps: [
            LessonStep(screen: .bits, value: "1.001", formats: ["bf16", "fp16", "fp32"], caption: LocalizedText(
                en: "An update is lost when it is below half the spacing at the weight. In bf16 the spacing above one is {eps bf16|pow2}, so one plus an update of {- value 1} is stored as {stored bf16 value}: the update vanished. fp16 (spacing {eps fp16|pow2}) stores {stored fp16 value|exact}, fp32 {stored fp32 value|r8}.",
                zh: "当更新小于权重处间距的一半时，它就丢了。bf16 中一之上的间距是 {eps bf16|pow2}，所以一加上 {- value 1} 的更新存为 {stored bf16 value}：更新消失了。fp16（间距 {eps fp16|pow2}）存为 {stored fp16 value|exact}，fp32 存为 {stored fp32 value|r8}。")),
            LessonStep(screen: .lab, keys: "v v", caption: LocalizedText(
                en: "Over {master-steps} steps of w ← w + lr·g with lr {master-lr|=r3}, the share of updates that vanish: bf16 {vanished bf16|pct}, fp16 {vanished fp16|pct}, fp32 {vanished fp32|pct}, bf16 kept as an fp32 master copy {vanished bf16+fp32-master|pct}. So mixed-precision training computes in bf16 or fp16 but keeps the weights it updates in fp32.",
                zh: "做 {master-steps} 步 w ← w + lr·g（lr {master-lr|=r3}），更新消失的比例：bf16 {vanished bf16|pct}，fp16 {vanished fp16|pct}，fp32 {vanished fp32|pct}，用 fp32 主权重副本的 bf16 {vanished bf16+fp32-master|pct}。所以混合精度训练用 bf16 或 fp16 计算，但被更新的权重保存在 fp32 中。")),
        ])
}
