/// Reads one NumPy `.npy` file: its header (`NPYHeader`) and one tensor named after the file
/// (`dir/w.npy`: `w`) whose values fill the rest of the file exactly.
enum NPYParser {
    /// The tensor of the `.npy` file `bytes`.
    static func parse(_ bytes: UnsafeRawBufferPointer, file: String, fileIndex: Int) throws(TensorFileError) -> ContainerContents {
        let name = tensorName(file)
        let header = try NPYHeader.parse(bytes, file: file, tensor: name, baseOffset: 0)
        let available = bytes.count - header.valuesOffset
        let byteCount = header.valuesByteCount ?? available
        guard byteCount == available else {
            throw TensorFileError(file: file, tensor: name, byteOffset: header.valuesOffset,
                                  message: "shape \(header.shape) of \(header.descr) needs \(byteCount) bytes of values but the file holds \(available) after its header")
        }
        let tensor = TensorInfo(name: name, shape: header.shape, storedType: header.descr, encoding: header.encoding,
                                elementCount: header.elementCount, byteCount: byteCount, file: fileIndex, byteOffset: header.valuesOffset,
                                storage: TensorStorage(fortranOrder: header.fortranOrder))
        return ContainerContents(kind: .npy, metadata: [], tensors: [tensor])
    }

    /// The file's name without its directory and `.npy`.
    static func tensorName(_ path: String) -> String {
        var name = path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
        if name.hasSuffix(".npy") && name.count > 4 { name.removeLast(4) }
        return name
    }
}
