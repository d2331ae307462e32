/// Why a candidate format does not apply to a tensor: each case carries its names and numbers, and
/// `description` says it in English (the CLI's tables, CSV and JSON); the app says it in Chinese
/// from the same case.
public enum NotApplicable: Sendable, Hashable, CustomStringConvertible {
    /// A mix (or a plan) assigns no type to the tensor (`tensor` empty: this tensor).
    case noType(mix: String, tensor: String)
    /// Per-row scaling on rows longer than the largest block.
    case rowBeyondLargest(rowLength: Int, largest: Int)
    /// A codec of fixed blocks on rows that are not whole blocks.
    case rowsNotWholeBlocks(codec: String, blockSize: Int, rowLength: Int)
    /// The format needs pieces larger than a measurement streams.
    case piecesBeyondStreaming(format: String, alignment: Int, maximum: Int)

    /// The reason in English.
    public var description: String {
        switch self {
        case .noType(let mix, let tensor): return "\(mix) gives \(tensor.isEmpty ? "this tensor" : tensor) no type"
        case .rowBeyondLargest(let row, let largest): return "rows of \(row) values are beyond the largest row length \(largest)"
        case .rowsNotWholeBlocks(let codec, let n, let row): return "\(codec) needs rows of whole blocks of \(n) values; this tensor's rows hold \(row)"
        case .piecesBeyondStreaming(let format, let alignment, let maximum):
            return "\(format) takes pieces of \(alignment) values here, beyond the \(maximum) a measurement streams"
        }
    }
}
