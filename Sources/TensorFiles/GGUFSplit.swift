/// The split of a GGUF model over several files, as llama.cpp's gguf-split writes it: each file
/// holds `split.no` (0-based), `split.count` and `split.tensors.count` (the tensors of all files).
public struct GGUFSplit: Sendable, Hashable {
    /// This file's number, 0-based.
    public let number: Int
    /// Files in the split.
    public let count: Int
    /// Tensors over all the files.
    public let tensorCount: Int

    /// The split facts of one file's metadata, nil when it has none.
    public init?(_ metadata: [MetadataEntry]) {
        func value(_ key: String) -> Int? { metadata.first { $0.key == key }?.value.intValue }
        guard let number = value("split.no"), let count = value("split.count") else { return nil }
        self.number = number
        self.count = count
        tensorCount = value("split.tensors.count") ?? -1
    }

    /// The name of file `number` (0-based) of a split whose files are named like `path`
    /// (`model-00001-of-00003.gguf`), or nil when `path` is not named so.
    public static func shardPath(_ path: String, number: Int, count: Int) -> String? {
        guard let (prefix, _, total) = parseName(path), total == count else { return nil }
        return prefix + "-" + fiveDigits(number + 1) + "-of-" + fiveDigits(count) + ".gguf"
    }

    /// `(prefix, shard, count)` of a name `PREFIX-NNNNN-of-MMMMM.gguf`.
    public static func parseName(_ path: String) -> (String, Int, Int)? {
        guard path.hasSuffix(".gguf") else { return nil }
        let stem = path.dropLast(5)
        let parts = stem.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 4, parts[parts.count - 2] == "of",
              parts[parts.count - 1].count == 5, parts[parts.count - 3].count == 5,
              let count = Int(parts[parts.count - 1]), let shard = Int(parts[parts.count - 3]), count >= 1, shard >= 1 else { return nil }
        return (parts.dropLast(3).joined(separator: "-"), shard, count)
    }

    private static func fiveDigits(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, 5 - s.count)) + s
    }

    /// Checks that the files given are every file of one split, each once, and that they hold the
    /// tensors their metadata count. `splits[i]` are the facts of `paths[i]` (nil for a file without).
    static func check(paths: [String], splits: [GGUFSplit?], tensorCount: Int) throws(TensorFileError) {
        guard let first = splits.compactMap({ $0 }).first else { return }
        var seen = [String?](repeating: nil, count: max(first.count, 0))
        for (path, split) in zip(paths, splits) {
            guard let split else {
                throw TensorFileError(file: path, message: "has no split.no/split.count, but \(paths[splits.firstIndex { $0 != nil }!]) is file \(first.number + 1) of a split of \(first.count): give the files of one split", category: .malformed)
            }
            guard split.count == first.count, split.tensorCount == first.tensorCount, split.count >= 1 else {
                throw TensorFileError(file: path, message: "split.count \(split.count) (split.tensors.count \(split.tensorCount)) differs from \(first.count) (\(first.tensorCount)) of another file: give the files of one split")
            }
            guard (0..<split.count).contains(split.number) else {
                throw TensorFileError(file: path, message: "split.no \(split.number) is not below split.count \(split.count)")
            }
            if let other = seen[split.number] {
                throw TensorFileError(file: path, message: "is file \(split.number + 1) of \(split.count), as \(other) is: give each file of the split once", category: .unsupported)
            }
            seen[split.number] = path
        }
        let missing = seen.indices.filter { seen[$0] == nil }
        if !missing.isEmpty {
            let names = missing.prefix(3).map { n in shardPath(paths[0], number: n, count: first.count) ?? "file \(n + 1)" }
            throw TensorFileError(file: paths[0], message: "is part of a split of \(first.count) files; missing \(missing.count): \(names.joined(separator: ", "))\(missing.count > 3 ? ", ..." : ""): give every file (or the first, -00001-of-\(fiveDigits(first.count)).gguf, with the others beside it)", category: .unsupported)
        }
        if first.tensorCount >= 0 && first.tensorCount != tensorCount {
            throw TensorFileError(file: paths[0], message: "the split's files hold \(tensorCount) tensors but split.tensors.count says \(first.tensorCount)")
        }
    }
}
