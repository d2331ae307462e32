/// A codec that can spell out how one element is dequantised (the anatomy view's reconstruction).
public protocol BlockExplaining: BlockCodec {
    /// How element `index` of the `count` values encoded in `bytes` is reconstructed; its `result`
    /// equals `decode`'s value for that element bit for bit.
    func reconstruction(of index: Int, in bytes: UnsafeRawPointer, count: Int) -> BlockReconstruction
}
