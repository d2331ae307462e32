/// One tensor as the mix rules see it: its GGUF name, its shape in ggml order and the type it is stored
/// in (which a tensor that is not quantised keeps).
public struct MixTensor: Sendable, Hashable {
    /// The GGUF name (`blk.0.attn_v.weight`, `token_embd.weight`); map Hugging Face names first with
    /// `HFTensorNames`.
    public var name: String
    /// The shape in ggml order: `ne[0]`, the row length (innermost dimension), first. This is the
    /// reverse of `TensorInfo.shape` and of numpy/PyTorch order; use `init(name:outermostFirst:sourceType:)`
    /// for those.
    public var ggmlShape: [Int]
    /// The stored type's name (`F16`, `BF16`, `F32`, `Q8_0`), or nil for what llama.cpp's converter
    /// writes with `--outtype f16`: F32 for 1-D tensors, F16 for the rest.
    public var sourceType: String?

    /// A tensor with its shape in ggml order (row length first).
    public init(name: String, ggmlShape: [Int], sourceType: String? = nil) {
        self.name = name
        self.ggmlShape = ggmlShape
        self.sourceType = sourceType
    }

    /// A tensor with its shape outermost dimension first (safetensors, numpy, `TensorInfo.shape`).
    public init(name: String, outermostFirst shape: [Int], sourceType: String? = nil) {
        self.init(name: name, ggmlShape: Array(shape.reversed()), sourceType: sourceType)
    }

    /// The row length `ne[0]`, which a block type must divide (1 for a scalar).
    public var rowLength: Int { ggmlShape.first ?? 1 }

    /// ggml's `ggml_n_dims`: the number of dimensions with trailing (outermost) 1s not counted, at
    /// least 1.
    public var dimensionCount: Int {
        var n = ggmlShape.count
        while n > 1 && ggmlShape[n - 1] == 1 { n -= 1 }
        return max(n, 1)
    }

    /// The layer in a `blk.N.` name (-1 for a name without one), as llama.cpp's loader orders tensors.
    public var layer: Int {
        let prefix = Array("blk.".utf8)
        let bytes = Array(name.utf8)
        guard bytes.starts(with: prefix) else { return -1 }
        var i = prefix.count, negative = false
        if i < bytes.count && bytes[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        var value = 0, digits = 0
        while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") {
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times10.addingReportingOverflow(Int(bytes[i] - UInt8(ascii: "0")))
            value = o1 || o2 ? Int.max : sum
            digits += 1
            i += 1
        }
        guard digits > 0, i < bytes.count, bytes[i] == UInt8(ascii: ".") else { return -1 }
        return negative ? -value : value
    }
}
