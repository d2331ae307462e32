import TensorFileIO
import TensorFiles
import Testing

@Suite("GGUF splits")
struct GGUFSplitTests {
    static func shard(_ n: Int) -> String { Fixtures.path("split/tiny-split-0000\(n)-of-00003.gguf") }

    @Test("the first file of a split opens the others beside it; all three given in any order open too")
    func opens() throws {
        let model = try ModelFiles.open([Self.shard(1)])
        #expect(model.paths.count == 3)
        #expect(model.tensors.map(\.name) == ["t0.weight", "t1.weight", "t2.weight"])
        let reader = try model.reader(for: model.tensors[2])
        var values = [UInt32](repeating: 0, count: 64)
        #expect(try reader.read(into: &values, maximum: 64) == 64)
        #expect(values.allSatisfy { Float(bitPattern: $0) == 3 })
        let shuffled = try ModelFiles.open([Self.shard(3), Self.shard(1), Self.shard(2)])
        #expect(Set(shuffled.tensors.map(\.name)) == ["t0.weight", "t1.weight", "t2.weight"])
    }

    @Test("a missing or repeated file of a split is an error naming what to give")
    func missing() {
        do { _ = try ModelFiles.open([Self.shard(2)]); Issue.record("opened one file of three") } catch {
            #expect(error.description.contains("missing 2") && error.description.contains("tiny-split-00001-of-00003.gguf"))
            #expect(error.category == .unsupported)
        }
        do { _ = try ModelFiles.open([Self.shard(1), Self.shard(3)]); Issue.record("opened two files of three") } catch {
            #expect(error.description.contains("missing 1: ") && error.description.contains("tiny-split-00002-of-00003.gguf"))
        }
        do { _ = try ModelFiles.open([Self.shard(2), Self.shard(2)]); Issue.record("opened a file twice") } catch {
            #expect(error.description.contains("also in") || error.description.contains("give each file of the split once"))
        }
    }

    @Test("split names parse only in llama.cpp's pattern")
    func names() {
        #expect(GGUFSplit.parseName("a/model-q4-00002-of-00010.gguf")! == ("a/model-q4", 2, 10))
        #expect(GGUFSplit.parseName("model-2-of-10.gguf") == nil)
        #expect(GGUFSplit.parseName("model.gguf") == nil)
        #expect(GGUFSplit.shardPath("m-00001-of-00003.gguf", number: 2, count: 3) == "m-00003-of-00003.gguf")
    }
}
