import FormatCore

extension Format {
    /// The catalog formats' one-line descriptions in Simplified Chinese, by format name: the same
    /// facts as `summary` (a test checks that both carry the same numbers).
    static let chineseSummaries: [String: String] = [
        "fp64": "IEEE 754 binary64（双精度）：1 位符号，11 位指数，52 位尾数",
        "fp32": "IEEE 754 binary32（单精度）：1 位符号，8 位指数，23 位尾数",
        "tf32": "NVIDIA TensorFloat-32：fp32 的范围加 fp16 的 10 位尾数（19 位，存放在 fp32 容器中）",
        "fp16": "IEEE 754 binary16（半精度）：1 位符号，5 位指数，10 位尾数",
        "bf16": "bfloat16：fp32 的 8 位指数加 7 位尾数",
        "e4m3fn": "OCP FP8 E4M3：无无穷大，NaN = S.1111.111，最大 448（NVIDIA H100/Blackwell，OCP MX FP8）",
        "e4m3": "FP8 E4M3，带 IEEE 无穷大和 NaN，最大 240",
        "e4m3fnuz": "FP8 E4M3 FNUZ：偏置 8，无无穷大，无 -0，NaN = 0x80，最大 240（AMD MI300，Graphcore）",
        "e4m3b11fnuz": "FP8 E4M3 FNUZ，偏置 11：无无穷大，无 -0，NaN = 0x80，最大 30（TPU）",
        "e5m2": "OCP FP8 E5M2：IEEE 式的无穷大和 NaN，最大 57344",
        "e5m2fnuz": "FP8 E5M2 FNUZ：偏置 16，无无穷大，无 -0，NaN = 0x80，最大 57344",
        "e3m4": "FP8 E3M4，带 IEEE 无穷大和 NaN，最大 15.5",
        "e2m3fn": "OCP MX FP6 E2M3：只有有限值，最大 7.5",
        "e3m2fn": "OCP MX FP6 E3M2：只有有限值，最大 28",
        "e2m1fn": "OCP MX FP4 E2M1：只有有限值，取值 0, 0.5, 1, 1.5, 2, 3, 4, 6",
        "e8m0fnu": "OCP MX E8M0 缩放：无符号的二的幂 2^-127..2^127，无零，NaN = 0xFF",
        "e5m3fnu": "ml_dtypes E5M3 无符号：无符号位，有次正规数，最大 114688，NaN = 0xFF，无无穷大",
        "nf4": "bitsandbytes / QLoRA NormalFloat4：[-1, 1] 内 16 个正态分位数量化级（float32 表）",
        "bnb-fp4": "bitsandbytes FP4 表 {0, 0.0625, 8, 12, 4, 6, 2, 3}/12 加一个符号位：不是 OCP E2M1（量化级和编码顺序都不同）",
    ]

    /// The format's one-line description in a language: `summary` in English; in Chinese from
    /// the table, integers of any width from their semantics, `summary` when a format has none.
    func summary(_ language: Language) -> String {
        guard language == .zh else { return summary }
        if let text = Format.chineseSummaries[name] { return text }
        if case .integer(let s) = kind {
            let bits = s.bitWidth
            let lo = s.isSigned ? "\(-(Int64(1) << Int64(bits - 1)))" : "0"
            let hi = s.isSigned ? (Int64(1) << Int64(bits - 1)) - 1 : (Int64(1) << Int64(bits)) - 1
            return "\(s.isSigned ? "有符号" : "无符号") \(bits) 位整数，\(lo)...\(hi)（先舍入再截断）"
        }
        return summary
    }
}
