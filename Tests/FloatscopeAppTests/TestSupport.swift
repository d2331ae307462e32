import FormatCore
import TUICore
@testable import FloatscopeApp

/// Helpers shared by the app tests.
enum TestSupport {
    /// A model for a value at a size (default formats unless given).
    static func model(_ value: String = "0.1", formats: [Format] = BitsScreen.defaultFormats,
                      width: Int = 100, height: Int = 30) throws -> AppModel {
        try AppModel(configuration: AppConfiguration(valueText: value, formats: formats), size: Size(width: width, height: height))
    }

    /// Plays messages; returns the final model and every effect produced. A tensor read asked for
    /// (`Effect.readTensorData`, the Model screen's `u`) is done at once, as the runner's thread does
    /// it, and its message played next.
    static func play(_ model: AppModel, _ messages: [Message]) -> (AppModel, [Effect]) {
        var current = model, effects: [Effect] = []
        var queue = messages[...]
        while let message = queue.popFirst() {
            let (next, produced) = App.update(current, message)
            current = next
            effects += produced
            for case .readTensorData(let handle, let tensor) in produced {
                queue.insert(TensorData.outcome(tensor, of: handle), at: queue.startIndex)
            }
        }
        return (current, effects)
    }

    /// Plays a `MessageScript`.
    static func play(_ model: AppModel, script: String) throws -> (AppModel, [Effect]) {
        play(model, try MessageScript.parse(script))
    }

    /// The code the Bits screen shows for a format.
    static func code(_ model: AppModel, _ format: Format) -> UInt64? {
        model.bits.facts.rows.first { $0.format == format }?.code
    }

    /// Plain text of the frame.
    static func text(_ model: AppModel, context: RenderContext = .plain) -> String {
        App.view(model, context: context).plainText()
    }

    /// A left click at a cell.
    static func click(_ x: Int, _ y: Int) -> Message {
        .mouse(MouseEvent(kind: .press, button: 1, x: x, y: y))
    }

    /// The screen position of a bit of a format's row.
    static func position(ofBit bit: Int, format index: Int, in model: AppModel) -> (x: Int, y: Int)? {
        let area = model.screenArea
        let layout = BitsLayout(area: area, screen: model.bits)
        let fields = BitFields(model.session.formats[index])
        let offset = layout.bitsOffset(fields: fields, cursorBit: index == model.session.focus ? model.bits.bitIndex : nil)
        guard let x = layout.x(ofBit: bit, fields: fields, offset: offset, areaX: area.x), let y = layout.y(ofFormat: index) else { return nil }
        return (x, y)
    }
}
