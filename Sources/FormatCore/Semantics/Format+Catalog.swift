/// The catalog: one line per format. Adding a format is adding one entry here and one test row.
extension Format {
    // MARK: IEEE-style and ML float formats

    /// IEEE 754 binary64.
    public static let fp64 = Format(name: "fp64", aliases: ["double", "float64", "f64", "binary64"],
        summary: "IEEE 754 binary64 (double): 1 sign, 11 exponent, 52 mantissa bits",
        kind: .float(FloatSemantics(exponentBits: 11, mantissaBits: 52, bias: 1023)))
    /// IEEE 754 binary32.
    public static let fp32 = Format(name: "fp32", aliases: ["single", "float", "float32", "f32", "binary32"],
        summary: "IEEE 754 binary32 (single): 1 sign, 8 exponent, 23 mantissa bits",
        kind: .float(FloatSemantics(exponentBits: 8, mantissaBits: 23, bias: 127)))
    /// NVIDIA TensorFloat-32.
    public static let tf32 = Format(name: "tf32", aliases: ["tensorfloat32", "tensorfloat-32"],
        summary: "NVIDIA TensorFloat-32: fp32's range with fp16's 10 mantissa bits (19 bits, kept in an fp32 container)",
        kind: .float(FloatSemantics(exponentBits: 8, mantissaBits: 10, bias: 127)))
    /// IEEE 754 binary16.
    public static let fp16 = Format(name: "fp16", aliases: ["half", "float16", "f16", "binary16"],
        summary: "IEEE 754 binary16 (half): 1 sign, 5 exponent, 10 mantissa bits",
        kind: .float(FloatSemantics(exponentBits: 5, mantissaBits: 10, bias: 15)))
    /// Google Brain bfloat16.
    public static let bf16 = Format(name: "bf16", aliases: ["bfloat16", "brainfloat16"],
        summary: "bfloat16: fp32's 8-bit exponent with 7 mantissa bits",
        kind: .float(FloatSemantics(exponentBits: 8, mantissaBits: 7, bias: 127)))
    /// OCP FP8 E4M3 (finite, one NaN pattern per sign).
    public static let e4m3fn = Format(name: "e4m3fn", aliases: ["fp8", "fp8-e4m3", "float8_e4m3fn", "e4m3-ocp"],
        summary: "OCP FP8 E4M3: no infinities, NaN = S.1111.111, max 448 (NVIDIA H100/Blackwell, OCP MX FP8)",
        kind: .float(FloatSemantics(exponentBits: 4, mantissaBits: 3, bias: 7, nonFinite: .nanOnly, nanEncoding: .allOnes)))
    /// IEEE-style E4M3 with infinities.
    public static let e4m3 = Format(name: "e4m3", aliases: ["float8_e4m3", "fp8-e4m3-ieee"],
        summary: "FP8 E4M3 with IEEE infinities and NaNs, max 240",
        kind: .float(FloatSemantics(exponentBits: 4, mantissaBits: 3, bias: 7)))
    /// E4M3 FNUZ (Graphcore / AMD MI300 native).
    public static let e4m3fnuz = Format(name: "e4m3fnuz", aliases: ["float8_e4m3fnuz", "fp8-e4m3-fnuz"],
        summary: "FP8 E4M3 FNUZ: bias 8, no infinities, no -0, NaN = 0x80, max 240 (AMD MI300, Graphcore)",
        kind: .float(FloatSemantics(exponentBits: 4, mantissaBits: 3, bias: 8, nonFinite: .nanOnly, nanEncoding: .negativeZero)))
    /// E4M3 FNUZ with bias 11.
    public static let e4m3b11fnuz = Format(name: "e4m3b11fnuz", aliases: ["float8_e4m3b11fnuz", "fp8-e4m3-b11"],
        summary: "FP8 E4M3 FNUZ with bias 11: no infinities, no -0, NaN = 0x80, max 30 (TPU)",
        kind: .float(FloatSemantics(exponentBits: 4, mantissaBits: 3, bias: 11, nonFinite: .nanOnly, nanEncoding: .negativeZero)))
    /// OCP FP8 E5M2.
    public static let e5m2 = Format(name: "e5m2", aliases: ["fp8-e5m2", "float8_e5m2", "bf8"],
        summary: "OCP FP8 E5M2: IEEE-style infinities and NaNs, max 57344",
        kind: .float(FloatSemantics(exponentBits: 5, mantissaBits: 2, bias: 15)))
    /// E5M2 FNUZ.
    public static let e5m2fnuz = Format(name: "e5m2fnuz", aliases: ["float8_e5m2fnuz", "fp8-e5m2-fnuz"],
        summary: "FP8 E5M2 FNUZ: bias 16, no infinities, no -0, NaN = 0x80, max 57344",
        kind: .float(FloatSemantics(exponentBits: 5, mantissaBits: 2, bias: 16, nonFinite: .nanOnly, nanEncoding: .negativeZero)))
    /// IEEE-style E3M4.
    public static let e3m4 = Format(name: "e3m4", aliases: ["float8_e3m4", "fp8-e3m4"],
        summary: "FP8 E3M4 with IEEE infinities and NaNs, max 15.5",
        kind: .float(FloatSemantics(exponentBits: 3, mantissaBits: 4, bias: 3)))
    /// OCP FP6 E2M3.
    public static let e2m3fn = Format(name: "e2m3fn", aliases: ["fp6-e2m3", "float6_e2m3fn"],
        summary: "OCP MX FP6 E2M3: finite only, max 7.5",
        kind: .float(FloatSemantics(exponentBits: 2, mantissaBits: 3, bias: 1, nonFinite: .finiteOnly)))
    /// OCP FP6 E3M2.
    public static let e3m2fn = Format(name: "e3m2fn", aliases: ["fp6-e3m2", "float6_e3m2fn"],
        summary: "OCP MX FP6 E3M2: finite only, max 28",
        kind: .float(FloatSemantics(exponentBits: 3, mantissaBits: 2, bias: 3, nonFinite: .finiteOnly)))
    /// OCP FP4 E2M1.
    public static let e2m1fn = Format(name: "e2m1fn", aliases: ["fp4", "fp4-e2m1", "float4_e2m1fn", "e2m1"],
        summary: "OCP MX FP4 E2M1: finite only, values 0, 0.5, 1, 1.5, 2, 3, 4, 6",
        kind: .float(FloatSemantics(exponentBits: 2, mantissaBits: 1, bias: 1, nonFinite: .finiteOnly)))
    /// OCP E8M0 scale format.
    public static let e8m0fnu = Format(name: "e8m0fnu", aliases: ["e8m0", "float8_e8m0fnu", "fp8-e8m0"],
        summary: "OCP MX E8M0 scale: unsigned powers of two 2^-127..2^127, no zero, NaN = 0xFF",
        kind: .float(FloatSemantics(exponentBits: 8, mantissaBits: 0, bias: 127, isSigned: false,
                                    nonFinite: .nanOnly, nanEncoding: .allOnes, hasZero: false)))

    /// ml_dtypes' unsigned E5M3 (new in ml_dtypes 0.7.0).
    public static let e5m3fnu = Format(name: "e5m3fnu", aliases: ["float8_e5m3fnu", "fp8-e5m3"],
        summary: "ml_dtypes E5M3 unsigned: no sign bit, subnormals, max 114688, NaN = 0xFF, no infinity",
        kind: .float(FloatSemantics(exponentBits: 5, mantissaBits: 3, bias: 15, isSigned: false,
                                    nonFinite: .nanOnly, nanEncoding: .allOnes)))

    // MARK: Codebooks

    /// bitsandbytes NormalFloat4.
    public static let nf4 = Format(name: "nf4", aliases: ["normalfloat4", "normal-float4"],
        summary: "bitsandbytes / QLoRA NormalFloat4: 16 normal-quantile levels in [-1, 1] (float32 table)",
        kind: .codebook(Codebook(levels: [
            -1.0, -0.6961928009986877, -0.5250730514526367, -0.39491748809814453,
            -0.28444138169288635, -0.18477343022823334, -0.09105003625154495, 0.0,
            0.07958029955625534, 0.16093020141124725, 0.24611230194568634, 0.33791524171829224,
            0.44070982933044434, 0.5626170039176941, 0.7229568362236023, 1.0,
        ])))
    /// bitsandbytes' own FP4 table.
    public static let bnbFP4 = Format(name: "bnb-fp4", aliases: ["bnbfp4", "bitsandbytes-fp4"],
        summary: "bitsandbytes FP4 table {0, 0.0625, 8, 12, 4, 6, 2, 3}/12 with a sign bit: NOT OCP E2M1 (other levels and code order)",
        kind: .codebook(Codebook(levels: [0, 0.0625, 8, 12, 4, 6, 2, 3, -0.0, -0.0625, -8, -12, -4, -6, -2, -3].map { Float($0) / 12 },
                                 hasSignBit: true)))

    // MARK: Integers

    /// Signed two's-complement integers of `bits` bits (2...32).
    public static func int(_ bits: Int) -> Format {
        let lo = -(Int64(1) << Int64(bits - 1)), hi = (Int64(1) << Int64(bits - 1)) - 1
        return Format(name: "int\(bits)", aliases: bits == 8 ? ["i8"] : bits == 4 ? ["i4"] : [],
                      summary: "signed \(bits)-bit integer, \(lo)...\(hi) (round, then clamp)",
                      kind: .integer(IntegerSemantics(bitWidth: bits, isSigned: true)))
    }
    /// Unsigned integers of `bits` bits (2...32).
    public static func uint(_ bits: Int) -> Format {
        let hi = (Int64(1) << Int64(bits)) - 1
        return Format(name: "uint\(bits)", aliases: bits == 8 ? ["u8"] : bits == 4 ? ["u4"] : [],
                      summary: "unsigned \(bits)-bit integer, 0...\(hi) (round, then clamp)",
                      kind: .integer(IntegerSemantics(bitWidth: bits, isSigned: false)))
    }

    /// Every named format in display order (integers of other widths are accepted as `intN` / `uintN`).
    public static let catalog: [Format] = [
        fp64, fp32, tf32, fp16, bf16,
        e4m3fn, e4m3, e4m3fnuz, e4m3b11fnuz, e5m2, e5m2fnuz, e3m4,
        e2m3fn, e3m2fn, e2m1fn, e8m0fnu, e5m3fnu,
        int(8), uint(8), int(4), uint(4), int(2), uint(2),
        nf4, bnbFP4,
    ]
}
