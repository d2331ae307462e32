import Testing
import FormatCore

/// Defects of issue 13 in the format core: each test failed before its fix.
@Suite struct TrustCoreTests {
    @Test("NaN into FP6/FP4: -0 for a NaN with the sign clear, +0 with it set (ml_dtypes), still invalid")
    func nanIntoFormatsWithoutNaN() {
        for f in [Format.e2m1fn, .e2m3fn, .e3m2fn] {
            let s = f.floatSemantics!
            let plus = f.encode(ExactValue.nan()), minus = f.encode(ExactValue.nan(negative: true))
            #expect(plus.code == s.signMask && plus.status.contains(.invalid), "\(f.name)")
            #expect(minus.code == 0 && minus.status.contains(.invalid), "\(f.name)")
            #expect(f.encode(Double.nan).code == s.signMask)
            #expect(f.encode(-Double.nan).code == 0)
            let k = FP32Narrowing(to: f)!
            #expect(UInt64(k.convert(0x7fc0_0000)) == s.signMask && k.convert(0xffc0_0000) == 0)
        }
    }

    @Test("scalar nf4 decides ties against bitsandbytes' float32 midpoints, as the nf4:N block path")
    func nf4Float32Midpoints() throws {
        #expect(Format.nf4.encode(-0.8480963706970215).code == 0)
        #expect(Format.nf4.encode(ExactValue(-0.8480963706970215)).code == 0)
        // Every float32 midpoint and its float neighbours: the scalar code is the number of float32
        // midpoints strictly below the value (the block path's definition).
        let c = try #require({ if case .codebook(let c) = Format.nf4.kind { return c } else { return nil } }())
        let mids = (0..<15).map { c.float32Midpoint(sortedIndex: $0) }
        for m in mids {
            for x in [m, m.nextUp, m.nextDown] {
                let want = UInt64(mids.filter { $0 < x }.count)
                #expect(Format.nf4.encode(Double(x)).code == want, "\(x)")
            }
        }
    }

    @Test("nf4 of a tiny value is an underflow to 0, as in every other format")
    func nf4Underflow() {
        let c = Format.nf4.encode(1e-8)
        #expect(c.code == 7 && c.status.contains(.underflow) && c.status.description == "underflow→0")
    }

    @Test("E8M0 below its smallest value says so, not 'underflow→0'")
    func e8m0UnderflowLabel() {
        #expect(Format.e8m0fnu.encode(1e-45).status.description == "underflow→smallest")
    }

    @Test("storage words: bits outside the code are refused (tf32's 13 low bits, high bits of small formats)")
    func storageWords() {
        #expect(Format.tf32.code(fromStorage: 0x3f80_0000) == 0x1fc00)
        #expect(Format.tf32.code(fromStorage: 0x3f80_0001) == nil)
        #expect(Format.tf32.code(fromStorage: 0x3f80_1000) == nil)
        #expect(Format.e2m1fn.code(fromStorage: 0x0f) == 0x0f)
        #expect(Format.e2m1fn.code(fromStorage: 0x1f) == nil)
        #expect(Format.fp32.code(fromStorage: 0xffff_ffff) == 0xffff_ffff)
    }

    @Test("a fraction has one slash")
    func oneSlash() {
        #expect(throws: ValueParseError.self) { try ValueParser.parse("1/3/5") }
        #expect((try? ValueParser.parse("1/3")) != nil)
    }

    @Test("40,001 digits are read; a refused monster is quoted as a short excerpt")
    func longDecimals() throws {
        let long = "0." + String(repeating: "3", count: 40_001)
        let v = try ValueParser.parse(long)
        #expect(Format.fp32.encode(v.value).code == UInt64(Float(1.0 / 3.0).bitPattern))
        do {
            _ = try ValueParser.parse(String(repeating: "7", count: 200_000) + "x")
            Issue.record("accepted")
        } catch {
            #expect(error.description.count < 1_000)
            #expect(error.description.contains("200001 characters"))
        }
    }
}
