import FormatCore
import Sweep
import Testing

@Suite("ScalarRoundTrip of formats that hold every float32")
struct ScalarIdentityTests {
    @Test("fp32 and fp64 round trips equal the exact path for every kind of float32 (NaN stays NaN), under every rounding",
          arguments: [Format.fp32, Format.fp64])
    func identity(format: Format) {
        var x: [UInt32] = [0, 0x8000_0000, 1, 0x8000_0001, 0x007F_FFFF, 0x0080_0000, 0x3F80_0000, 0x7F7F_FFFF, 0xFF7F_FFFF,
                           0x7F80_0000, 0xFF80_0000, 0x7FC0_0000, 0xFFC0_0001, 0x7F80_0001]
        var state: UInt32 = 0x1234_5678
        for _ in 0..<2000 { state = state &* 1_664_525 &+ 1_013_904_223; x.append(state) }
        for rounding in [RoundingMode.nearestEven, .towardZero, .towardPositive, .towardNegative, .stochastic(seed: 5)] {
            let t = ScalarRoundTrip(format, rounding: rounding)
            var y = [UInt32](repeating: 0xDEAD_BEEF, count: x.count)
            t.roundTrip(x, &y, count: x.count, firstElement: 0, tensorAmax: 0)
            for k in x.indices {
                let v = Float(bitPattern: x[k])
                let code = format.encode(BinaryValue(v), rounding: rounding, overflow: .formatDefault, element: 0).code
                let exact = Float(format.decode(code).value.doubleValue)
                if v.isNaN { #expect(Float(bitPattern: y[k]).isNaN) } else { #expect(y[k] == exact.bitPattern, "\(format.name) \(x[k])") }
            }
        }
    }
}
