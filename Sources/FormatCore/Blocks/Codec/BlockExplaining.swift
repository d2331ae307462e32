/// A codec that can spell out how one element is dequantised (the anatomy view's reconstruction)
/// and read its fields item by item where their packing is its own.
public protocol BlockExplaining: BlockCodec {
    /// How element `index` of the `count` values encoded in `bytes` is reconstructed; its `result`
    /// equals `decode`'s value for that element bit for bit.
    func reconstruction(of index: Int, in bytes: UnsafeRawPointer, count: Int) -> BlockReconstruction

    /// The items of block field `field` (an index into `layout.fields`) of the block at `block`, in
    /// the order the field's role gives (element order for quants; signed where the encoding is), or
    /// nil when they are stored one after another from the low bits up (then read that way).
    func fieldItems(_ field: Int, ofBlockAt block: UnsafeRawPointer) -> [Int64]?
}

extension BlockExplaining {
    /// Fields stored one after another, unless a codec says otherwise.
    public func fieldItems(_ field: Int, ofBlockAt block: UnsafeRawPointer) -> [Int64]? { nil }
}
