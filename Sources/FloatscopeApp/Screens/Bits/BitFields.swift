import FormatCore

/// The fields of a format's code from the most significant bit, and where each bit is drawn
/// when fields are separated by one blank column.
public struct BitFields: Sendable, Hashable {
    /// The fields, most significant first: a role and a width in bits.
    public let fields: [Field]
    /// One role per bit, most significant first.
    public let roles: [BitRole]
    /// The column of each bit relative to the first bit (one extra column between fields).
    public let columns: [Int]

    /// A field: its role and width.
    public struct Field: Sendable, Hashable {
        /// What the bits are.
        public let role: BitRole
        /// How many bits.
        public let width: Int
    }

    /// The fields of a format.
    public init(_ format: Format) {
        var fields: [Field] = []
        switch format.kind {
        case .float(let s):
            if s.isSigned { fields.append(Field(role: .sign, width: 1)) }
            fields.append(Field(role: .exponent, width: s.exponentBits))
            if s.mantissaBits > 0 { fields.append(Field(role: .mantissa, width: s.mantissaBits)) }
        case .integer(let s):
            fields.append(Field(role: .integer, width: s.bitWidth))
        case .codebook(let c):
            if c.hasSignBit {
                fields.append(Field(role: .sign, width: 1))
                fields.append(Field(role: .index, width: c.bitWidth - 1))
            } else {
                fields.append(Field(role: .index, width: c.bitWidth))
            }
        }
        self.fields = fields
        var roles: [BitRole] = [], columns: [Int] = []
        var column = 0
        for (n, field) in fields.enumerated() {
            if n > 0 { column += 1 }
            for _ in 0..<field.width {
                roles.append(field.role)
                columns.append(column)
                column += 1
            }
        }
        self.roles = roles
        self.columns = columns
    }

    /// Number of bits.
    public var bitCount: Int { roles.count }

    /// Columns needed to draw the bits with their separators.
    public var displayWidth: Int { (columns.last ?? -1) + 1 }

    /// The bit drawn at a column relative to the first bit, or nil for a separator or outside.
    public func bit(atColumn column: Int) -> Int? {
        columns.firstIndex(of: column)
    }

    /// The letters above the bits (`S EEEEEEEE MMM…`), with blanks between fields.
    public var letters: String {
        var text = ""
        for (i, role) in roles.enumerated() {
            if i > 0 && columns[i] != columns[i - 1] + 1 { text += " " }
            text.append(role.letter)
        }
        return text
    }

    /// Whether bit `index` (0 = most significant) is set in `code`.
    public func isSet(_ index: Int, in code: UInt64) -> Bool {
        (code >> UInt64(bitCount - 1 - index)) & 1 == 1
    }

    /// `code` with bit `index` (0 = most significant) flipped.
    public func toggling(_ index: Int, in code: UInt64) -> UInt64 {
        code ^ (UInt64(1) << UInt64(bitCount - 1 - index))
    }
}
