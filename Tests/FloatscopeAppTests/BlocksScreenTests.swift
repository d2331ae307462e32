import FormatCore
import Testing
import TUICore
@testable import FloatscopeApp

/// The Blocks screen: every block format of the registry at the smallest and a large size, the
/// element's values as the codec gives them, and text snapshots.
@Suite("Blocks screen")
struct BlocksScreenTests {
    @Test("every block format draws inside the terminal at 80x24 and 200x60, naming itself and its bit account")
    func everyFormat() throws {
        for (width, height) in [(80, 24), (200, 60)] {
            var (model, _) = try TestSupport.play(TestSupport.model(width: width, height: height), script: "6")
            for spec in BlocksScreen.specs {
                #expect(model.screens.blocks.codec.name == spec)
                let frame = App.view(model, context: .plain)
                #expect(frame.strayCells == 0, "\(spec) at \(width)x\(height)")
                let text = frame.plainText()
                #expect(text.contains(spec) && text.contains("bits/value"), "\(spec) at \(width)x\(height)")
                if height >= 60 { #expect(text.contains("y = "), "\(spec): no reconstruction shown") }
                (model, _) = try TestSupport.play(model, script: "f")
            }
            #expect(model.screens.blocks.format == 0, "f cycles through every format back to the first")
        }
    }

    @Test("the element shown is the codec's: x is the sample, y its dequantised value")
    func elementValues() throws {
        let (model, _) = try TestSupport.play(TestSupport.model(width: 120, height: 40), script: "6 ] ] right right right")
        let screen = model.screens.blocks
        #expect(screen.block == 2 && screen.element == 3)
        let anatomy = BlockAnatomy(codec: screen.codec, values: screen.values, block: 2)
        let i = anatomy.blockRange.lowerBound + 3
        let text = TestSupport.text(model)
        #expect(text.contains("x = " + BlocksScreen.float32Text(anatomy.values[i], width: 24)))
        #expect(text.contains("y = " + BlocksScreen.float32Text(anatomy.decoded[i], width: 24)))
    }

    @Test func snapshots() throws {
        let q4k = "6 " + String(repeating: "f ", count: BlocksScreen.specs.firstIndex(of: "q4_k")!) + "right right right right right"
        let dq = "6 " + String(repeating: "f ", count: BlocksScreen.specs.firstIndex(of: "nf4:64+dq")!) + "d d right"
        for (name, script) in [("blocks-q4_0", "6"), ("blocks-q4_k", q4k), ("blocks-nf4-dq-outliers", dq)] {
            for (width, height) in [(80, 24), (120, 40)] {
                let (model, _) = try TestSupport.play(TestSupport.model(width: width, height: height), script: script)
                Snapshot.check(TestSupport.text(model), named: "\(name)-\(width)x\(height)")
            }
        }
    }
}
