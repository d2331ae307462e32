/// How a dequantiser turns one element's stored fields into its float32 value, spelled out with the
/// numbers of one block: the formula, each symbol's stored value (exact), the order of the float32
/// operations, and the result.
public struct BlockReconstruction: Sendable, Equatable {
    /// One symbol of the formula with its value in this block.
    public struct Term: Sendable, Equatable {
        /// The symbol as the formula writes it (`d`, `sc`, `q`, `dmin`, `m`).
        public let symbol: String
        /// Its exact value.
        public let value: ExactValue
        /// Where it is stored and how it is read (`fp16 0x2E66`, `6-bit scale 3 of 8`, `nibble 17`).
        public let source: String

        /// Creates a term.
        public init(symbol: String, value: ExactValue, source: String) {
            self.symbol = symbol
            self.value = value
            self.source = source
        }
    }

    /// The formula (`y = d * sc * q - dmin * m`).
    public let formula: String
    /// The symbols in formula order.
    public let terms: [Term]
    /// The float32 operations in the dequantiser's order (`((d * sc) * q) - ((dmin * m))`, float32).
    public let order: String
    /// The value the dequantiser gives.
    public let result: Float

    /// Creates a reconstruction.
    public init(formula: String, terms: [Term], order: String, result: Float) {
        self.formula = formula
        self.terms = terms
        self.order = order
        self.result = result
    }
}
