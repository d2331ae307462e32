/// Checks shared by the containers: a tensor's data range lies inside the file, and no two tensors'
/// ranges overlap.
enum DataRanges {
    /// Throws unless `offset..<offset + count` lies inside `0..<fileSize`. `count` and `offset` are
    /// non-negative Ints already.
    static func checkInside(offset: Int, count: Int, fileSize: Int, file: String, tensor: String) throws(TensorFileError) {
        guard let end = CheckedSize.add(offset, count), end <= fileSize else {
            let endText = CheckedSize.add(offset, count).map(String.init) ?? "beyond 2^63"
            throw TensorFileError(file: file, tensor: tensor, byteOffset: offset,
                                  message: "data range \(offset)..<\(endText) lies outside the file (\(fileSize) bytes)")
        }
    }

    /// Sorts `tensors` by offset (stable) and throws at the first overlap of two non-empty ranges.
    static func sortedCheckingOverlaps(_ tensors: [TensorInfo], file: String) throws(TensorFileError) -> [TensorInfo] {
        let sorted = tensors.enumerated().sorted {
            ($0.element.byteOffset, $0.offset) < ($1.element.byteOffset, $1.offset)
        }.map(\.element)
        var previous: TensorInfo?
        for t in sorted where t.byteCount > 0 {
            if let p = previous, t.byteOffset < p.byteOffset + p.byteCount {
                throw TensorFileError(file: file, tensor: t.name, byteOffset: t.byteOffset,
                                      message: "data range \(t.byteOffset)..<\(t.byteOffset + t.byteCount) overlaps tensor '\(p.name)' (\(p.byteOffset)..<\(p.byteOffset + p.byteCount))")
            }
            previous = t
        }
        return sorted
    }
}
