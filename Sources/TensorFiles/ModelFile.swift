/// A model read from one or more files of one container kind (a safetensors checkpoint and its
/// shards, a GGUF file, `.npy` and `.npz` files): metadata, the tensors, and readers of their values. The file bytes are held
/// by `owner` (the I/O layer's mappings, or a test's buffer), which lives as long as this object and
/// every reader it made.
public final class ModelFile: @unchecked Sendable {
    /// The container kind of every file.
    public let kind: ContainerKind
    /// The files, as named by the user (`TensorInfo.file` indexes this).
    public let paths: [String]
    /// safetensors `__metadata__` strings (of every shard, duplicates once); GGUF key-values
    /// (`general.architecture`, `<arch>.block_count`...), in file order.
    public let metadata: [MetadataEntry]
    /// Every tensor, file by file, each file's in data order.
    public let tensors: [TensorInfo]

    private let regions: [UnsafeRawBufferPointer]
    private let owner: AnyObject?

    /// A model over already-parsed tensors. `regions[i]` holds the whole of `paths[i]`.
    public init(kind: ContainerKind, paths: [String], metadata: [MetadataEntry], tensors: [TensorInfo],
                regions: [UnsafeRawBufferPointer], owner: AnyObject?) {
        self.kind = kind
        self.paths = paths
        self.metadata = metadata
        self.tensors = tensors
        self.regions = regions
        self.owner = owner
    }

    /// Parses the files whose whole bytes are `regions` (named `paths`): each is recognised by its
    /// first bytes and parsed; all must be of one kind (the shards of one checkpoint); tensor names
    /// must be unique across them. An `.npy` file holds one tensor named after the file (`w.npy`: `w`),
    /// an `.npz` one per `.npy` member (`x.npy`: `x`).
    public static func parse(paths: [String], regions: [UnsafeRawBufferPointer], owner: AnyObject?) throws(TensorFileError) -> ModelFile {
        guard !paths.isEmpty, paths.count == regions.count else {
            throw TensorFileError(file: paths.first ?? "(no file)", message: "give one or more files (\(paths.count) names, \(regions.count) contents)", category: .unsupported)
        }
        var kind: ContainerKind?
        var metadata: [MetadataEntry] = []
        var seenMetadata = Set<MetadataEntry>()
        var tensors: [TensorInfo] = []
        var names: [String: Int] = [:]
        var splits: [GGUFSplit?] = []
        for (index, (path, bytes)) in zip(paths, regions).enumerated() {
            guard let detected = ContainerKind.detect(bytes) else {
                throw TensorFileError(file: path, byteOffset: 0, message: "not a model file: expected safetensors (8-byte header length, then '{'), GGUF ('GGUF'), npy ('\\x93NUMPY') or npz ('PK\\x03\\x04')")
            }
            if let kind, kind != detected {
                throw TensorFileError(file: path, message: "is \(detected.rawValue) but \(paths[0]) is \(kind.rawValue): files given together must be shards of one model", category: .unsupported)
            }
            kind = detected
            let contents: ContainerContents
            switch detected {
            case .safetensors: contents = try SafetensorsParser.parse(bytes, file: path, fileIndex: index)
            case .gguf: contents = try GGUFParser.parse(bytes, file: path, fileIndex: index)
            case .npy: contents = try NPYParser.parse(bytes, file: path, fileIndex: index)
            case .npz: contents = try NPZParser.parse(bytes, file: path, fileIndex: index)
            }
            splits.append(detected == .gguf ? GGUFSplit(contents.metadata) : nil)
            for entry in contents.metadata where seenMetadata.insert(entry).inserted {
                metadata.append(entry)
            }
            for t in contents.tensors {
                if let other = names[t.name] {
                    throw TensorFileError(file: path, tensor: t.name, byteOffset: t.byteOffset, message: "also in \(paths[other]): tensor names must be unique across shards")
                }
                names[t.name] = index
                tensors.append(t)
            }
        }
        if kind == .gguf { try GGUFSplit.check(paths: paths, splits: splits, tensorCount: tensors.count) }
        return ModelFile(kind: kind ?? .safetensors, paths: paths, metadata: metadata, tensors: tensors, regions: regions, owner: owner)
    }

    /// A sequential reader of `tensor`'s values as float32 bit patterns. Throws (category
    /// `unsupported`) for a tensor whose encoding is `unsupported`, and (`malformed`) when the tensor
    /// does not lie inside its file.
    public func reader(for tensor: TensorInfo) throws(TensorFileError) -> TensorReader {
        guard regions.indices.contains(tensor.file) else {
            throw TensorFileError(file: paths.first ?? "", tensor: tensor.name, message: "file index \(tensor.file) is not one of the \(paths.count) files")
        }
        let region = regions[tensor.file]
        let file = paths[tensor.file]
        guard tensor.byteOffset >= 0, tensor.byteCount >= 0 else {
            throw TensorFileError(file: file, tensor: tensor.name, message: "negative offset or size")
        }
        try DataRanges.checkInside(offset: tensor.byteOffset, count: tensor.byteCount, fileSize: region.count, file: file, tensor: tensor.name)
        let bytes = UnsafeRawBufferPointer(rebasing: region[tensor.byteOffset..<tensor.byteOffset + tensor.byteCount])
        var member: UnsafeRawBufferPointer?
        if let entry = tensor.storage.member {
            guard entry.dataOffset >= 0, entry.compressedSize >= 0 else {
                throw TensorFileError(file: file, tensor: tensor.name, message: "negative npz member offset or size")
            }
            try DataRanges.checkInside(offset: entry.dataOffset, count: entry.compressedSize, fileSize: region.count, file: file, tensor: tensor.name)
            member = UnsafeRawBufferPointer(rebasing: region[entry.dataOffset..<entry.dataOffset + entry.compressedSize])
        }
        do {
            return try TensorReader(bytes: bytes, count: tensor.elementCount, encoding: tensor.encoding, shape: tensor.shape, storage: tensor.storage,
                                    member: member, owner: self, file: file, tensor: tensor.name)
        } catch {
            var e = error
            e.byteOffset = e.byteOffset ?? tensor.byteOffset
            throw e
        }
    }
}
