/// The row order llama.cpp's converter gives a llama attn_q or attn_k weight for its rope layout:
/// the rows of each head, viewed as two halves of `headRows / 2`, interleaved (stored row `2b + a`
/// of a head is its original row `a · headRows/2 + b`). `convert_hf_to_gguf.py`'s
/// `LlamaModel.permute`, with the KV head count for attn_k when it differs.
public struct RopeRowOrder: Sendable, Hashable {
    /// The heads the rows are split into.
    public let heads: Int
    /// Rows of the tensor (its first dimension).
    public let rows: Int
    /// Values per row.
    public let columns: Int

    /// The largest head (rows × columns values) read at once: 64 Mi values, 256 MB.
    public static let maximumHeadValues = 1 << 26

    /// The order, or nil when `rows` is not `heads` heads of an even number of rows.
    public init?(heads: Int, rows: Int, columns: Int) {
        guard heads > 0, rows > 0, columns > 0, rows % heads == 0, (rows / heads) % 2 == 0 else { return nil }
        self.heads = heads
        self.rows = rows
        self.columns = columns
    }

    /// Rows per head.
    public var headRows: Int { rows / heads }

    /// The original row of stored row `row`.
    public func originalRow(ofStored row: Int) -> Int {
        let head = row / headRows, inHead = row % headRows
        return head * headRows + (inHead % 2) * (headRows / 2) + inHead / 2
    }
}
