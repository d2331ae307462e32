/// A sharded safetensors checkpoint's `model.safetensors.index.json`: `weight_map` (tensor name ->
/// shard file name) and optional `metadata` (`total_size`). Shard names are relative to the index's
/// directory: subdirectories are allowed, absolute paths, `..`, empty and `.` components are not.
public struct SafetensorsIndex: Sendable {
    /// The shard files, sorted by name (`model-00001-of-00003.safetensors` first).
    public let shards: [String]
    /// Tensor name -> index into `shards`, with the byte offset of its key in the index.
    public let weightMap: [(tensor: String, shard: Int, offset: Int)]
    /// The index's `metadata` members (numbers as integers when they are, strings as strings).
    public let metadata: [MetadataEntry]

    /// Reads an index from its parsed JSON; `file` names it in errors.
    public init(_ json: JSONValue, file: String) throws(TensorFileError) {
        guard json.members != nil else {
            throw TensorFileError(file: file, byteOffset: 0, message: "index is \(json.kindName); expected an object with \"weight_map\"")
        }
        guard let map = json["weight_map"]?.members else {
            throw TensorFileError(file: file, byteOffset: 0, message: "index has no \"weight_map\" object of tensor name -> shard file")
        }
        var shards: [String] = []
        var shardIndex: [String: Int] = [:]
        var weights: [(tensor: String, shard: Int, offset: Int)] = []
        for member in map {
            guard let shard = member.value.string else {
                throw TensorFileError(file: file, tensor: member.key, byteOffset: member.offset, message: "weight_map value is \(member.value.kindName); expected a shard file name")
            }
            let components = shard.split(separator: "/", omittingEmptySubsequences: false)
            guard !shard.isEmpty, !shard.hasPrefix("/"), !components.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }),
                  !shard.utf8.contains(0) else {
                throw TensorFileError(file: file, tensor: member.key, byteOffset: member.offset,
                                      message: "shard name \"\(shard)\" must be a relative path inside the index's directory (no leading '/', no '..', '.' or empty parts)")
            }
            let index: Int
            if let i = shardIndex[shard] {
                index = i
            } else {
                index = shards.count
                shardIndex[shard] = index
                shards.append(shard)
            }
            weights.append((member.key, index, member.offset))
        }
        guard !shards.isEmpty else {
            throw TensorFileError(file: file, byteOffset: 0, message: "weight_map is empty: it names no shard")
        }
        var metadata: [MetadataEntry] = []
        for member in json["metadata"]?.members ?? [] {
            switch member.value {
            case .string(let s): metadata.append(MetadataEntry(key: member.key, value: .string(s)))
            case .bool(let b): metadata.append(MetadataEntry(key: member.key, value: .bool(b)))
            case .number(let text):
                if let v = member.value.nonNegativeInt {
                    metadata.append(MetadataEntry(key: member.key, value: .uint(UInt64(v))))
                } else if let v = Int64(text) {
                    metadata.append(MetadataEntry(key: member.key, value: .int(v)))
                } else if let v = Double(text) {
                    metadata.append(MetadataEntry(key: member.key, value: .float(v)))
                }
            default: continue
            }
        }
        let order = shards.indices.sorted { shards[$0] < shards[$1] }
        var newIndex = [Int](repeating: 0, count: shards.count)
        for (position, old) in order.enumerated() { newIndex[old] = position }
        self.shards = order.map { shards[$0] }
        self.weightMap = weights.map { ($0.tensor, newIndex[$0.shard], $0.offset) }
        self.metadata = metadata
    }

    /// Throws unless every tensor of the weight map is in the shard it names (`model.paths[i]` is
    /// shard `i`).
    public func check(_ model: ModelFile, indexFile: String) throws(TensorFileError) {
        var location: [String: Int] = [:]
        for t in model.tensors { location[t.name] = t.file }
        for entry in weightMap {
            guard let file = location[entry.tensor] else {
                throw TensorFileError(file: indexFile, tensor: entry.tensor, byteOffset: entry.offset,
                                      message: "weight_map names shard \(shards[entry.shard]) but no shard holds this tensor")
            }
            guard file == entry.shard else {
                throw TensorFileError(file: indexFile, tensor: entry.tensor, byteOffset: entry.offset,
                                      message: "weight_map names shard \(shards[entry.shard]) but the tensor is in \(model.paths[file])")
            }
        }
    }
}
