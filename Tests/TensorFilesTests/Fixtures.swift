import Foundation
import TensorFiles

/// The committed fixtures (written by Fixtures/make_fixtures.py) and their expected values.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    static func bytes(_ name: String) -> [UInt8] {
        (try? [UInt8](Data(contentsOf: directory.appendingPathComponent(name)))) ?? []
    }

    /// One expected tensor: stored type, shape and float32 bits (nil when it is not decoded).
    struct Expected {
        var dtype: String
        var shape: [Int]
        var bits: [UInt32]?
    }

    /// expected.json: file -> tensor -> expectation.
    static let expected: [String: [String: Expected]] = {
        guard let data = try? Data(contentsOf: directory.appendingPathComponent("expected.json")),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: [String: [String: Any]]] else { return [:] }
        return root.mapValues { tensors in
            tensors.mapValues { t in
                Expected(dtype: t["dtype"] as? String ?? "", shape: (t["shape"] as? [Int]) ?? [],
                         bits: (t["bits"] as? [NSNumber]).map { $0.map { UInt32($0.uint64Value) } })
            }
        }
    }()

    /// Every value of a tensor, read through windows of `window` values.
    static func values(_ model: ModelFile, _ tensor: TensorInfo, window: Int = 4096) throws -> [UInt32] {
        let reader = try model.reader(for: tensor)
        var result: [UInt32] = []
        var buffer = [UInt32](repeating: 0, count: window)
        while true {
            let n = try buffer.withUnsafeMutableBufferPointer { try reader.read(into: $0.baseAddress!, maximum: window) }
            if n == 0 { break }
            result.append(contentsOf: buffer[0..<n])
        }
        return result
    }

    /// Parses in-memory bytes as one model file named `name`.
    static func parse(_ bytes: [UInt8], name: String = "test.bin") throws(TensorFileError) -> (ModelFile, Holder) {
        let holder = Holder(bytes)
        let model = try ModelFile.parse(paths: [name], regions: [holder.region], owner: holder)
        return (model, holder)
    }
}

/// Bytes kept at a stable address for a ModelFile in tests.
final class Holder: @unchecked Sendable {
    let pointer: UnsafeMutableRawBufferPointer
    var region: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: pointer[0..<count]) }

    init(_ bytes: [UInt8]) {
        pointer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
        pointer.copyBytes(from: bytes)
        if bytes.isEmpty { pointer.storeBytes(of: 0, as: UInt8.self) }
        count = bytes.count
    }

    private let count: Int

    deinit { pointer.deallocate() }
}
