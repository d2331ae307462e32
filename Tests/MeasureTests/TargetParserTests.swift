import FormatCore
import Measure
import Sweep
import Testing

@Suite("TargetParser")
struct TargetParserTests {
    @Test("scalar names give scalar round trips, block specs and GGUF names give block round trips")
    func kinds() throws {
        #expect(try TargetParser.parse("bf16") is ScalarRoundTrip)
        #expect(try TargetParser.parse(" BF16 ") is ScalarRoundTrip)
        let q4k = try #require(try TargetParser.parse("q4_k") as? BlockRoundTrip)
        #expect(q4k.codec.name == "q4_k")
        let nf4 = try #require(try TargetParser.parse("nf4:64+dq") as? BlockRoundTrip)
        #expect(nf4.codec.layout.valuesPerBlock == 64)
    }

    @Test("unknown and empty names, whole-tensor blocks and block targets with another rounding are errors that say why")
    func errors() {
        #expect(throws: TargetError.self) { try TargetParser.parse("") }
        do { _ = try TargetParser.parse("bf61"); Issue.record("accepted bf61") } catch {
            #expect(error.description.contains("unknown target 'bf61'"))
            #expect(error.description.contains("q4_k"))
        }
        do { _ = try TargetParser.parse("nf4:tensor"); Issue.record("accepted nf4:tensor") } catch {
            #expect(error.description.contains("whole tensor"))
        }
        do { _ = try TargetParser.parse("q8_0", blockRulesOnly: true); Issue.record("accepted q8_0 with another rounding") } catch {
            #expect(error.description.contains("scalar targets only"))
        }
        // The same option is no error for a scalar target.
        #expect((try? TargetParser.parse("fp16", rounding: .towardZero, blockRulesOnly: true)) != nil)
    }

    @Test("whole-block types refuse a count that is not a whole number of blocks; other targets take any count")
    func wholeBlocks() throws {
        let q4k = try TargetParser.parse("q4_k")
        try TargetParser.checkWholeBlocks(q4k, count: 512)
        try TargetParser.checkWholeBlocks(q4k, count: nil)
        do { try TargetParser.checkWholeBlocks(q4k, count: 1000); Issue.record("accepted 1000 values for q4_k") } catch {
            #expect(error.description.contains("1,000 values (232 left over)"))
        }
        try TargetParser.checkWholeBlocks(try TargetParser.parse("nf4:64"), count: 1000)
        try TargetParser.checkWholeBlocks(try TargetParser.parse("bf16"), count: 1000)
    }
}
