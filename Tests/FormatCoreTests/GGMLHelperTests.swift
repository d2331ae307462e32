import Testing
@testable import FormatCore

/// The GGUF codecs' float helpers: ggml's fp16 conversions, nearest_int, glibc's floor(log2f).
@Suite struct GGMLHelperTests {
    @Test("fp32 to fp16 matches every row of convert/fp32_to_fp16.csv")
    func halfFromFloat() throws {
        let rows = try VectorFiles.rows("convert/fp32_to_fp16.csv")
        #expect(rows.count > 50_000)
        var failures = 0
        for row in rows {
            let input = Float(bitPattern: UInt32(VectorFiles.hex(row[0])))
            let want = UInt16(VectorFiles.hex(row[1]))
            if GGMLHalf.bits(input) != want {
                failures += 1
                if failures <= 5 { Issue.record("fp16(\(String(input.bitPattern, radix: 16))) = \(String(GGMLHalf.bits(input), radix: 16)), want \(String(want, radix: 16))") }
            }
        }
        #expect(failures == 0)
        #expect(GGMLHalf.bits(-.nan) == 0xFE00 && GGMLHalf.bits(Float(bitPattern: 0x7F80_0001)) == 0x7E00)
    }

    #if !(os(macOS) && arch(x86_64))   // Float16 is missing on Intel macOS only
    @Test("fp16 to fp32 is exact for all 65536 codes (Float16 as the check), NaNs quiet with their payload")
    func floatFromHalf() {
        for h in 0...UInt16.max {
            let got = GGMLHalf.value(h)
            let want = Float(Float16(bitPattern: h))
            if want.isNaN {
                let payload = UInt32(h & 0x3FF) << 13
                #expect(got.bitPattern == (UInt32(h & 0x8000) << 16) | 0x7FC0_0000 | payload, "fp16 \(h)")
            } else {
                #expect(got.bitPattern == want.bitPattern, "fp16 \(h)")
            }
        }
    }
    #endif

    @Test("nearest_int rounds half to even for |x| < 2^22 and reads NaN as 0")
    func nearestInt() {
        for x: Float in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997, 3.7, -3.7, 4194303, -4194303, 1e-30] {
            #expect(GGMLRounding.nearestInt(x) == Int(x.rounded(.toNearestOrEven)), "\(x)")
        }
        #expect(GGMLRounding.nearestInt(.nan) == 0)
        #expect(GGMLRounding.truncate(.nan) == Int32.min && GGMLRounding.truncate(3e9) == Int32.min)
        #expect(GGMLRounding.truncateToUInt8(-24) == 232 && GGMLRounding.truncateToInt8(16.99) == 16)
    }

    @Test("floor(log2f(x)) as glibc gives it just below powers of two (values from glibc's log2f)")
    func floorLog2() {
        #expect(GGMLLog2.floorLog2f(Float(sign: .plus, exponent: 3, significand: 0x1.fffffep0)) == 4)   // log2f gives 4.0
        #expect(GGMLLog2.floorLog2f(Float(sign: .plus, exponent: 3, significand: 0x1.fffffcp0)) == 3)
        #expect(GGMLLog2.floorLog2f(0x1.fffffep0) == 0)
        #expect(GGMLLog2.floorLog2f(0x1.fffffep-1) == -1)
        #expect(GGMLLog2.floorLog2f(0x1.fffffep-3) == -2)                                             // log2f gives -2.0
        #expect(GGMLLog2.floorLog2f(Float(sign: .plus, exponent: 100, significand: 0x1.fffffep0)) == 101)
        #expect(GGMLLog2.floorLog2f(1) == 0 && GGMLLog2.floorLog2f(0.75) == -1)
        #expect(GGMLLog2.floorLog2f(.leastNonzeroMagnitude) == -149 && GGMLLog2.floorLog2f(.infinity) == .infinity)
    }
}
