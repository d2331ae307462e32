/// Every block format the program knows, in one place: the parser, `formats`, `info`, `convert`,
/// `sweep` and the app read it. A fixed-name codec (a GGUF type) is one line in `fixed`; the scaled
/// families (MX, NVFP4, absmax, min-max) are parametric and parsed by `BlockFormat.parse`.
public enum BlockCodecRegistry {
    /// The fixed-name codecs, in listing order: llama.cpp's GGUF types.
    public static let fixed: [any BlockCodec] = GGUFCodecs.all

    /// Spec examples of the parametric families, one per kind (`nf4:64`, `mxfp4`, `int8:row=4096`...).
    public static var parametricExamples: [String] { BlockFormat.examples }

    /// One codec of each kind for listings: every fixed codec, then the parametric examples.
    public static let listing: [any BlockCodec] = fixed + BlockFormat.examples.compactMap { try? BlockFormat.parse($0) }

    /// The codec a spec names: a fixed name (`q4_k`, `Q4_K`, `q4-k`: case, `-`, `_` and spaces
    /// ignored), else a parametric spec (`nf4:64+dq`, `mxfp4`, `int4-asym:128`).
    public static func codec(_ spec: String) throws(BlockFormatError) -> any BlockCodec {
        let key = Self.key(spec)
        if let codec = fixed.first(where: { Self.key($0.name) == key }) { return codec }
        return try BlockFormat.parse(spec)
    }

    /// The fixed codec a spec names exactly (after normalising), or nil.
    public static func fixedCodec(_ spec: String) -> (any BlockCodec)? {
        let key = Self.key(spec)
        return fixed.first { Self.key($0.name) == key }
    }

    /// A spec without case, `-`, `_` and spaces.
    public static func key(_ spec: String) -> String {
        String(spec.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " })
    }
}
