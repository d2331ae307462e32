import Testing
@testable import FormatCore

/// Quantise, dequantise and round trips: consistency, special values, partial blocks, reference rules.
@Suite struct BlocksRoundTripTests {
    static let specs = BlockFormat.examples + ["mxfp6-e3m2", "mxfp8-e5m2", "int2:32", "int8:64", "int8-asym:64", "uint2:16",
                                               "e4m3fn:128", "e3m2fn:32", "nf4:100", "nf4:row=100", "bnb-fp4:tensor",
                                               "nvfp4:32", "mxfp4:tensor", "int4-asym:tensor", "nf4:16+dq", "int8:32+dq"]

    @Test("roundTrip equals dequantize(quantize) bit for bit, in place too", arguments: specs)
    func consistent(spec: String) throws {
        let format = try BlockFormat.parse(spec)
        let x = BlocksTestData.awkward(64 * 9 * 3 + 37, seed: 11)
        let amax = x.reduce(Float(0)) { max($0, abs($1)) }
        let viaRoundTrip = BlocksTestData.roundTrip(format, x, tensorAmax: amax)
        let q = format.quantize(x, tensorAmax: amax)
        #expect(q.codes.count == x.count && q.count == x.count)
        #expect(q.blockCount == (format.blockSize == 0 ? 1 : (x.count + format.blockSize - 1) / format.blockSize))
        let viaCodes = format.dequantize(q)
        #expect(BlocksTestData.sameBits(viaRoundTrip, viaCodes))
        var inPlace = x
        inPlace.withUnsafeMutableBufferPointer { p in
            format.roundTrip(p.baseAddress!, p.baseAddress!, count: p.count, tensorAmax: amax)
        }
        #expect(BlocksTestData.sameBits(viaRoundTrip, inPlace))
        #expect(viaRoundTrip.allSatisfy { !$0.isNaN }, "finite input gave NaN")
        // Codes fit the element width.
        #expect(q.codes.allSatisfy { Int($0) < (1 << format.element.bitWidth) })
    }

    @Test("round trips that report block magnitudes: absmax and MX formats with a block size, the same values as without",
          arguments: specs)
    func blockMagnitudes(spec: String) throws {
        let format = try BlockFormat.parse(spec)
        var x = BlocksTestData.normal(1_000, seed: 11)
        x[3] = .nan
        x[130] = 0
        let amax = x.reduce(Float(0)) { $1.isFinite ? max($0, abs($1)) : $0 }
        let plain = BlocksTestData.roundTrip(format, x, tensorAmax: amax)
        var y = [Float](repeating: 0, count: x.count)
        var magnitudes = [Float](repeating: -1, count: x.count)
        let reported: Bool = x.withUnsafeBufferPointer { input in
            y.withUnsafeMutableBufferPointer { output in
                magnitudes.withUnsafeMutableBufferPointer { m in
                    format.roundTrip(input.baseAddress!, output.baseAddress!, count: x.count, tensorAmax: amax,
                                     blockMagnitudes: m.baseAddress!)
                }
            }
        }
        #expect(BlocksTestData.sameBits(y, plain), "\(spec): values differ")
        #expect(reported == ((format.scaleRule == .absmax || format.scaleRule == .sharedExponent) && format.blockSize > 0), "\(spec)")
        if reported {
            let size = format.blockSize
            for (b, start) in stride(from: 0, to: x.count, by: size).enumerated() {
                let block = x[start..<min(start + size, x.count)]
                let finite = block.allSatisfy { $0.isFinite }
                let want = block.reduce(Float(0)) { max($0, abs($1)) }
                #expect(finite ? magnitudes[b] == want : magnitudes[b].isNaN, "\(spec) block \(b)")
            }
        } else {
            #expect(magnitudes.allSatisfy { $0 == -1 }, "\(spec): wrote magnitudes")
        }
    }

    @Test("the tensor amax is the largest finite magnitude, in lanes and in the scalar tail")
    func largestFiniteMagnitude() {
        var x = BlocksTestData.normal(16 * 9 + 7, seed: 5)
        // Non-finite values in lanes and tail are skipped; the largest finite one is in the tail.
        x[2] = .infinity; x[40] = -.nan; x[100] = -.infinity; x[150] = .nan; x[148] = -3e38
        let want = x.filter(\.isFinite).map(abs).max()!
        #expect(BlockFormat.largestFiniteMagnitude(x, count: x.count) == want)
        // Lanes alone, and nothing finite at all.
        let lanes = Array(x[0..<144])
        #expect(BlockFormat.largestFiniteMagnitude(lanes, count: lanes.count) == lanes.filter(\.isFinite).map(abs).max())
        #expect(BlockFormat.largestFiniteMagnitude([.infinity, -.nan, .nan], count: 3) == 0)
    }

    @Test("a NaN or an infinity makes its block NaN and leaves the others alone",
          arguments: ["mxfp4", "mxfp8-e5m2", "nvfp4", "nf4:64", "bnb-fp4:64", "int4:64", "int4-asym:64", "e2m1fn:64", "nf4:64+dq"])
    func specials(spec: String) throws {
        let format = try BlockFormat.parse(spec)
        let size = format.blockSize
        var x = BlocksTestData.normal(size * 4, seed: 3)
        x[size + 3] = .nan
        x[2 * size + 1] = -.infinity
        let clean = BlocksTestData.roundTrip(format, BlocksTestData.normal(size * 4, seed: 3), tensorAmax: 5)
        let y = BlocksTestData.roundTrip(format, x, tensorAmax: 5)
        #expect(y[size..<(3 * size)].allSatisfy { $0.isNaN })
        if !format.isDoubleQuantized {
            #expect(BlocksTestData.sameBits(Array(y[0..<size]), Array(clean[0..<size])))
            #expect(BlocksTestData.sameBits(Array(y[(3 * size)...]), Array(clean[(3 * size)...])))
        } else {
            #expect(y[0..<size].allSatisfy { $0.isNaN }, "the group of scales holding the NaN is NaN")
        }
        let q = format.quantize(x, tensorAmax: 5)
        switch format.scaleRule {
        case .sharedExponent: #expect(q.scaleCodes[1] == 0xFF && q.scaleCodes[2] == 0xFF && q.scaleCodes[0] != 0xFF)
        case .twoLevel: #expect(q.scaleCodes[1] == 0x7F && q.scaleCodes[2] == 0x7F && q.scaleCodes[0] != 0x7F)
        case .absmax, .minMax: #expect(q.scales[1].isNaN && q.scales[2].isNaN && (format.isDoubleQuantized || !q.scales[0].isNaN))
        }
        #expect(q.codes[size..<(3 * size)].allSatisfy { $0 == 0 })
    }

    @Test("zeros stay zeros (signed), with scale code 0 for MX and absmax 0",
          arguments: ["mxfp4", "mxfp8-e4m3", "nvfp4", "nf4:64", "bnb-fp4:64", "int8:64", "int4-asym:64", "e2m1fn:64"])
    func zeros(spec: String) throws {
        let format = try BlockFormat.parse(spec)
        let x: [Float] = (0..<128).map { $0 % 3 == 0 ? -0.0 : 0 }
        let y = BlocksTestData.roundTrip(format, x, tensorAmax: 0)
        #expect(y.allSatisfy { $0 == 0 })
        let q = format.quantize(x)
        if format.scaleRule == .sharedExponent { #expect(q.scaleCodes.allSatisfy { $0 == 0 }) }
        if format.scaleRule == .absmax { #expect(q.scales.allSatisfy { $0 == 0 }) }
        if format.scaleRule == .sharedExponent || format.element == .e2m1fn {
            #expect(zip(x, y).allSatisfy { $0.sign == $1.sign }, "signed zeros keep their sign")
        }
    }

    @Test("a per-tensor format is one block over the call")
    func perTensor() throws {
        let x = BlocksTestData.normal(1000, seed: 8)
        for (a, b) in [("nf4:tensor", "nf4:1000"), ("int8:tensor", "int8:row=1000"), ("mxfp4:tensor", "mxfp4:1000")] {
            let whole = try BlockFormat.parse(a), block = try BlockFormat.parse(b)
            #expect(BlocksTestData.sameBits(BlocksTestData.roundTrip(whole, x), BlocksTestData.roundTrip(block, x)))
            #expect(whole.quantize(x).blockCount == 1)
        }
    }

    @Test("absmax formats follow their float32 rule: y = x * (max / absmax), value * (absmax / max)")
    func absmaxReference() throws {
        let x = BlocksTestData.awkward(64 * 9, seed: 21).map { $0.isSubnormal ? 0 : $0 }
        for (spec, element) in [("int4:64", Format.int(4)), ("int8:64", Format.int(8)), ("e2m1fn:64", Format.e2m1fn), ("e4m3fn:64", Format.e4m3fn)] {
            let format = try BlockFormat.parse(spec)
            let q = format.quantize(x)
            let y = format.dequantize(q)
            let maxValue: Float = switch element.kind {
            case .integer(let s): Float(s.maxValue)
            default: Float(element.decode(element.floatSemantics!.maxFiniteMagnitudeCode).value.doubleValue)
            }
            for b in 0..<q.blockCount {
                let range = q.range(ofBlock: b)
                let amax = x[range].map { abs($0) }.max()!
                #expect(q.scales[b] == amax)
                guard amax > 0, (maxValue / amax).isFinite else { continue }
                for i in range {
                    let scaled = x[i] * (maxValue / amax)
                    let code: UInt64, value: Float
                    if case .integer = element.kind {
                        let r = min(max(scaled.rounded(.toNearestOrEven), -maxValue), maxValue) + 0
                        code = element.encode(Double(r)).code
                        value = r
                    } else {
                        code = element.encode(BinaryValue(scaled), rounding: .nearestEven, overflow: .saturate).code
                        value = Float(element.decode(code).value.doubleValue)
                    }
                    #expect(UInt64(q.codes[i]) == code, "\(spec) x \(x[i]) amax \(amax)")
                    #expect(y[i].bitPattern == (value * (amax / maxValue)).bitPattern, "\(spec) x \(x[i])")
                }
            }
        }
    }

    @Test("NVFP4 with a wrong tensor amax saturates (or zeroes) consistently", arguments: [Float(0), 1e-3, 1, 1e3, 3e38, .infinity, .nan])
    func nvfp4TensorAmax(tensorAmax: Float) throws {
        let format = try BlockFormat.parse("nvfp4")
        let x = BlocksTestData.normal(16 * 40 + 5, seed: 61)
        let y = BlocksTestData.roundTrip(format, x, tensorAmax: tensorAmax)
        let q = format.quantize(x, tensorAmax: tensorAmax)
        #expect(BlocksTestData.sameBits(y, format.dequantize(q)))
        if !tensorAmax.isFinite {
            #expect(y.allSatisfy { $0.isNaN } && q.scaleCodes.allSatisfy { $0 == 0x7F })
        } else if tensorAmax == 0 {
            #expect(y.allSatisfy { $0 == 0 })
        } else {
            let st = tensorAmax / 2688
            #expect(y.allSatisfy { abs($0) <= (6 * 448) * st * 1.0001 }, "values stay within 6 · 448 · s_t")
        }
    }

    @Test("NVFP4 follows its float32 rule step by step")
    func nvfp4Reference() throws {
        let format = try BlockFormat.parse("nvfp4")
        let x = BlocksTestData.awkward(16 * 200, seed: 31).map { $0.isSubnormal ? 0 : $0 * 1e-20 }
        let amax = x.map { abs($0) }.max()!
        let q = format.quantize(x)
        let y = format.dequantize(q)
        let st = amax / (448 * 6)
        #expect(q.tensorScale == st)
        for b in 0..<q.blockCount {
            let range = q.range(ofBlock: b)
            let blockAmax = x[range].map { abs($0) }.max()!
            let scaleCode = Format.e4m3fn.encode(BinaryValue((blockAmax / 6) / st), rounding: .nearestEven, overflow: .saturate).code
            #expect(UInt64(q.scaleCodes[b]) == scaleCode)
            let s = Float(Format.e4m3fn.decode(scaleCode).value.doubleValue)
            let d = s * st
            for i in range {
                let code = Format.e2m1fn.encode(BinaryValue(d == 0 ? x[i] * 0 : x[i] / d), rounding: .nearestEven, overflow: .saturate).code
                #expect(UInt64(q.codes[i]) == code, "x \(x[i])")
                let value = Float(Format.e2m1fn.decode(code).value.doubleValue)
                #expect(y[i].bitPattern == ((value * s) * st).bitPattern)
            }
        }
    }

    @Test("asymmetric integers: zero point, step, clamp")
    func minMaxReference() throws {
        let format = try BlockFormat.parse("int4-asym:32")
        let x = BlocksTestData.normal(32 * 50, seed: 41).enumerated().map { $0.offset / 32 % 3 == 0 ? abs($0.element) + 1 : $0.element }
        let q = format.quantize(x)
        let y = format.dequantize(q)
        for b in 0..<q.blockCount {
            let range = q.range(ofBlock: b)
            let lo = min(x[range].min()!, 0), hi = max(x[range].max()!, 0)
            let scale = (hi - lo) / 15
            #expect(q.scales[b] == scale)
            let inverse = 1 / scale
            let zp = min(max((-lo * inverse).rounded(.toNearestOrEven), 0), 15)
            #expect(Float(q.zeroPoints[b]) == zp)
            for i in range {
                let code = min(max((x[i] * inverse).rounded(.toNearestOrEven) + zp, 0), 15)
                #expect(Float(q.codes[i]) == code)
                #expect(y[i] == (code - zp) * scale)
            }
        }
    }

    @Test("double quantisation: codes, groups, mean, and round trips dequantised with the double-quantised absmax")
    func doubleQuantisation() throws {
        let map = DoubleQuantizedScales.dynamicMap
        #expect(map.count == 256 && Set(map).count == 256 && map == map.sorted())
        #expect(map.contains(0) && map.last == 1 && map.first! > -1 && map.first! < -0.99)
        let format = try BlockFormat.parse("nf4:64+dq"), plain = try BlockFormat.parse("nf4:64")
        let x = BlocksTestData.normal(64 * 600, seed: 51)
        let q = format.quantize(x)
        let dq = try #require(q.doubleQuantization)
        #expect(dq.codes.count == 600 && dq.groupAbsmax.count == 3)
        let absmax = plain.quantize(x).scales
        #expect(abs(Double(dq.offset) - absmax.reduce(0.0) { $0 + Double($1) } / 600) < 1e-6)
        #expect(q.scales == dq.dequantized())
        for (a, d) in zip(absmax, q.scales) { #expect(abs(a - d) <= 0.01 * a) }
        // Codes are those of plain NF4 (quantised with the true absmax); values use the dequantised absmax.
        #expect(q.codes == plain.quantize(x).codes)
        let y = BlocksTestData.roundTrip(format, x)
        for i in x.indices { #expect(y[i].bitPattern == (NF4Kernel.level(Int(q.codes[i])) * q.scales[i / 64]).bitPattern) }
        #expect(abs(BlocksTestData.sqnr(x, y) - BlocksTestData.sqnr(x, BlocksTestData.roundTrip(plain, x))) < 0.05)
    }

    @Test("4-bit codes pack two per byte, first value in the low nibble (or the high one, bitsandbytes' order)")
    func nibbles() throws {
        let codes: [UInt8] = [1, 2, 3, 4, 15, 0, 7]
        let packed = QuantizedBlocks.packNibbles(codes)
        #expect(packed == [0x21, 0x43, 0x0F, 0x07])
        #expect(QuantizedBlocks.unpackNibbles(packed, count: codes.count) == codes)
        let high = QuantizedBlocks.packNibbles(codes, highNibbleFirst: true)
        #expect(high == [0x12, 0x34, 0xF0, 0x70])
        #expect(QuantizedBlocks.unpackNibbles(high, count: codes.count, highNibbleFirst: true) == codes)
        let q = try BlockFormat.parse("nf4:64").quantize(BlocksTestData.normal(130, seed: 1))
        #expect(q.packedCodes.count == 65)
        #expect(QuantizedBlocks.unpackNibbles(q.packedCodes, count: 130) == q.codes)
        let wide = try BlockFormat.parse("int8:64").quantize(BlocksTestData.normal(10, seed: 1))
        #expect(wide.packedCodes == wide.codes)
    }
}
