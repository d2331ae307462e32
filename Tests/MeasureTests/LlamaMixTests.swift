import Measure
import Testing

@Suite("LlamaMix")
struct LlamaMixTests {
    @Test("names parse in any case with spaces around; Q3_K, Q4_K and Q5_K are the _M mixes as in llama-quantize")
    func names() throws {
        #expect(try LlamaMix.parse("q4_k_m") == .q4_k_m)
        #expect(try LlamaMix.parse(" Q2_K_S\t") == .q2_k_s)
        #expect(try LlamaMix.parse("q3_k") == .q3_k_m)
        #expect(try LlamaMix.parse("Q4_K") == .q4_k_m)
        #expect(try LlamaMix.parse("q5_k") == .q5_k_m)
        #expect(try LlamaMix.parse("bf16") == .bf16)
        for mix in LlamaMix.allCases { #expect(try LlamaMix.parse(mix.name.lowercased()) == mix) }
        #expect(LlamaMix.acceptedNames.count == 21)
    }

    @Test("an unknown or empty name is an error that lists every accepted name")
    func unknown() {
        for bad in ["q4_k_x", "", "iq2_xs", "q4_k_m:32"] {
            do { _ = try LlamaMix.parse(bad); Issue.record("accepted '\(bad)'") } catch {
                #expect(error.description.contains(bad.isEmpty ? "empty mix name" : "unknown mix '\(bad)'"))
                for name in LlamaMix.acceptedNames { #expect(error.description.contains(name.lowercased())) }
            }
        }
    }

    @Test("default types follow llama_ftype_get_default_type; target names are ones the target parser knows")
    func defaults() throws {
        #expect(LlamaMix.q3_k_l.defaultType == .q3_k)
        #expect(LlamaMix.q2_k_s.defaultType == .q2_k)
        #expect(LlamaMix.q5_k_s.defaultType == .q5_k)
        #expect(LlamaMix.f32.defaultType == .f32)
        for type in MixType.allCases {
            _ = try TargetParser.parse(type.targetName)
            #expect(MixType(ggmlName: type.targetName.replacingFP()) == type)
        }
        #expect(MixType.q6_k.targetName == "q6_k" && MixType.f16.targetName == "fp16" && MixType.bf16.targetName == "bf16")
        #expect(MixType.q4_k.blockSize == 256 && MixType.q5_1.blockSize == 32 && !MixType.bf16.isQuantized)
    }
}

extension String {
    /// `fp16` as ggml spells it (`f16`).
    fileprivate func replacingFP() -> String { hasPrefix("fp") ? "f" + dropFirst(2) : self }
}

@Suite("MixType sizes")
struct MixTypeSizeTests {
    @Test("bytes per tensor follow ggml's type sizes (blck_size, type_size) through the codec registry")
    func ggmlSizes() {
        let perBlock: [MixType: Int] = [.f32: 4, .f16: 2, .bf16: 2, .q4_0: 18, .q4_1: 20, .q5_0: 22, .q5_1: 24, .q8_0: 34,
                                        .q2_k: 84, .q3_k: 110, .q4_k: 144, .q5_k: 176, .q6_k: 210]
        for type in MixType.allCases {
            #expect(type.byteCount(elementCount: type.blockSize * 10) == perBlock[type].map { $0 * 10 }, "\(type)")
            #expect(type.byteCount(elementCount: 0) == 0)
            #expect(type.byteCount(elementCount: -1) == nil)
        }
        #expect(MixType.q4_k.byteCount(elementCount: 4096 * 11008) == 4096 * 11008 / 256 * 144)
        #expect(MixType.q4_k.byteCount(elementCount: 896) == nil)
        #expect(MixType.f32.byteCount(elementCount: Int.max) == nil)
    }
}
