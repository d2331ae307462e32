import Foundation
import Testing
@testable import FormatCore
@testable import Sweep

/// The traits the definition reads, against facts found here another way (the test reference used to
/// compute them itself).
@Suite struct TargetTraitsTests {
    @Test("scalar targets: max, saturation threshold and smallest normal follow the format's facts",
          arguments: ["bf16", "fp16", "tf32", "e4m3fn", "e5m2", "e4m3fnuz", "e3m2fn", "e2m1fn", "e8m0fnu", "int8", "uint8", "nf4"])
    func scalarTraits(name: String) throws {
        let format = try Format.named(name)
        let traits = ScalarRoundTrip(format).traits
        // The largest code whose value is finite, by walking every code.
        var maxValue = 0.0
        for code in 0...format.codeMask {
            let v = format.decode(code).value.doubleValue
            if v.isFinite && v > maxValue { maxValue = v }
        }
        #expect(traits.maxFiniteBits == Float(maxValue).bitPattern)
        // The saturation threshold: the largest float32 not above max + ulp(max)/2.
        let threshold = try #require(traits.saturationThresholdBits.map { Double(Float(bitPattern: $0)) })
        let ulp = try #require(format.ulp(at: format.encode(BinaryValue(Float(maxValue))).code)?.doubleValue)
        #expect(threshold <= maxValue + ulp / 2 && Double(Float(threshold).nextUp) > maxValue + ulp / 2)
        if case .float(let s) = format.kind, s.hasSubnormals {
            #expect(traits.minNormalBits == Float(sign: .plus, exponent: s.minExponent, significand: 1).bitPattern)
        } else {
            #expect(traits.minNormalBits == nil)
        }
        #expect(traits.bitsPerValue == Double(format.bitWidth) && traits.alignment == 1)
    }

    @Test("block targets: chunk alignment is the block size, the ULP model is per block")
    func blockTraits() throws {
        for (spec, size) in [("nf4:17", 17), ("int8:row=1000", 1000), ("mxfp4", 32), ("nvfp4", 16)] {
            let traits = BlockRoundTrip(try BlockFormat.parse(spec)).traits
            #expect(traits.alignment == size, "\(spec)")
            guard case .perBlock(let s, _) = traits.ulpModel else { Issue.record("\(spec): not per block"); continue }
            #expect(s == size)
            #expect(traits.needsTensorAmax == (spec == "nvfp4"))
        }
    }
}
