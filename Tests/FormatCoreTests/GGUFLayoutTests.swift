import Testing
@testable import FormatCore

/// The layouts the codecs declare.
@Suite struct GGUFLayoutTests {
    @Test("bits per value of index.json; fields in byte order add up to the block; element formats")
    func layouts() {
        let bits = GGUFCodecs.all.map(\.layout.bitsPerValue)
        #expect(bits == [4.5, 5.0, 5.5, 6.0, 8.5, 2.625, 3.4375, 4.5, 5.5, 6.5625, 4.5, 4.25])
        for codec in GGUFCodecs.all {
            let fieldBytes = codec.layout.fields.reduce(0) { $0 + $1.byteCount }
            #expect(fieldBytes == codec.layout.bytesPerBlock, "\(codec.name): fields take \(fieldBytes) bytes")
            #expect(codec.layout.callFields.isEmpty && !codec.layout.needsTensorAmax)
        }
        #expect(GGUFCodecs.all.map(\.layout.element.name) == ["uint4", "uint4", "uint5", "uint5", "int8", "uint2", "uint3",
                                                               "uint4", "uint5", "uint6", "iq4nl", "e2m1fn"])
        let q4k = GGUFCodecs.all[7].layout.fields
        #expect(q4k.map(\.name) == ["d", "dmin", "scales", "qs"])
        #expect(q4k.map(\.byteCount) == [2, 2, 12, 128])
    }

    @Test("the IQ4_NL codebook: ggml's 16 int8 levels, in code order")
    func iq4nlCodebook() {
        guard case .codebook(let book) = IQ4NLCodebook.format.kind else {
            Issue.record("iq4nl is not a codebook")
            return
        }
        #expect(book.levels == [-127, -104, -83, -65, -49, -35, -22, -10, 1, 13, 25, 38, 53, 69, 89, 113])
        #expect(book.bitWidth == 4)
        #expect(!Format.catalog.contains { $0.name == "iq4nl" })
        // Nearest level: ties go up (best_index_int8), beyond the ends to the ends.
        #expect(IQ4NLCodebook.nearestIndex(-4.5) == 8)
        #expect(IQ4NLCodebook.nearestIndex(-1000) == 0 && IQ4NLCodebook.nearestIndex(1000) == 15)
        #expect(IQ4NLCodebook.nearestIndex(7) == 9 && IQ4NLCodebook.nearestIndex(6.99) == 8)
    }
}
