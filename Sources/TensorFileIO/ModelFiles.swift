import TensorFiles

/// Opening model files: one safetensors, GGUF, `.npy` or `.npz` file, the shards of one checkpoint
/// (or several `.npy` files) given as several files, or a `model.safetensors.index.json` whose
/// `weight_map` names the shards beside it. Each file
/// is mapped (not read) and parsed; the mappings live as long as the returned `ModelFile`. I/O
/// failures throw category `io`, bad content `malformed` or `unsupported`.
public enum ModelFiles {
    /// The largest index.json accepted.
    public static let maximumIndexLength = 64 << 20

    /// Opens `paths` as one model.
    public static func open(_ paths: [String]) throws(TensorFileError) -> ModelFile {
        guard !paths.isEmpty else {
            throw TensorFileError(file: "(no file)", message: "give a model file (safetensors, GGUF, npy, npz) or a model.safetensors.index.json", category: .unsupported)
        }
        if paths.count == 1 {
            let file = try MappedFile(path: paths[0])
            if isIndex(path: paths[0], bytes: file.bytes) {
                return try openIndex(file)
            }
            // The first file of a GGUF split named -00001-of-0000N: open the others beside it, as llama.cpp does.
            if let (_, shard, count) = GGUFSplit.parseName(paths[0]), shard == 1, count > 1, count <= 10_000 {
                var files = [file]
                for n in 1..<count {
                    guard let path = GGUFSplit.shardPath(paths[0], number: n, count: count) else { break }
                    files.append(try MappedFile(path: path))
                }
                return try ModelFile.parse(paths: files.map(\.path), regions: files.map(\.bytes), owner: MappedFiles(files))
            }
            return try ModelFile.parse(paths: paths, regions: [file.bytes], owner: MappedFiles([file]))
        }
        var files: [MappedFile] = []
        for path in paths {
            let file = try MappedFile(path: path)
            if isIndex(path: path, bytes: file.bytes) {
                throw TensorFileError(file: path, message: "an index.json names its shards itself: give it alone, or give the shards without it", category: .unsupported)
            }
            files.append(file)
        }
        return try ModelFile.parse(paths: paths, regions: files.map(\.bytes), owner: MappedFiles(files))
    }

    /// Whether a file is a JSON index: named `.json`, or starting (after whitespace) with `{`.
    static func isIndex(path: String, bytes: UnsafeRawBufferPointer) -> Bool {
        if path.hasSuffix(".json") { return true }
        guard let first = bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else { return false }
        return first == UInt8(ascii: "{")
    }

    /// Opens the shards a safetensors index names (sorted by name) and checks that each tensor
    /// of its `weight_map` is in the shard it names.
    static func openIndex(_ index: MappedFile) throws(TensorFileError) -> ModelFile {
        let path = index.path
        guard index.bytes.count <= maximumIndexLength else {
            throw TensorFileError(file: path, message: "index of \(index.bytes.count) bytes is larger than the \(maximumIndexLength) accepted")
        }
        let json = try JSONParser.parse(index.bytes, file: path)
        let map = try SafetensorsIndex(json, file: path)
        let directory = path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
        var files: [MappedFile] = []
        for shard in map.shards {
            files.append(try MappedFile(path: directory + shard))
        }
        let model = try ModelFile.parse(paths: files.map(\.path), regions: files.map(\.bytes), owner: MappedFiles(files + [index]))
        try map.check(model, indexFile: path)
        return ModelFile(kind: model.kind, paths: model.paths, metadata: map.metadata + model.metadata, tensors: model.tensors,
                         regions: files.map(\.bytes), owner: MappedFiles(files))
    }
}
