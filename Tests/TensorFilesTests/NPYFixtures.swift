import Foundation
import TensorFiles

/// The committed npy/npz fixtures (written by Fixtures/npy/make_npy_fixtures.py) and their expected
/// values.
enum NPYFixtures {
    static func path(_ name: String) -> String { Fixtures.path("npy/" + name) }

    static func bytes(_ name: String) -> [UInt8] { Fixtures.bytes("npy/" + name) }

    /// One expected array: numpy's dtype string, shape, whether numpy wrote it in Fortran order and
    /// its float32 bits in C order (nil when not listed: `big`, and the raw-bytes dtypes).
    struct Expected {
        var dtype: String
        var shape: [Int]
        var fortran: Bool
        var bits: [UInt32]?
    }

    /// npy/expected.json: file -> array -> expectation.
    static let expected: [String: [String: Expected]] = {
        guard let data = try? Data(contentsOf: Fixtures.directory.appendingPathComponent("npy/expected.json")),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: [String: [String: Any]]] else { return [:] }
        return root.mapValues { arrays in
            arrays.mapValues { a in
                Expected(dtype: a["dtype"] as? String ?? "", shape: (a["shape"] as? [Int]) ?? [], fortran: a["fortran"] as? Bool ?? false,
                         bits: (a["bits"] as? [NSNumber]).map { $0.map { UInt32($0.uint64Value) } })
            }
        }
    }()

    /// The values of compressed.npz's `big` (make_npy_fixtures.py's big_values): 4-bit values of a
    /// 32-bit LCG, and every third 4096-byte run after the first 32 768 bytes a copy of the bytes
    /// 30 000 earlier.
    static let bigValues: [UInt8] = {
        var v = [UInt8](repeating: 0, count: 163_840)
        var state: UInt32 = 12345
        for i in v.indices {
            if i >= 32768 && (i / 4096) % 3 == 2 {
                v[i] = v[i - 30000]
            } else {
                state = state &* 1_103_515_245 &+ 12345
                v[i] = UInt8((state >> 16) & 0x0F)
            }
        }
        return v
    }()
}
