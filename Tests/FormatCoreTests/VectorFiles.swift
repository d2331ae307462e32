import Foundation

/// Locates and parses the ml_dtypes reference vectors.
enum VectorFiles {
    /// `Tests/Vectors` (the copy the tests own).
    static var ownDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Vectors")
    }

    /// `../shared/vectors` next to the checkout, when present (CI has it).
    static var sharedDirectory: URL? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/vectors")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// Rows of a CSV file (header dropped), split on commas.
    static func rows(_ relativePath: String, in directory: URL = ownDirectory) throws -> [[Substring]] {
        let text = try String(contentsOf: directory.appendingPathComponent(relativePath), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { $0.split(separator: ",") }
    }

    /// Parses `0x1f` style hex into an integer.
    static func hex(_ s: Substring) -> UInt64 {
        UInt64(s.hasPrefix("0x") ? s.dropFirst(2) : s, radix: 16)!
    }

    /// Formats that have a file under codes/ and convert/.
    static let formatNames = ["bf16", "fp16", "e4m3fn", "e4m3", "e4m3fnuz", "e4m3b11fnuz", "e5m2", "e5m2fnuz",
                              "e3m4", "e2m3fn", "e3m2fn", "e2m1fn", "e8m0fnu", "e5m3fnu"]
}
