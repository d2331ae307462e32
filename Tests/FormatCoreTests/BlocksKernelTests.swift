import Testing
@testable import FormatCore

/// The lane kernels against scalar rules and the catalog.
@Suite struct BlocksKernelTests {
    typealias L = BlockLanes

    /// Normalised test values: seeded uniforms in [-1, 1], every midpoint and level with its float neighbours, zeros.
    static func normalisedInputs(midpoints: [Float], levels: [Float]) -> [Float] {
        var g = BlocksTestData.Generator(seed: 77)
        var ys: [Float] = [0, -0.0, 1, -1, Float.leastNonzeroMagnitude, -Float.leastNonzeroMagnitude]
        for m in midpoints + levels { ys += [m, m.nextUp, m.nextDown, -m, (-m).nextUp, (-m).nextDown] }
        for _ in 0..<20_000 { ys.append(Float(g.uniform() * 2 - 1)) }
        return ys.filter { abs($0) <= 1 }
    }

    /// Runs a kernel over values, 16 lanes at a time.
    static func lanes<K: AbsmaxElementKernel>(_ k: K, _ ys: [Float]) -> (codes: [UInt32], values: [Float], decoded: [Float]) {
        var codes: [UInt32] = [], values: [Float] = [], decoded: [Float] = []
        for start in stride(from: 0, to: ys.count, by: 16) {
            var v = L.Floats(repeating: 0)
            let n = min(16, ys.count - start)
            for i in 0..<n { v[i] = ys[start + i] }
            let (c, x) = k.quantize(v)
            let d = k.decode(c)
            for i in 0..<n {
                codes.append(c[i])
                values.append(x[i])
                decoded.append(d[i])
            }
        }
        return (codes, values, decoded)
    }

    @Test("comparison masks are whole lanes: all ones or all zeros")
    func maskLayout() {
        var a = L.Floats(repeating: 0)
        for i in 0..<16 { a[i] = Float(i) }
        let m = L.greater(a, L.Floats(repeating: 7.5))
        for i in 0..<16 { #expect(m[i] == (i > 7 ? 0xFFFF_FFFF : 0)) }
        #expect(L.select(m, L.Bits(repeating: 1), L.Bits(repeating: 2)) == L.Bits((0..<16).map { $0 > 7 ? 1 : 2 }))
    }

    @Test("NF4 literals are Format.nf4's levels and their float32 midpoints")
    func nf4Literals() throws {
        guard case .codebook(let c) = Format.nf4.kind else { Issue.record("nf4 is not a codebook"); return }
        for i in 0..<16 { #expect(NF4Kernel.level(i).bitPattern == c.levels[i].bitPattern, "level \(i)") }
        for i in 0..<15 { #expect(NF4Kernel.midpoint(i) == (c.levels[i] + c.levels[i + 1]) / 2, "midpoint \(i)") }
    }

    @Test("NF4 cells: the codes below each sixteenth of [-1, 1], at most one midpoint per cell, none near an edge")
    func nf4Cells() {
        let mids = (0..<15).map { Double(NF4Kernel.midpoint($0)) }
        let low = NF4Kernel.cellCodesLow, high = NF4Kernel.cellCodesHigh
        for k in 0..<32 {
            let start = Double(k) / 16 - 1, end = start + 1.0 / 16
            #expect((k < 16 ? low[k] : high[k - 16]) == UInt32(mids.filter { $0 < start }.count), "cell \(k)")
            #expect(mids.filter { $0 >= start && $0 < end }.count <= 1, "cell \(k)")
            for m in mids { #expect(abs(m - start) > 0x1p-12, "midpoint \(m) near edge \(start)") }
        }
        #expect(NF4Kernel.midpoints[15] == .infinity)
    }

    @Test("NF4 kernel: code = number of midpoints strictly below, value = level, decode agrees")
    func nf4Kernel() {
        let levels = (0..<16).map(NF4Kernel.level), mids = (0..<15).map(NF4Kernel.midpoint)
        // The cells' edges and their neighbours, and values just beyond ±1 (x · (1 / absmax) can round there).
        let edges = (0...32).flatMap { k -> [Float] in let e = Float(k) / 16 - 1; return [e, e.nextUp, e.nextDown] }
        let ys = Self.normalisedInputs(midpoints: mids, levels: levels) + edges + [Float(1).nextUp, Float(-1).nextDown]
        let (codes, values, decoded) = Self.lanes(NF4Kernel(), ys)
        for (i, y) in ys.enumerated() {
            let want = mids.filter { y > $0 }.count
            #expect(codes[i] == UInt32(want), "y \(y)")
            #expect(values[i].bitPattern == levels[want].bitPattern)
            #expect(decoded[i].bitPattern == values[i].bitPattern)
        }
    }

    @Test("bnb-fp4 kernel: bitsandbytes' dQuantizeFP4 rule, levels of Format.bnbFP4")
    func bnbFP4Kernel() {
        guard case .codebook(let c) = Format.bnbFP4.kind else { Issue.record("bnb-fp4 is not a codebook"); return }
        let pivots: [Float] = [0.00260417, 0.0859375, 0.20833333, 0.29166667, 0.4166667, 0.583333, 0.8333333]
        let magnitudeCodes: [UInt32] = [0, 1, 6, 7, 4, 5, 2, 3]
        for j in 0..<8 { #expect(BnbFP4Kernel.magnitude(j).bitPattern == c.levels[Int(magnitudeCodes[j])].bitPattern) }
        let ys = Self.normalisedInputs(midpoints: pivots, levels: (0..<8).map(BnbFP4Kernel.magnitude))
        let (codes, values, decoded) = Self.lanes(BnbFP4Kernel(), ys)
        for (i, y) in ys.enumerated() {
            // dQuantizeFP4: sign = x < 0; then the number of pivots strictly below |x| picks the magnitude.
            let want = (y < 0 ? 8 : 0) | magnitudeCodes[pivots.filter { abs(y) > $0 }.count]
            #expect(codes[i] == want, "y \(y)")
            #expect(values[i].bitPattern == c.levels[Int(want)].bitPattern, "y \(y)")
            #expect(decoded[i].bitPattern == values[i].bitPattern)
        }
    }

    @Test("symmetric integer kernel: RNE, clamp to ±(2^(b-1) - 1), two's complement codes", arguments: 2...8)
    func integerKernel(bits: Int) {
        let k = SymmetricIntegerKernel(bitWidth: bits)
        let qmax = Float((1 << (bits - 1)) - 1)
        var ys: [Float] = []
        for i in -(4 * Int(qmax) + 4)...(4 * Int(qmax) + 4) {
            let y = Float(i) / 4
            ys += [y, y.nextUp, y.nextDown]
        }
        let (codes, values, decoded) = Self.lanes(k, ys)
        for (i, y) in ys.enumerated() {
            let want = min(max(y.rounded(.toNearestOrEven), -qmax), qmax) + 0
            #expect(values[i].bitPattern == want.bitPattern, "y \(y)")
            #expect(codes[i] == UInt32(Format.int(bits).encode(Double(want)).code), "y \(y)")
            #expect(decoded[i].bitPattern == want.bitPattern)
        }
    }

    @Test("FloatLaneDecoder gives Format.decode's value for every finite code",
          arguments: ["e2m1fn", "e2m3fn", "e3m2fn", "e4m3fn", "e4m3", "e5m2", "e4m3fnuz", "e5m2fnuz", "e4m3b11fnuz", "e3m4", "fp16"])
    func decoder(name: String) throws {
        let format = try Format.named(name)
        guard case .float(let s) = format.kind, let decoder = FloatLaneDecoder(s) else { Issue.record("no decoder for \(name)"); return }
        for code in 0..<(UInt32(1) << UInt32(s.bitWidth)) {
            let d = format.decode(UInt64(code))
            guard d.isFinite else { continue }
            let got = decoder.decode(L.Bits(repeating: code))[0]
            #expect(got.bitPattern == Float(d.value.doubleValue).bitPattern, "\(name) code \(code)")
        }
    }

    @Test("E4M3 block scale code: Format.e4m3fn's nearest-even saturating encoder")
    func e4m3ScaleCode() {
        var g = BlocksTestData.Generator(seed: 5)
        var vs: [Float] = [0, .leastNonzeroMagnitude, 1, 448, 448.5, 464, 479, 480, 500, 1e30, .infinity, 0x1p-9, 0x1p-10, 0x1.8p-10, 0x1p-11]
        for code in 0..<127 {
            let v = Float(Format.e4m3fn.decode(UInt64(code)).value.doubleValue)
            vs += [v, v.nextUp, v.nextDown]
            if code < 126 {
                let next = Float(Format.e4m3fn.decode(UInt64(code + 1)).value.doubleValue)
                let mid = (v + next) / 2
                vs += [mid, mid.nextUp, mid.nextDown]
            }
        }
        for _ in 0..<20_000 { vs.append(Float(bitPattern: UInt32(truncatingIfNeeded: g.next()) & 0x7FFF_FFFF)) }
        for v in vs where !v.isNaN && v >= 0 {
            let want = Format.e4m3fn.encode(BinaryValue(v), rounding: .nearestEven, overflow: .saturate).code
            #expect(UInt64(TwoLevelBlockCodec.scaleCode(v)) == want, "v \(v)")
        }
        for code in UInt8(0)...0x7F {
            let got = TwoLevelBlockCodec.scaleValue(code), want = Format.e4m3fn.decode(UInt64(code)).value.doubleValue
            #expect(got.bitPattern == Float(want).bitPattern || (got.isNaN && want.isNaN), "code \(code)")
        }
    }

    @Test("MX vector path equals the exact scalar encoder, tiny and subnormal blocks included",
          arguments: ["mxfp4", "mxfp6-e2m3", "mxfp6-e3m2", "mxfp8-e4m3", "mxfp8-e5m2"])
    func mxVectorPath(spec: String) throws {
        let format = try BlockFormat.parse(spec)
        let codec = SharedExponentBlockCodec(element: format.element, blockSize: 32)!
        var g = BlocksTestData.Generator(seed: 99)
        var x: [Float] = []
        for block in 0..<400 {
            let e = block % 4 == 0 ? -149 + Int(g.next() % 40) : Int(g.next() % 277) - 150 // finite floats only
            for i in 0..<32 {
                let magnitude = g.uniform() * (i == 0 ? 1 : g.uniform())
                var v = Float(magnitude * Double(sign: .plus, exponent: max(e, -1000), significand: 1))
                if block % 5 == 1 { v = Float(bitPattern: UInt32(truncatingIfNeeded: g.next()) & 0x007F_FFFF) }
                x.append(g.next() & 1 == 0 ? v : -v)
            }
        }
        #expect(x.allSatisfy { $0.isFinite })
        let q = format.quantize(x)
        for b in 0..<q.blockCount {
            let k = Int(q.scaleCodes[b]) - 127
            for i in q.range(ofBlock: b) {
                #expect(q.codes[i] == codec.scalarCode(x[i], k: k), "\(spec) block \(b) value \(x[i]) (k \(k))")
            }
        }
    }
}
