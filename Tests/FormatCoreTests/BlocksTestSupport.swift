import Foundation
@testable import FormatCore

/// Seeded data for the block format tests.
enum BlocksTestData {
    /// A small seeded generator (xorshift64*), independent of the other test files' generators.
    struct Generator {
        var state: UInt64
        init(seed: UInt64) { state = seed | 1 }
        mutating func next() -> UInt64 {
            state ^= state >> 12
            state ^= state << 25
            state ^= state >> 27
            return state &* 0x2545_F491_4F6C_DD1D
        }
        /// Uniform in (0, 1).
        mutating func uniform() -> Double { (Double(next() >> 11) + 0.5) * 0x1p-53 }
    }

    /// `count` standard normal float32 samples by Box-Muller (computed in Double, rounded once).
    static func normal(_ count: Int, seed: UInt64) -> [Float] {
        var g = Generator(seed: seed)
        var out: [Float] = []
        out.reserveCapacity(count + 1)
        while out.count < count {
            let r = (-2 * log(g.uniform())).squareRoot(), t = 2 * Double.pi * g.uniform()
            out.append(Float(r * cos(t)))
            out.append(Float(r * sin(t)))
        }
        return Array(out.prefix(count))
    }

    /// Awkward inputs: normal values at many scales, heavy tails, zeros of both signs, subnormals,
    /// huge values, one outlier per block, and random bit patterns (finite ones only).
    static func awkward(_ count: Int, seed: UInt64) -> [Float] {
        var g = Generator(seed: seed)
        let normals = normal(count, seed: seed ^ 0x5555)
        return (0..<count).map { i in
            let block = i / 64
            switch block % 9 {
            case 0: return normals[i]
            case 1: return normals[i] * Float(sign: .plus, exponent: Int(g.next() % 200) - 100, significand: 1)
            case 2: return i % 7 == 0 ? (i % 2 == 0 ? 0 : -0.0) : normals[i] * 1e-30
            case 3: return Float(bitPattern: UInt32(truncatingIfNeeded: g.next()) & 0x807F_FFFF) // subnormals
            case 4: return normals[i] * 1e30
            case 5: return i % 64 == 5 ? 1000 : normals[i]
            case 6: return 0
            case 7: return normals[i] / Float(max(g.uniform(), 1e-3))
            default:
                var bits = UInt32(truncatingIfNeeded: g.next())
                while Float(bitPattern: bits).isNaN || Float(bitPattern: bits).isInfinite { bits = UInt32(truncatingIfNeeded: g.next()) }
                return Float(bitPattern: bits)
            }
        }
    }

    /// Signal-to-quantisation-noise ratio in dB: `10 log10(sum x^2 / sum (y - x)^2)`, summed in Double.
    static func sqnr(_ x: [Float], _ y: [Float]) -> Double {
        var signal = 0.0, noise = 0.0
        for (a, b) in zip(x, y) {
            signal += Double(a) * Double(a)
            noise += (Double(b) - Double(a)) * (Double(b) - Double(a))
        }
        return 10 * log10(signal / noise)
    }

    /// `format.roundTrip` into a new array.
    static func roundTrip(_ format: BlockFormat, _ x: [Float], tensorAmax: Float? = nil) -> [Float] {
        var out = [Float](repeating: 0, count: x.count)
        let amax = tensorAmax ?? x.reduce(Float(0)) { $1.isFinite ? max($0, abs($1)) : $0 }
        x.withUnsafeBufferPointer { i in
            out.withUnsafeMutableBufferPointer { o in
                if let a = i.baseAddress, let b = o.baseAddress { format.roundTrip(a, b, count: x.count, tensorAmax: amax) }
            }
        }
        return out
    }

    /// Whether two arrays hold the same bit patterns (any NaN equals any NaN).
    static func sameBits(_ a: [Float], _ b: [Float]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.bitPattern == $1.bitPattern || ($0.isNaN && $1.isNaN) }
    }
}
