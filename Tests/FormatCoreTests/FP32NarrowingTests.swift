import Testing
@testable import FormatCore

/// The SIMD kernel gives the scalar encoder's codes for every float target, mode and policy.
@Suite struct FP32NarrowingTests {
    static let targets: [Format] = Format.catalog.filter {
        if case .float(let s) = $0.kind { return s.mantissaBits <= 22 }
        return false
    }

    /// Float32 patterns that stress every edge: all exponents with boundary mantissas, plus random ones.
    static func inputs() -> [UInt32] {
        var values: [UInt32] = []
        for field in UInt32(0)...255 {
            for mantissa: UInt32 in [0, 1, 2, 0x1000, 0x1fff, 0x2000, 0x2001, 0x3fffff, 0x400000, 0x400001, 0x7fffff, 0x0fffff, 0x100000, 0x080000, 0x07ffff, 0x180000, 0x200000, 0x600000] {
                values.append(field << 23 | mantissa)
                values.append(0x8000_0000 | field << 23 | mantissa)
            }
        }
        var state: UInt64 = 0x1234_5678
        for _ in 0..<8_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            values.append(UInt32(truncatingIfNeeded: state >> 32))
        }
        return values.filter { !Float(bitPattern: $0).isNaN || $0 & 0x7fff_ffff == 0x7fc0_0000 }
    }

    /// Runs a bulk kernel operation over the inputs for every deterministic mode and policy, and
    /// records the inputs whose output `mismatch` rejects (it returns the failure text, or nil).
    static func checkEveryMode(
        _ format: Format,
        run: (FP32Narrowing, UnsafePointer<UInt32>, UnsafeMutablePointer<UInt32>, Int) -> Void,
        mismatch: (UInt32, UInt32, RoundingMode, OverflowPolicy) -> String?
    ) {
        let inputs = inputs()
        for mode in RoundingMode.allDeterministic {
            for policy in OverflowPolicy.allCases {
                let kernel = FP32Narrowing(to: format, rounding: mode, overflow: policy)!
                var output = [UInt32](repeating: 0, count: inputs.count)
                inputs.withUnsafeBufferPointer { i in
                    output.withUnsafeMutableBufferPointer { o in run(kernel, i.baseAddress!, o.baseAddress!, inputs.count) }
                }
                var failures = 0
                for (k, bits) in inputs.enumerated() {
                    if let text = mismatch(bits, output[k], mode, policy) {
                        failures += 1
                        if failures < 5 { Issue.record("\(format.name) \(mode) \(policy): 0x\(String(bits, radix: 16)) -> \(text)") }
                    }
                }
                #expect(failures == 0)
            }
        }
    }

    @Test("kernel equals scalar encode", arguments: targets)
    func kernelMatchesScalar(format: Format) {
        Self.checkEveryMode(format, run: { $0.convert($1, to: $2, count: $3) }) { bits, got, mode, policy in
            let want = format.encode(BinaryValue(Float(bitPattern: bits)), rounding: mode, overflow: policy).code
            return UInt64(got) == want ? nil : "0x\(String(got, radix: 16)), want 0x\(String(want, radix: 16))"
        }
    }
}

/// The SIMD round trip gives the decoded value of the scalar encoder's code.
@Suite struct FP32RoundTripTests {
    @Test("roundTrip equals decode(encode(x))", arguments: FP32NarrowingTests.targets)
    func roundTripMatchesScalar(format: Format) {
        FP32NarrowingTests.checkEveryMode(format, run: { $0.roundTrip($1, to: $2, count: $3) }) { bits, gotBits, mode, policy in
            let code = format.encode(BinaryValue(Float(bitPattern: bits)), rounding: mode, overflow: policy).code
            let want = Float(format.decode(code).value.doubleValue)
            let got = Float(bitPattern: gotBits)
            return got.bitPattern == want.bitPattern || (got.isNaN && want.isNaN) ? nil : "\(got), want \(want)"
        }
    }
}
