import FormatCore
import TUICore

/// The Blocks screen: one real block of a block format taken apart — its bytes by field, each field's
/// stored values, one element's reconstruction with the block's numbers, the bit accounting, and the
/// block's error against its inputs. Every block format of `BlockCodecRegistry`.
public struct BlocksScreen: Sendable, Equatable {
    /// The formats offered, in registry order (per-tensor formats have no block to show).
    public static let codecs: [any BlockCodec] = BlockCodecRegistry.listing.filter { $0.layout.valuesPerBlock > 0 }

    /// Their specs.
    public static let specs: [String] = codecs.map(\.name)

    /// Blocks encoded together (one call: NVFP4's tensor scale and +dq's group are theirs).
    public static let blocks = 8

    /// The format shown (index into `specs`).
    public internal(set) var format = 0
    /// The data: an index into `BlockSample.all`, or `BlockSample.all.count` for the session's tensor data.
    public internal(set) var sample = 0
    /// The block shown (0..<blocks).
    public internal(set) var block = 0
    /// The element explained, within the block.
    public internal(set) var element = 0

    /// Creates the screen showing `spec` when it names a listed format.
    public init(spec: String? = nil) {
        if let spec, let i = Self.specs.firstIndex(where: { BlockCodecRegistry.key($0) == BlockCodecRegistry.key(spec) }) { format = i }
    }

    /// The codec shown.
    public var codec: any BlockCodec { Self.codecs[format] }

    /// The values encoded together: `blocks` blocks of the chosen sample.
    public var values: [Float] { values(tensor: nil) }

    /// Whether the data shown is the tensor's (chosen, and there is one).
    public func showsTensor(_ tensor: TensorData?) -> Bool { tensor != nil && sample == BlockSample.all.count }

    /// The values encoded together: `blocks` blocks of the chosen sample, or the first `blocks` blocks
    /// of the tensor data when it is chosen (as many whole blocks as it has; one block padded with zeros
    /// when it has fewer values than a block).
    public func values(tensor: TensorData?) -> [Float] {
        let size = codec.layout.valuesPerBlock
        guard let tensor, showsTensor(tensor) else {
            return BlockSample.all[min(sample, BlockSample.all.count - 1)].values(count: Self.blocks * size)
        }
        let count = max(1, min(Self.blocks, tensor.bits.count / size)) * size
        let taken = tensor.values(count: count)
        return taken + [Float](repeating: 0, count: count - taken.count)
    }

    /// Blocks encoded together: `blocks`, or fewer for a small tensor.
    public func blockCount(tensor: TensorData?) -> Int { values(tensor: tensor).count / codec.layout.valuesPerBlock }

    /// The keys of this screen, for the help overlay.
    public static let help: [HelpSection] = [
        HelpSection("Blocks screen", [
            HelpEntry("f F", "next / previous block format"),
            HelpEntry("→ ← l h", "next / previous element"),
            HelpEntry("] [", "next / previous block"),
            HelpEntry("d", "next data (weights, N(0,1), outliers, Model u's tensor)"),
        ]),
        HelpSection("Reading it", [
            HelpEntry("bytes", "the block as stored, coloured by field"),
            HelpEntry("y =", "the dequantiser's formula, with this block's numbers"),
            HelpEntry("≈", "rounded for the column; no mark: exact"),
        ]),
    ]
}
