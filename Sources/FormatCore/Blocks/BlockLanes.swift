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

    /// Loads `count` (1...16) floats, the other lanes zero.
    @inline(__always) static func load(_ p: UnsafePointer<Float>, count: Int) -> Floats {
        if count == 16 { return UnsafeRawPointer(p).loadUnaligned(as: Floats.self) }
        var v = Floats(repeating: 0)
        for lane in 0..<count { v[lane] = p[lane] }
        return v
    }

    /// Stores the first `count` (1...16) lanes.
    @inline(__always) static func store(_ v: Floats, to p: UnsafeMutablePointer<Float>, count: Int) {
        if count == 16 {
            UnsafeMutableRawPointer(p).storeBytes(of: v, as: Floats.self)
        } else {
            for lane in 0..<count { p[lane] = v[lane] }
        }
    }

    /// Stores the low byte of the first `count` (1...16) lanes.
    @inline(__always) static func storeBytes(_ v: Bits, to p: UnsafeMutablePointer<UInt8>, count: Int) {
        if count == 16 {
            UnsafeMutableRawPointer(p).storeBytes(of: SIMD16<UInt8>(truncatingIfNeeded: v), as: SIMD16<UInt8>.self)
        } else {
            for lane in 0..<count { p[lane] = UInt8(truncatingIfNeeded: v[lane]) }
        }
    }

    /// Loads `count` (1...16) bytes into the low bits of the lanes, the other lanes zero.
    @inline(__always) static func loadBytes(_ p: UnsafePointer<UInt8>, count: Int) -> Bits {
        if count == 16 { return Bits(truncatingIfNeeded: UnsafeRawPointer(p).loadUnaligned(as: SIMD16<UInt8>.self)) }
        var v = Bits(repeating: 0)
        for lane in 0..<count { v[lane] = UInt32(p[lane]) }
        return v
    }

    /// The largest `|x|` bit pattern of `count` values: a NaN beats infinity, which beats every finite value.
    @inline(__always) static func absMaxBits(_ p: UnsafePointer<Float>, count: Int) -> UInt32 {
        var m = Bits(repeating: 0)
        var i = 0
        while i < count {
            m = max(m, bits(load(p + i, count: Swift.min(16, count - i))) & 0x7FFF_FFFF)
            i += 16
        }
        return m.max()
    }
}
