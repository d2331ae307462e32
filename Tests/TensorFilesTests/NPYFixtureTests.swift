import FormatCore
import Testing
@testable import TensorFileIO
@testable import TensorFiles

/// Every array of the committed npy/npz fixtures (numpy 2.4: versions 1.0-3.0, both byte orders, C
/// and Fortran order, 0-d and empty arrays, np.savez and np.savez_compressed, ZIP64) decodes bit for
/// bit to numpy's float32 conversion, in C order, through windows of several sizes.
@Suite struct NPYFixtureTests {
    static let files = ["v1_f4.npy", "v2_be_f4.npy", "v3_f2.npy", "be_f8.npy", "i1.npy", "u2.npy", "le_i4.npy", "be_i8.npy", "bool.npy",
                        "fortran_2d.npy", "fortran_3d.npy", "scalar.npy", "empty.npy", "bf16.npy",
                        "stored.npz", "compressed.npz", "zip64_forced.npz", "zip64_records.npz"]

    @Test(arguments: files)
    func everyArrayDecodesBitForBit(file: String) throws {
        let expected = try #require(NPYFixtures.expected[file], "\(file) missing from expected.json")
        let model = try ModelFiles.open([NPYFixtures.path(file)])
        #expect(model.kind == (file.hasSuffix(".npz") ? .npz : .npy))
        #expect(Set(model.tensors.map(\.name)) == Set(expected.keys))
        for (name, e) in expected {
            let tensor = try #require(model.tensors.first { $0.name == name }, "\(file): \(name) missing")
            #expect(tensor.storedType == e.dtype, "\(file) \(name)")
            #expect(tensor.shape == e.shape, "\(file) \(name)")
            #expect(tensor.elementCount == e.shape.reduce(1, *), "\(file) \(name)")
            #expect(tensor.storage.fortranOrder == e.fortran, "\(file) \(name)")
            let bits: [UInt32]
            if let b = e.bits {
                bits = b
            } else if name == "big" {
                bits = NPYFixtures.bigValues.map { Float($0).bitPattern }
            } else {
                let reason = try #require(tensor.encoding.unsupportedReason, "\(name) should be unsupported")
                #expect(reason.contains(e.dtype), "\(reason)")
                do { _ = try model.reader(for: tensor); Issue.record("\(name) read") } catch { #expect(error.category == .unsupported) }
                continue
            }
            for window in [4096, 7, 1, 33, 256, 20000] where window == 4096 || bits.count < 1000 || window >= 256 {
                let values = try Fixtures.values(model, tensor, window: window)
                #expect(values.count == bits.count, "\(file) \(name) window \(window)")
                let firstBad = zip(values, bits).enumerated().first { $0.element.0 != $0.element.1 }
                #expect(firstBad == nil, "\(file) \(name) window \(window): value \(firstBad?.offset ?? -1) is 0x\(String(firstBad?.element.0 ?? 0, radix: 16)), expected 0x\(String(firstBad?.element.1 ?? 0, radix: 16))")
            }
        }
    }

    @Test func encodingsOfTheNumpyTypes() throws {
        func tensor(_ file: String) throws -> TensorInfo { try #require(ModelFiles.open([NPYFixtures.path(file)]).tensors.first) }
        #expect(try tensor("v2_be_f4.npy").encoding == .scalar(.fp32, bigEndian: true))
        #expect(try tensor("be_f8.npy").encoding == .scalar(.fp64, bigEndian: true))
        #expect(try tensor("be_f8.npy").encoding.exactInFloat32 == false)
        #expect(try tensor("be_i8.npy").encoding == .wideInteger(bits: 64, signed: true, bigEndian: true))
        #expect(try tensor("le_i4.npy").encoding == .scalar(.int(32), bigEndian: false))
        #expect(try tensor("bool.npy").encoding == .scalar(.uint(8), bigEndian: false))
        let scalar = try tensor("scalar.npy")
        #expect(scalar.shape == [] && scalar.elementCount == 1 && scalar.name == "scalar")
        let empty = try tensor("empty.npy")
        #expect(empty.shape == [0, 3] && empty.elementCount == 0 && empty.byteCount == 0)
    }

    @Test func npzMembersDescribeTheirStorage() throws {
        let stored = try ModelFiles.open([NPYFixtures.path("stored.npz")])
        let a = try #require(stored.tensors.first { $0.name == "a" })
        #expect(a.storage.member?.method == .stored && a.storage.member?.name == "a.npy")
        #expect(a.byteCount == 48 && a.byteOffset == a.storage.member!.dataOffset + a.storage.valuesOffset)
        let compressed = try ModelFiles.open([NPYFixtures.path("compressed.npz")])
        let big = try #require(compressed.tensors.first { $0.name == "big" })
        #expect(big.storage.member?.method == .deflate && big.byteCount == big.storage.member?.compressedSize)
        #expect(big.byteCount > 65536)
        #expect(compressed.tensors.contains { $0.name == "layers/0.weight" })
        let z64 = try ModelFiles.open([NPYFixtures.path("zip64_records.npz")])
        #expect(Set(z64.tensors.map(\.name)) == ["x", "y", "ü"])
    }

    @Test func nativeAndNotApplicableByteOrdersReadAsLittleEndian() throws {
        for (descr, encoding) in [("=f4", TensorEncoding.scalar(.fp32, bigEndian: false)), ("|f4", .scalar(.fp32, bigEndian: false)), ("f4", .scalar(.fp32, bigEndian: false)),
                                  (">u1", .scalar(.uint(8), bigEndian: true)), ("|i1", .scalar(.int(8), bigEndian: false))] {
            let width = descr.hasSuffix("4") ? 4 : 1
            let data: [UInt8] = width == 4 ? Crafted.floats([1.5, -2]) : [200, 7]
            let (model, holder) = try Fixtures.parse(NPYMalformedTests.npy(NPYMalformedTests.dict(descr: descr, shape: "(2,)"), data: data))
            let t = try #require(model.tensors.first)
            #expect(t.encoding == encoding, "\(descr)")
            let expected: [Float] = width == 4 ? [1.5, -2] : (descr == "|i1" ? [-56, 7] : [200, 7])
            #expect(try Fixtures.values(model, t) == expected.map(\.bitPattern), "\(descr)")
            withExtendedLifetime(holder) {}
        }
    }

    @Test func severalNpyFilesOpenAsOneModel() throws {
        let model = try ModelFiles.open([NPYFixtures.path("v1_f4.npy"), NPYFixtures.path("i1.npy")])
        #expect(model.tensors.map(\.name) == ["v1_f4", "i1"])
        #expect(try Fixtures.values(model, model.tensors[1]).count == 16)
    }
}
