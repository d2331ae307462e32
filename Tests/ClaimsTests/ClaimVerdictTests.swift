import BigInt
import FormatCore
import Testing
@testable import Claims

/// Each claim of the catalogue, checked against arithmetic done here independently of the library
/// (powers of two as Doubles, block bytes over block values, llama.cpp's type counts for Q4_K_M).
@Suite struct ClaimVerdictTests {
    static let checks: [ClaimCheck] = (try? ClaimEvaluator.checkAll()) ?? []

    /// The check of `id`.
    func check(_ id: String) throws -> ClaimCheck {
        try #require(Self.checks.first { $0.record.id == id }, "claim \(id) did not check")
    }

    /// The figure `key` of `check` as an exact rational.
    func value(_ check: ClaimCheck, _ key: String) throws -> Rational {
        try #require(check.figure(key), "claim \(check.record.id) has no figure \(key)").value
    }

    /// `n / d` exactly.
    func r(_ n: Int, _ d: Int = 1) -> Rational { Rational(BigUInt(n), BigUInt(d)) }

    @Test("every claim of the catalogue checks, and there are at least the issue's nine")
    func allCheck() throws {
        let checks = try ClaimEvaluator.checkAll()
        #expect(checks.count == ClaimCatalog.records.count)
        #expect(checks.count >= 9)
        #expect(Set(checks.map(\.record.id)).count == checks.count)
    }

    @Test("FP16's smallest positive value is 6.1e-5: false, that is the smallest normal 2^-14; the smallest subnormal is 2^-24")
    func fp16Smallest() throws {
        let c = try check("fp16-smallest-positive")
        #expect(c.verdict == .incorrect)
        #expect(c.outcome.id == "normal")
        #expect(try value(c, "smallest_normal").nearestDouble == 0x1p-14)
        #expect(try value(c, "smallest_subnormal").nearestDouble == 0x1p-24)
        #expect(try value(c, "smallest_subnormal") == r(1, 1 << 24))
        #expect(try value(c, "gap") == r(1024))
        #expect(try value(c, "claimed") == r(61, 1_000_000))
        #expect(c.figure("smallest_subnormal")?.text(.en) == "2^-24 ≈5.96e-08")
    }

    @Test("E4M3 for gradients, E5M2 for weights: backwards (E5M2 32 binades against 18, E4M3 3 mantissa bits against 2)")
    func fp8Roles() throws {
        let c = try check("fp8-roles")
        #expect(c.verdict == .backwards)
        #expect(try value(c, "g_max") == r(448))
        #expect(try value(c, "w_max") == r(57344))
        #expect(try value(c, "g_min").nearestDouble == 0x1p-9)
        #expect(try value(c, "w_min").nearestDouble == 0x1p-16)
        // Binades from the smallest subnormal's to the largest value's: 2^-9...2^8 and 2^-16...2^15.
        #expect(try value(c, "g_binades") == r(8 - -9 + 1))
        #expect(try value(c, "w_binades") == r(15 - -16 + 1))
        #expect(try value(c, "g_mbits") == r(3))
        #expect(try value(c, "w_mbits") == r(2))
        #expect(try value(c, "g_eps") == r(1, 8))
        #expect(try value(c, "w_eps") == r(1, 4))
    }

    @Test("Q4_K_M is K-means: false, super-blocks of 256 in 144 bytes, 8 sub-blocks of 32 with 6-bit scales and mins, 16 even levels")
    func kMeans() throws {
        let c = try check("q4-k-m-k-means")
        #expect(c.verdict == .incorrect)
        #expect(try value(c, "block") == r(256))
        #expect(try value(c, "block_bytes") == r(2 + 2 + 12 + 128))
        #expect(try value(c, "sub_blocks") == r(8))
        #expect(try value(c, "sub_block") == r(32))
        #expect(try value(c, "scale_bits") == r(6))
        #expect(try value(c, "levels") == r(16))
        #expect(try value(c, "bpv") == r(144 * 8, 256))
    }

    @Test("Q4_K_M 8x smaller than FP32: false; on Llama-2-7B's shape llama.cpp's rules give 193 Q4_K, 33 Q6_K, 65 F32")
    func mixRatio() throws {
        let c = try check("q4-k-m-ratio")
        #expect(c.verdict == .incorrect)
        let (e, f, v, layers) = (4096, 11008, 32000, 32)
        let params = 2 * v * e + e + layers * (4 * e * e + 3 * e * f + 2 * e)
        #expect(params == 6_738_415_616)
        #expect(try value(c, "params") == r(params))
        // Q4_K_M: output, and attn_v and ffn_down in the 16 use_more_bits layers, in Q6_K; norms F32.
        let q6 = v * e + 16 * e * e + 16 * f * e
        let q4 = v * e + layers * (3 * e * e + 2 * e * f) + 16 * e * e + 16 * f * e
        let f32 = (2 * layers + 1) * e
        #expect(q4 + q6 + f32 == params)
        let bytes = q4 / 256 * 144 + q6 / 256 * 210 + f32 * 4
        #expect(try value(c, "size_gb") == r(bytes, 1_000_000_000))
        #expect(try value(c, "bpv") == r(bytes * 8, params))
        #expect(try value(c, "ratio") == r(32 * params, bytes * 8))
        #expect(abs(try value(c, "ratio").nearestDouble - 32 / (Double(bytes * 8) / Double(params))) < 1e-12)
        #expect(try value(c, "codec_ratio") == r(32 * 256, 144 * 8))
        #expect(try value(c, "tensors_1") == r(193))
        #expect(c.figure("tensors_1")?.label.en == "tensors in Q4_K")
        #expect(try value(c, "tensors_2") == r(65))
        #expect(try value(c, "tensors_3") == r(33))
    }

    @Test("Q8_0 halves FP16: partly, 8.5 = 34*8/32 bits per value against 16")
    func q8Halves() throws {
        let c = try check("q8-0-halves-fp16")
        #expect(c.verdict == .partly)
        #expect(try value(c, "bpv").nearestDouble == 34.0 * 8 / 32)
        #expect(try value(c, "ratio") == r(16 * 32, 34 * 8))
        #expect(try value(c, "share") == r(34 * 8, 32 * 16))
    }

    @Test("an FP8 671B model needs 404 GB: false, 671 GB (≈624.9 GiB) of weights")
    func fp8Size() throws {
        let c = try check("fp8-671b-size")
        #expect(c.verdict == .incorrect)
        #expect(try value(c, "weights_gb") == r(671))
        #expect(try value(c, "weights_gib") == r(671_000_000_000, 1 << 30))
        #expect(c.figure("weights_gib")?.text(.en) == "≈624.9 GiB")
        #expect(try value(c, "claimed_bpv") == r(404 * 8, 671))
    }

    @Test("QLoRA fits 70B on 24 GB: false, NF4 with double quantisation is 4.126953125 bits per value, 36.11 GB for 70B")
    func qlora() throws {
        let c = try check("qlora-70b-one-card")
        #expect(c.verdict == .incorrect)
        let blockBits: Double = 8 + 64 * 4, groupBits: Double = 32
        let bpv: Double = blockBits / 64 + groupBits / (256 * 64)
        #expect(try value(c, "bpv").nearestDouble == bpv)
        #expect(try value(c, "weights_gb").nearestDouble == 70e9 * bpv / 8 / 1e9)
        #expect(try value(c, "weights_gb") == r(7 * 4_126_953_125, 8 * 100_000_000))
        #expect(abs(try value(c, "max_params").nearestDouble - 24e9 * 8 / bpv) < 1)
    }

    @Test("double quantisation saves 0.5 GB: partly, 0.373046875 bits per parameter is 0.5 GB at ≈10.72B only")
    func doubleQuantSaving() throws {
        let c = try check("double-quantisation-saving")
        #expect(c.verdict == .partly)
        let saved = 4.5 - 4.126953125
        #expect(try value(c, "saving_bits").nearestDouble == saved)
        #expect(abs(try value(c, "break_even").nearestDouble - 0.5e9 * 8 / saved) < 1e-3)
        for (i, n) in [7e9, 13e9, 65e9, 70e9].enumerated() {
            #expect(try value(c, "saving_\(i + 1)").nearestDouble == n * saved / 8 / 1e9)
        }
    }

    @Test("BF16 has FP32's range: partly, same smallest normal 2^-126 and top binade, subnormals 2^-133 against 2^-149")
    func bf16Range() throws {
        let c = try check("bf16-range-fp32")
        #expect(c.verdict == .partly)
        #expect(try value(c, "format_normal").nearestDouble == 0x1p-126)
        #expect(try value(c, "reference_normal").nearestDouble == 0x1p-126)
        #expect(try value(c, "format_min").nearestDouble == 0x1p-133)
        #expect(try value(c, "reference_min").nearestDouble == 0x1p-149)
        #expect(try value(c, "reference_max").nearestDouble == Double(Float.greatestFiniteMagnitude))
        #expect(try value(c, "format_max").nearestDouble == (2 - 0x1p-7) * 0x1p127)
        #expect(try value(c, "format_top") == r(127))
    }
}
