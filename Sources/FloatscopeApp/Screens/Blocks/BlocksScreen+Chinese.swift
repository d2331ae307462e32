import Foundation
import TUICore

extension BlocksScreen {
    /// The Blocks screen's texts (help and labels) in Simplified Chinese, English to Chinese.
    public static let chinese: [String: String] = [
        "Blocks screen": "块画面", "Reading it": "怎么读", "next / previous block format": "下一个 / 上一个块格式",
        "next / previous element": "下一个 / 上一个元素", "next / previous block": "下一个 / 上一个块",
        "next data (weights, N(0,1), outliers, Model u's tensor)": "下一组数据（权重、N(0,1)、离群值、模型画面 u 选的张量）",
        "the block as stored, coloured by field": "块的存储字节，按字段着色",
        "the dequantiser's formula, with this block's numbers": "反量化公式，代入本块的数值",
        "rounded for the column; no mark: exact": "为适应列宽而舍入；无标记：精确", "bytes": "字节",
        // Labels.
        " · f: format  ←→: element  [ ]: block  d: data": " · f：格式  ←→：元素  [ ]：块  d：数据",
        "fields: ": "字段：", " (per group)": "（每组）", " (per row)": "（每行）",
        "  (float32 in and out)": "  （float32 输入与输出）",
        "(this format does not spell out its reconstruction)": "（此格式没有给出重建公式）",
        "bits: ": "位：", "block error: max |y - x| = ": "块误差：最大 |y - x| = ", "   exact block (every y = x)": "   精确的块（每个 y = x）",
    ]

    /// Field names and formula symbols that are English words, in Chinese (the others, `d`, `qs`,
    /// `dmin`, `absmax`, are kept as the format's definition spells them).
    static let fieldNames: [String: String] = [
        "scales": "缩放表", "hmask": "高位掩码", "tensor_scale": "张量缩放", "offset": "偏移", "group_absmax": "组absmax",
        "absmax_code": "absmax编码", "step": "步长", "zero_point": "零点", "kvalues": "码表", "low": "低位",
    ]

    /// The fixed texts of block layouts and reconstructions (FormatCore's `BlockField.role`,
    /// `BlockReconstruction.order`, encodings), English to Chinese.
    static let blockTexts: [String: String] = [
        // Roles.
        "super-block scale": "超块缩放", "sub-block scales": "子块缩放", "block scale": "块缩放", "block minimum": "块最小值",
        "super-block scale of the sub-block scales": "子块缩放的超块缩放", "super-block scale of the sub-block mins": "子块最小值的超块缩放",
        "bit 2 of each quant; byte l, bit s holds element 32s + l": "每个量化值的第 2 位；字节 l 的第 s 位存元素 32s + l",
        "bits 0-1 of the quants; byte 32h + l, bits 2s..2s+1 hold element 128h + 32s + l": "量化值的第 0-1 位；字节 32h + l 的第 2s..2s+1 位存元素 128h + 32s + l",
        "bits 4-5 of the quants; byte 32h + l, bits 2s..2s+1 hold element 128h + 32s + l": "量化值的第 4-5 位；字节 32h + l 的第 2s..2s+1 位存元素 128h + 32s + l",
        "sub-block scales, value sc - 32: low nibbles in bytes 0-7, top 2 bits in bytes 8-11": "子块缩放，值为 sc - 32：低半字节在字节 0-7，高 2 位在字节 8-11",
        "block scale, amax / 127": "块缩放，最大绝对值 / 127", "quants, value q * d": "量化值，值为 q * d",
        "8 sub-block scales and 8 mins packed in 12 bytes (get_scale_min_k4)": "8 个子块缩放和 8 个最小值，打包在 12 字节中（get_scale_min_k4）",
        "quants; byte 32c + l holds element 64c + l (low nibble) and 64c + 32 + l": "量化值；字节 32c + l 存元素 64c + l（低半字节）和 64c + 32 + l",
        "block scale 2^(e - 127)": "块缩放 2^(e - 127)",
        "element codes; byte j holds element j (low nibble) and j + 16": "元素编码；字节 j 存元素 j（低半字节）和 j + 16",
        "block scale, -(signed absmax) / 8": "块缩放，-(带符号 absmax) / 8", "block scale, -(signed absmax) / 16": "块缩放，-(带符号 absmax) / 16",
        "quants, value (q - 8) * d; byte j holds element j (low nibble) and j + 16": "量化值，值为 (q - 8) * d；字节 j 存元素 j（低半字节）和 j + 16",
        "per sub-block of 16: scale in the low nibble, min in the high nibble": "每个 16 元素的子块：低半字节为缩放，高半字节为最小值",
        "quants; byte 32h + l, bits 2s..2s+1 hold element 128h + 32s + l": "量化值；字节 32h + l 的第 2s..2s+1 位存元素 128h + 32s + l",
        "low 4 bits of the quants; byte 64h + l holds element 128h + l (low nibble) and 128h + 64 + l, byte 64h + 32 + l elements 128h + 32 + l and 128h + 96 + l":
            "量化值的低 4 位；字节 64h + l 存元素 128h + l（低半字节）和 128h + 64 + l，字节 64h + 32 + l 存元素 128h + 32 + l 和 128h + 96 + l",
        "level indices, value d * level; byte j holds element j (low nibble) and j + 16": "量化级索引，值为 d * 量化级；字节 j 存元素 j（低半字节）和 j + 16",
        "block scale, (max - min) / 31": "块缩放，(max - min) / 31", "block scale, (max - min) / 15": "块缩放，(max - min) / 15",
        "bit 4 of each quant, bit j of a little-endian uint32 for element j": "每个量化值的第 4 位：元素 j 在小端 uint32 中的第 j 位",
        "low 4 bits of the quants, value q * d + m; byte j holds element j (low nibble) and j + 16": "量化值的低 4 位，值为 q * d + m；字节 j 存元素 j（低半字节）和 j + 16",
        "low 4 bits of the quants, value (q - 16) * d; byte j holds element j (low nibble) and j + 16":
            "量化值的低 4 位，值为 (q - 16) * d；字节 j 存元素 j（低半字节）和 j + 16",
        "bit 4 of the quants; byte l, bit 2c holds element 64c + l and bit 2c + 1 element 64c + 32 + l": "量化值的第 4 位；字节 l 的第 2c 位存元素 64c + l，第 2c + 1 位存元素 64c + 32 + l",
        "low 4 bits of the quants; byte 32c + l holds element 64c + l (low nibble) and 64c + 32 + l": "量化值的低 4 位；字节 32c + l 存元素 64c + l（低半字节）和 64c + 32 + l",
        "quants, value q * d + m; byte j holds element j (low nibble) and j + 16": "量化值，值为 q * d + m；字节 j 存元素 j（低半字节）和 j + 16",
        "block scale 2^(e-127); 0xFF: the block held a NaN or an infinity": "块缩放 2^(e-127)；0xFF：块中有 NaN 或无穷大",
        "block scale in units of the tensor scale; 0x7F: NaN block": "块缩放，以张量缩放为单位；0x7F：NaN 块",
        "mean of the blocks' absmax, subtracted before quantising them": "各块 absmax 的均值，量化前先减去",
        "8-bit code of (absmax - offset) / group_absmax": "(absmax - 偏移) / 组absmax 的 8 位编码",
        "largest |x| of the block; NaN: the block held a NaN or an infinity": "块中最大的 |x|；NaN：块中有 NaN 或无穷大",
        "code of 0": "0 的编码", "dynamic map": "动态映射",
        // Orders of the float32 operations.
        "float32 product (exact: a power of two)": "float32 乘积（精确：乘的是 2 的幂）",
        "float32: q * s (exact), then times tensor_scale (rounded once)": "float32：q * s（精确），再乘张量缩放（舍入一次）",
        "float32: step = absmax / M, then q * step": "float32：步长 = absmax / M，再算 q * 步长",
        "float32: q - zp (exact), then times step": "float32：q - zp（精确），再乘步长",
        "float32 product, rounded once": "float32 乘积，舍入一次",
        // Sources of terms.
        "float32: (c * group_absmax) + offset": "float32：(c * 组absmax) + 偏移",
    ]

    /// Phrases with numbers or names in them (term sources, roles, orders), as regular expressions
    /// and their Chinese (`$1`... the captures), applied in order wherever they occur.
    static let blockPhrases: [(NSRegularExpression, String)] = [
        (#"^(\S+) code (0x[0-9A-F]+)$"#, "$1 编码 $2"),
        (#"^largest (\S+) magnitude$"#, "$1 的最大绝对值"),
        (#"^(\S+) per block$"#, "$1，每块一个"),
        (#"^(\S+) per call$"#, "$1，每行一个"),
        (#"^(\S+) per (\d+) blocks$"#, "$1，每 $2 块一个"),
        (#"^(\S+) codes, low bits first$"#, "$1 编码，低位在前"),
        (#"^tensor scale: tensor amax / \((.*)\)$"#, "张量缩放：张量最大绝对值 / ($1)"),
        (#"^\(max - min\) / (\d+), the range widened to hold 0$"#, "(max - min) / $1，范围扩展到包含 0"),
        (#"^largest \|absmax - offset\| of (\d+) blocks$"#, "$1 块中最大的 |absmax - 偏移|"),
        (#"^dynamic-map code (\d+)$"#, "动态映射编码 $1"),
        (#"^(\d+)-bit scale (\d+) minus (\d+)$"#, "第 $2 个 $1 位缩放减 $3"),
        (#"^(\d+)-bit quant (\d+)$"#, "第 $2 个 $1 位量化值"),
        (#"^hmask bit (\d+) of byte (\d+)$"#, "高位掩码字节 $2 的第 $1 位"),
        (#"(\d+)-bit scale of sub-block (\d+)"#, "子块 $2 的 $1 位缩放"),
        (#"(\d+)-bit min of sub-block (\d+)"#, "子块 $2 的 $1 位最小值"),
        (#"(\d+) \* e2m1 value of code (\d+)"#, "$1 * e2m1 编码 $2 的值"),
        (#"level of code (\d+)"#, "编码 $1 的量化级"),
        (#"low nibble of scales byte (\d+)"#, "缩放表字节 $1 的低半字节"),
        (#"high nibble of scales byte (\d+)"#, "缩放表字节 $1 的高半字节"),
        (#"low nibble of byte (\d+)"#, "字节 $1 的低半字节"),
        (#"high nibble of byte (\d+)"#, "字节 $1 的高半字节"),
        (#"qh bit (\d+) of byte (\d+)"#, "qh 字节 $2 的第 $1 位"),
        (#"qh bit (\d+)"#, "qh 第 $1 位"),
        (#"int8 scales byte (\d+)"#, "int8 缩放表字节 $1"),
        (#"int8 byte (\d+)"#, "int8 字节 $1"),
        (#"low (\d+) bits of element (\d+)"#, "元素 $2 的低 $1 位"),
        (#"high (\d+) bits of element (\d+)"#, "元素 $2 的高 $1 位"),
        (#"^low - \(h \? 0 : 4\)$"#, "低位 - (h ? 0 : 4)"),
        (#"e8m0 e = (\d+), halved"#, "e8m0 e = $1，减半"),
        (#", each rounded$"#, "，每步舍入"),
        (#" exact, times d$"#, " 精确，再乘 d"),
        (#"^float32: "#, "float32："),
    ].compactMap { pattern, chinese in (try? NSRegularExpression(pattern: pattern)).map { ($0, chinese) } }

    /// A text of a block layout or reconstruction (a role, an encoding, a term's source, an order)
    /// in Chinese: the fixed ones from `blockTexts`, the others phrase by phrase (`blockPhrases`).
    static func chineseText(_ english: String) -> String {
        if let fixed = blockTexts[english] { return fixed }
        var text = english
        for (regex, chinese) in blockPhrases {
            text = regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: chinese)
        }
        return text
    }

    /// A text of a block layout in a language: English as given, Chinese by `chineseText`.
    static func layoutText(_ english: String, _ language: Language) -> String {
        language == .zh ? chineseText(english) : english
    }

    /// A field name or formula symbol in a language (`scales` 缩放表; `d`, `qs` kept).
    static func fieldName(_ name: String, _ language: Language) -> String {
        guard language == .zh else { return name }
        return fieldNames[name] ?? formulaText(name, language)
    }

    /// A formula in a language: its identifiers that are English words in Chinese (`tensor_scale`
    /// 张量缩放), the rest kept.
    static func formulaText(_ formula: String, _ language: Language) -> String {
        guard language == .zh else { return formula }
        var out = "", word = ""
        func flush() {
            out += fieldNames[word] ?? word
            word = ""
        }
        for c in formula {
            if c.isASCII && (c.isLetter || c.isNumber || c == "_") { word.append(c) } else {
                flush()
                out.append(c)
            }
        }
        flush()
        return out
    }
}
