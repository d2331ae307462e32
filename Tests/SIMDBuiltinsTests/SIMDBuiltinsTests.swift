import Testing
import _SIMDBuiltins

/// Each lane operation equals its scalar definition, lane by lane, on edge values and a pseudo-random sample.
@Suite struct SIMDBuiltinsTests {
    /// Edge patterns, then a deterministic pseudo-random spread.
    static let words: [UInt32] = {
        var values: [UInt32] = [0, 1, 2, 9, 31, 32, 0x7f, 0x80, 0x7fff, 0x8000, 0x7f_ffff, 0x80_0000,
                                0x7f7f_ffff, 0x7f80_0000, 0x7fff_ffff, 0x8000_0000, 0x8000_0001, 0xffff_fffe, 0xffff_ffff]
        var state: UInt64 = 0x9e37_79b9_7f4a_7c15
        while values.count < 16 * 64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            values.append(UInt32(truncatingIfNeeded: state >> 33) >> UInt32(state & 31))
        }
        return values
    }()

    static func vectors() -> [SIMD16<UInt32>] {
        stride(from: 0, to: words.count, by: 16).map { k in
            var v = SIMD16<UInt32>()
            for j in 0..<16 { v[j] = words[k + j] }
            return v
        }
    }

    @Test func integerLanesMatchScalars() {
        let all = Self.vectors()
        for (a, b) in zip(all, all.dropFirst() + all.prefix(1)) {
            let sa = unsafeBitCast(a, to: SIMD16<Int32>.self), sb = unsafeBitCast(b, to: SIMD16<Int32>.self)
            let maxU = SIMDBuiltins.max(a, b), minU = SIMDBuiltins.min(a, b), maxS = SIMDBuiltins.max(sa, sb)
            let lz = SIMDBuiltins.leadingZeros(a), magnitude = SIMDBuiltins.magnitude(sa)
            let shifted = SIMDBuiltins.shiftLeft(a, by: b & 31)
            // Counts 0...63 (half of them out of range), and any count at all.
            let shiftedOrZero = SIMDBuiltins.shiftLeftOrZero(a, by: b & 63), anyCount = SIMDBuiltins.shiftLeftOrZero(a, by: b)
            var zeros = 0, greater = 0
            for j in 0..<16 {
                #expect(maxU[j] == Swift.max(a[j], b[j]))
                #expect(minU[j] == Swift.min(a[j], b[j]))
                #expect(maxS[j] == Swift.max(sa[j], sb[j]))
                #expect(lz[j] == UInt32(a[j].leadingZeroBitCount))
                #expect(magnitude[j] == sa[j].magnitude)
                #expect(shifted[j] == a[j] << (b[j] & 31))
                #expect(shiftedOrZero[j] == (b[j] & 63 < 32 ? a[j] << (b[j] & 63) : 0))
                #expect(anyCount[j] == (b[j] < 32 ? a[j] << b[j] : 0))
                if a[j] == 0 { zeros += 1 }
                if sa[j] > 7 { greater += 1 }
            }
            #expect(SIMDBuiltins.zeroCount(a) == zeros)
            #expect(SIMDBuiltins.countGreater(sa, than: 7) == greater)
            #expect(SIMDBuiltins.maxElement(a) == a.max())
        }
        // Lanes all zero, and none.
        #expect(SIMDBuiltins.zeroCount(SIMD16<UInt32>()) == 16)
        #expect(SIMDBuiltins.zeroCount(SIMD16<UInt32>(repeating: 5)) == 0)
    }

    @Test func permuteLooksUpLowFourBitsOfEachIndex() {
        let all = Self.vectors()
        for (t, index) in zip(all, all.dropFirst() + all.prefix(1)) {
            let table = unsafeBitCast(t & 0x7f7f_ffff, to: SIMD16<Float>.self)
            let looked = SIMDBuiltins.permute(table, index)
            for j in 0..<16 { #expect(looked[j] == table[Int(index[j] & 15)]) }
        }
        for (t, index) in zip(all, all.reversed()) {
            let looked = SIMDBuiltins.permute(t, index)
            for j in 0..<16 { #expect(looked[j] == t[Int(index[j] & 15)]) }
        }
        let identity = SIMD16<UInt32>(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
        let table = SIMD16<Float>(repeating: 0) + SIMD16<Float>(identity.indices.map { Float($0) * 0.5 })
        #expect(SIMDBuiltins.permute(table, identity) == table)
        #expect(SIMDBuiltins.permute(table, 15 &- identity) == SIMD16<Float>(identity.indices.reversed().map { Float($0) * 0.5 }))
    }

    @Test func truncationTowardZeroMatchesScalars() {
        var samples: [Float] = [0, -0.0, 0.5, -0.5, 0.99999994, -0.99999994, 1, -1, 31.999998, 32, 1e9, -1e9, 2147483520, -2147483648]
        for v in Self.vectors() { for j in 0..<16 { samples.append(Float(Int32(bitPattern: v[j])) / Float(1 << (v[j] & 15))) } }
        samples = samples.filter { $0 >= -2147483648 && $0 <= 2147483520 } // inside Int32's range
        for start in stride(from: 0, to: samples.count - 15, by: 16) {
            var lanes = SIMD16<Float>()
            for j in 0..<16 { lanes[j] = samples[start + j] }
            let t = SIMDBuiltins.truncated(lanes)
            for j in 0..<16 { #expect(t[j] == Int32(lanes[j].rounded(.towardZero)), "\(lanes[j])") }
        }
    }

    @Test func conversionsAndWideLanesMatchScalars() {
        for v in Self.vectors() {
            let f = SIMDBuiltins.float(v)
            let d0 = SIMDBuiltins.double(v.lowHalf), d1 = SIMDBuiltins.double(v.highHalf)
            var wideLow = SIMD8<UInt64>(), wideHigh = SIMD8<UInt64>()
            for j in 0..<8 {
                wideLow[j] = UInt64(v[j]) << 32 | UInt64(v[15 - j])
                wideHigh[j] = UInt64(v[8 + j]) << 32 | UInt64(v[j])
            }
            let narrow = SIMDBuiltins.truncate(wideLow, wideHigh)
            for j in 0..<16 {
                #expect(f[j] == Float(v[j]))
                #expect(narrow[j] == (j < 8 ? v[15 - j] : v[j - 8]))
            }
            for j in 0..<8 {
                #expect(d0[j] == Double(v[j]))
                #expect(d1[j] == Double(v[8 + j]))
            }
            let floats = unsafeBitCast(v & 0x7f7f_ffff, to: SIMD16<Float>.self)
            let widened = SIMDBuiltins.double(floats.lowHalf)
            for j in 0..<8 { #expect(widened[j] == Double(floats[j])) }
        }
    }

    @Test func float64LanesMatchScalars() {
        let values: [Double] = [0, .leastNonzeroMagnitude, 1e-300, 0.5, 1, 1.5, 2, 3.75e10, .greatestFiniteMagnitude, .infinity,
                                4, 0.25, 7, 1e300, 9e-10, 6]
        let a = SIMD8<Double>(values[0..<8]), b = SIMD8<Double>(values[8..<16])
        let m = SIMDBuiltins.maxNonNegative(a, b)
        for j in 0..<8 { #expect(m[j] == Swift.max(a[j], b[j])) }
        #expect(SIMDBuiltins.maxNonNegativeElement(a) == 3.75e10)
        #expect(SIMDBuiltins.maxNonNegativeElement(b) == .infinity)
        let low = SIMDBuiltins.zipLow(a, b), high = SIMDBuiltins.zipHigh(a, b)
        for j in 0..<4 {
            #expect(low[2 * j] == a[j] && low[2 * j + 1] == b[j])
            #expect(high[2 * j] == a[4 + j] && high[2 * j + 1] == b[4 + j])
        }
    }

    /// The eight-lane operations of the sample generator.
    @Test func eightLaneOperationsMatchScalars() {
        let all = Self.vectors()
        for (v, w) in zip(all, all.dropFirst() + all.prefix(1)) {
            let a = v.lowHalf, b = w.highHalf
            let wide = SIMDBuiltins.widen(a), product = wide &* SIMDBuiltins.widen(b)
            let narrow = SIMDBuiltins.truncate(product), smaller = SIMDBuiltins.min(a, b)
            let signed = unsafeBitCast(a, to: SIMD8<Int32>.self), converted = SIMDBuiltins.float(signed)
            // Float operands: finite values of both signs from the words (exponent field below 0xfe).
            let x = unsafeBitCast(a & 0xbeff_ffff, to: SIMD8<Float>.self), y = unsafeBitCast(b & 0xbeff_ffff, to: SIMD8<Float>.self)
            let z = unsafeBitCast(v.highHalf & 0xbeff_ffff, to: SIMD8<Float>.self)
            let positive = unsafeBitCast(a & 0x3eff_ffff, to: SIMD8<Float>.self)
            let fused = SIMDBuiltins.multiplyAdd(x, y, z), root = SIMDBuiltins.squareRoot(positive)
            let doubles = SIMD8<Double>(Double(x[0]) * 3.1, Double(x[1]) / 7, Double(x[2]) * 1e-40, Double(x[3]) * 1e40,
                                        Double(x[4]) + 0x1p-30, Double(x[5]), Double(y[0]) * 0.1, Double(y[1]) * 1e300)
            let rounded = SIMDBuiltins.float(doubles)
            for j in 0..<8 {
                #expect(wide[j] == UInt64(a[j]))
                #expect(product[j] == UInt64(a[j]) * UInt64(b[j]))
                #expect(narrow[j] == UInt32(truncatingIfNeeded: product[j]))
                #expect(smaller[j] == Swift.min(a[j], b[j]))
                #expect(converted[j] == Float(signed[j]))
                #expect(fused[j].bitPattern == z[j].addingProduct(x[j], y[j]).bitPattern)
                #expect(root[j].bitPattern == positive[j].squareRoot().bitPattern)
                #expect(rounded[j].bitPattern == Float(doubles[j]).bitPattern)
            }
        }
    }
}
