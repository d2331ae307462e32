/// Sixteen float32 lanes and the few whole-lane operations the block kernels are built from.
///
/// Masks come from comparisons (`.>`), whose results the compiler keeps in AVX-512 mask registers,
/// and selects are written as `b ^ (mask & (a ^ b))`, which it turns into masked blends; Swift's
/// `SIMDMask` combinators and `replacing(with:where:)` are avoided because they are lowered lane by lane.
enum BlockLanes {
    /// Sixteen float32 values.
    typealias Floats = SIMD16<Float>
    /// Sixteen bit patterns, codes or whole-lane masks (all ones or all zeros).
    typealias Bits = SIMD16<UInt32>

    /// The lanes' bit patterns.
    @inline(__always) static func bits(_ x: Floats) -> Bits { unsafeBitCast(x, to: Bits.self) }

    /// Floats with the given bit patterns.
    @inline(__always) static func floats(_ x: Bits) -> Floats { unsafeBitCast(x, to: Floats.self) }

    /// All ones where `a > b` (ordered: false when either is NaN).
    ///
    /// `SIMDMask<SIMD16<Int32>>` stores each lane as 0 or -1, the layout of `SIMD16<UInt32>`
    /// (`BlockLanesTests` checks it).
    @inline(__always) static func greater(_ a: Floats, _ b: Floats) -> Bits { unsafeBitCast(a .> b, to: Bits.self) }

    /// All ones where `a > b` (unsigned).
    @inline(__always) static func greater(_ a: Bits, _ b: Bits) -> Bits { unsafeBitCast(a .> b, to: Bits.self) }

    /// All ones where `a == b`.
    @inline(__always) static func equal(_ a: Bits, _ b: Bits) -> Bits { unsafeBitCast(a .== b, to: Bits.self) }

    /// `a` where the mask is set, `b` elsewhere.
    @inline(__always) static func select(_ mask: Bits, _ a: Bits, _ b: Bits) -> Bits { b ^ (mask & (a ^ b)) }

    /// `a` where the mask is set, `b` elsewhere.
    @inline(__always) static func select(_ mask: Bits, _ a: Floats, _ b: Floats) -> Floats {
        floats(select(mask, bits(a), bits(b)))
    }

    /// Lane-wise unsigned maximum.
    @inline(__always) static func max(_ a: Bits, _ b: Bits) -> Bits { select(greater(b, a), b, a) }

    /// Rounds to an integer, ties to even, for |x| < 2^22 (adding and removing 1.5 · 2^23; zeros come out +0).
    @inline(__always) static func roundedToEven(_ x: Floats) -> Floats {
        let magic = Floats(repeating: 12_582_912)
        return (x + magic) - magic
    }

    /// The integer value (two's complement) of lanes holding whole numbers below 2^22 in magnitude.
    @inline(__always) static func integerBits(_ x: Floats) -> Bits {
        bits(x + Floats(repeating: 12_582_912)) &- 0x4B40_0000
    }

    /// Lanes holding the signed integers whose two's complement patterns are given (|v| < 2^22).
    @inline(__always) static func floatsFromInteger(_ v: Bits) -> Floats {
        floats(v &+ 0x4B40_0000) - Floats(repeating: 12_582_912)
    }

    /// Maps `count` values 16 at a time through `body` (a generic, so that it is specialised and
    /// inlined: closures were outlined), which gives codes and values for 16 lanes;
    /// stores the low byte of each code in `codes` and each value in `output`, when given.
    ///
    /// Full groups of 16 are loaded and stored directly; a last partial group goes through zero-padded
    /// scratch vectors, so that `body` is only ever applied to whole vectors (partial loads and stores
    /// inlined into the same loop make the optimiser split the kernels into 128-bit pieces).
    @inline(__always) static func map<Body: BlockLaneMap>(_ input: UnsafePointer<Float>, count: Int, codes: UnsafeMutablePointer<UInt8>?,
                                                          output: UnsafeMutablePointer<Float>?, _ body: Body) {
        var i = 0
        if let codes, let output {
            while i + 16 <= count {
                let (c, v) = body.apply(UnsafeRawPointer(input + i).loadUnaligned(as: Floats.self))
                storeLowBytes(c, to: codes + i)
                UnsafeMutableRawPointer(output + i).storeBytes(of: v, as: Floats.self)
                i += 16
            }
        } else if let codes {
            while i + 16 <= count {
                let c = body.apply(UnsafeRawPointer(input + i).loadUnaligned(as: Floats.self)).codes
                storeLowBytes(c, to: codes + i)
                i += 16
            }
        } else if let output {
            while i + 16 <= count {
                let v = body.values(UnsafeRawPointer(input + i).loadUnaligned(as: Floats.self))
                UnsafeMutableRawPointer(output + i).storeBytes(of: v, as: Floats.self)
                i += 16
            }
        } else {
            return
        }
        let rest = count - i
        guard rest > 0 else { return }
        var lanes = Floats(repeating: 0)
        for lane in 0..<rest { lanes[lane] = input[i + lane] }
        let (c, v) = body.apply(lanes)
        if let codes { for lane in 0..<rest { codes[i + lane] = UInt8(truncatingIfNeeded: c[lane]) } }
        if let output { for lane in 0..<rest { output[i + lane] = v[lane] } }
    }

    /// Decodes `count` codes 16 at a time through `body` into `output` (a last partial group through scratch vectors).
    @inline(__always) static func mapCodes<Body: BlockCodeMap>(_ codes: UnsafePointer<UInt8>, count: Int,
                                                               output: UnsafeMutablePointer<Float>, _ body: Body) {
        var i = 0
        while i + 16 <= count {
            let c = loadBytes(codes + i)
            UnsafeMutableRawPointer(output + i).storeBytes(of: body.apply(c), as: Floats.self)
            i += 16
        }
        let rest = count - i
        guard rest > 0 else { return }
        var lanes = Bits(repeating: 0)
        for lane in 0..<rest { lanes[lane] = UInt32(codes[i + lane]) }
        let v = body.apply(lanes)
        for lane in 0..<rest { output[i + lane] = v[lane] }
    }

    /// Stores the low byte of each of 16 lanes (a lane loop, which the optimiser turns into one
    /// narrowing store; `SIMD16<UInt8>(truncatingIfNeeded:)` is a generic call).
    @inline(__always) static func storeLowBytes(_ v: Bits, to p: UnsafeMutablePointer<UInt8>) {
        for lane in 0..<16 { p[lane] = UInt8(truncatingIfNeeded: v[lane]) }
    }

    /// Loads 16 bytes into the low bits of 16 lanes.
    @inline(__always) static func loadBytes(_ p: UnsafePointer<UInt8>) -> Bits {
        var v = Bits(repeating: 0)
        for lane in 0..<16 { v[lane] = UInt32(p[lane]) }
        return v
    }

    /// The largest lane (written as a loop, which the optimiser turns into a vector reduction; the
    /// generic `max()` is sometimes left as a call).
    @inline(__always) static func maxLane(_ v: Bits) -> UInt32 {
        var m: UInt32 = 0
        for lane in 0..<16 { m = Swift.max(m, v[lane]) }
        return m
    }

    /// The largest finite `|x|` bit pattern of `count` values (0 when none is finite): finite magnitudes
    /// order like their patterns, which are below 0x7F80_0000.
    @inline(__always) static func finiteAbsMaxBits(_ p: UnsafePointer<Float>, count: Int) -> UInt32 {
        var m = Bits(repeating: 0)
        var i = 0
        while i + 16 <= count {
            let magnitude = bits(UnsafeRawPointer(p + i).loadUnaligned(as: Floats.self)) & 0x7FFF_FFFF
            // Non-finite magnitudes have the sign bit set once 2^23 is added: their mask is zero.
            m = max(m, magnitude & (((magnitude &+ 0x0080_0000) &>> 31) &- 1))
            i += 16
        }
        var result = maxLane(m)
        while i < count {
            let magnitude = p[i].bitPattern & 0x7FFF_FFFF
            if magnitude < 0x7F80_0000 { result = Swift.max(result, magnitude) }
            i += 1
        }
        return result
    }

    /// The largest `|x|` bit pattern of `count` values: a NaN beats infinity, which beats every finite value.
    @inline(__always) static func absMaxBits(_ p: UnsafePointer<Float>, count: Int) -> UInt32 {
        var m = Bits(repeating: 0)
        var i = 0
        while i + 16 <= count {
            m = max(m, bits(UnsafeRawPointer(p + i).loadUnaligned(as: Floats.self)) & 0x7FFF_FFFF)
            i += 16
        }
        var result = maxLane(m)
        while i < count {
            result = Swift.max(result, p[i].bitPattern & 0x7FFF_FFFF)
            i += 1
        }
        return result
    }
}
