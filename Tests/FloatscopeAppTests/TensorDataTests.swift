@testable import AppRuntime
import Foundation
import FormatCore
import Sweep
import TensorFiles
import Testing
import TUICore
@testable import FloatscopeApp

/// A sweep input over values in memory, read in windows as the CLI reads `--input` files.
final class ArrayValueStream: ValueStream, @unchecked Sendable {
    let values: [UInt32]
    var position = 0
    init(_ values: [UInt32]) { self.values = values }
    var expectedCount: UInt64? { UInt64(values.count) }
    func read(into buffer: UnsafeMutablePointer<UInt32>, maximum: Int) throws -> Int {
        let n = min(maximum, values.count - position)
        values.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress! + position, count: n) }
        position += n
        return n
    }
}

/// The Model screen's `u`: the selected tensor's values become the data of the Sweep and Blocks
/// screens (tiny llama fixture, read for real).
@Suite("Tensor data from the Model screen")
struct TensorDataTests {
    /// The fixture's first tensor, read directly through its reader.
    static func firstTensorBits() throws -> [UInt32] {
        let tensor = ModelFixtures.handle.file.tensors[0]
        let reader = try ModelFixtures.handle.file.reader(for: tensor)
        var bits = [UInt32](repeating: 0, count: tensor.elementCount)
        let n = try bits.withUnsafeMutableBufferPointer { try reader.read(into: $0.baseAddress!, maximum: tensor.elementCount) }
        #expect(n == tensor.elementCount)
        return bits
    }

    /// The app on the Model screen after `u` on the first tensor, then `script`.
    static func withData(_ script: String = "", width: Int = 100, height: Int = 30) throws -> AppModel {
        try TestSupport.play(try ModelFixtures.model(width: width, height: height), script: ("u " + script).trimmingCharacters(in: .whitespaces)).0
    }

    @Test func uTakesTheSelectedTensorsValuesAsData() throws {
        let start = try ModelFixtures.model()
        #expect(start.session.tensorData == nil)
        let model = try Self.withData()
        let data = try #require(model.session.tensorData)
        let tensor = ModelFixtures.handle.file.tensors[0]
        #expect(data.name == tensor.name && data.totalCount == tensor.elementCount && !data.isCut)
        #expect(data.bits == (try Self.firstTensorBits()))
        #expect(data.title == "tensor \(tensor.name) (\(TensorData.grouped(tensor.elementCount)) values)")
        #expect(model.session.flash?.text == "data: \(data.title) for Sweep (f) and Blocks (d)")
        #expect(model.session.flash?.tone == .ok)
        // Another tensor replaces it; the same values read again are another (unequal) box.
        let next = try TestSupport.play(model, script: "j u").0
        #expect(next.session.tensorData?.name == ModelFixtures.handle.file.tensors[1].name)
        let again = try TensorData.read(tensor, of: ModelFixtures.handle)
        #expect(again != data && again.bits == data.bits && data == data)
    }

    @Test("u asks the runner to read the tensor (the update does not read it), and the runner's message brings the data")
    func uReadsInTheBackground() throws {
        let start = try ModelFixtures.model()
        let (asked, effects) = App.update(start, .key(.char("u")))
        let tensor = ModelFixtures.handle.file.tensors[0]
        #expect(effects.first == .readTensorData(ModelFixtures.handle, tensor))
        #expect(asked.session.tensorData == nil)
        #expect(asked.session.flash?.text == "reading \(tensor.name)…")
        var runner = AppRunner(backend: MemoryBackend(width: 100, height: 30), model: asked, context: .plain, jobs: SweepJobs(threads: 1))
        _ = runner.perform(.readTensorData(ModelFixtures.handle, tensor))
        let deadline = Date().addingTimeInterval(30)
        while runner.model.session.tensorData == nil && Date() < deadline {
            _ = runner.handleBackground()
            Thread.sleep(forTimeInterval: 0.005)
        }
        #expect(runner.model.session.tensorData?.bits == (try Self.firstTensorBits()))
        #expect(!runner.jobs.isBusy)
    }

    @Test("U forgets the tensor data: the Sweep and Blocks screens go back to their own sources")
    func bigUForgetsTheData() throws {
        let model = try Self.withData()
        #expect(model.session.tensorData != nil)
        let (forgot, _) = try TestSupport.play(model, script: "U")
        #expect(forgot.session.tensorData == nil)
        #expect(forgot.session.flash?.text.hasPrefix("forgot tensor ") == true)
        let blocks = try TestSupport.play(forgot, script: "6 d d d d d").0
        #expect(!TestSupport.text(blocks).contains("tensor blk"))
        let (again, _) = try TestSupport.play(forgot, script: "U")
        #expect(again.session.flash?.text.hasPrefix("no tensor data to forget") == true)
    }

    @Test func aTensorBeyondTheLimitIsCutAndSaysSo() throws {
        let tensor = ModelFixtures.handle.file.tensors[0]
        let data = try TensorData.read(tensor, of: ModelFixtures.handle, limit: 100)
        #expect(data.bits == Array(try Self.firstTensorBits().prefix(100)))
        #expect(data.isCut && data.totalCount == tensor.elementCount)
        #expect(data.title == "tensor \(tensor.name) (first 100 of \(TensorData.grouped(tensor.elementCount)) values)")
        #expect(TensorData.grouped(16_777_216) == "16,777,216" && TensorData.grouped(999) == "999" && TensorData.grouped(1000) == "1,000")
    }

    @Test func anUnreadableTensorGivesAFlashSayingWhy() throws {
        let bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: 64, alignment: 16)
        defer { bytes.deallocate() }
        bytes.initializeMemory(as: UInt8.self, repeating: 0)
        let tensor = TensorInfo(name: "w.packed", shape: [4, 8], storedType: "I4", encoding: .unsupported("I4 is not read"),
                                elementCount: 32, byteCount: 16, file: 0, byteOffset: 0)
        let file = ModelFile(kind: .safetensors, paths: ["odd.safetensors"], metadata: [], tensors: [tensor],
                             regions: [UnsafeRawBufferPointer(bytes)], owner: nil)
        let start = try AppModel(configuration: AppConfiguration(screen: .model, model: ModelHandle(file)), size: Size(width: 100, height: 30))
        let model = try TestSupport.play(start, script: "u").0
        #expect(model.session.tensorData == nil)
        let flash = try #require(model.session.flash)
        #expect(flash.tone == .error)
        #expect(flash.text.hasPrefix("cannot use w.packed (I4) as data: "))
        #expect(flash.text.contains("I4"))
        // Without a file, u says how to open one.
        let none = try TestSupport.play(try ModelFixtures.model(file: false), script: "u").0
        #expect(none.session.flash?.text.contains("floatscope FILE.gguf") == true)
    }

    @Test func sweepSourcesEndWithTheTensorOnceThereIsOne() throws {
        let presets = SweepSourcePreset.allCases.count
        let steps = String(repeating: "f ", count: presets)
        // Without data, the presets wrap as before.
        let plain = try TestSupport.play(try ModelFixtures.model(), script: "5 " + steps).0
        #expect(plain.screens.sweep.source == .fp16Codes && !plain.screens.sweep.usesTensor)
        let model = try Self.withData("5 " + steps)
        let data = try #require(model.session.tensorData)
        #expect(model.screens.sweep.usesTensor)
        #expect(TestSupport.text(model).contains("source \(data.title) (f)"))
        // One more wraps to the first preset; F from the first comes back to the tensor.
        #expect(try TestSupport.play(model, script: "f").0.screens.sweep.usesTensor == false)
        #expect(try TestSupport.play(model, script: "f F").0.screens.sweep.usesTensor)
        #expect(try TestSupport.play(model, script: "f").0.screens.sweep.source == .fp16Codes)
    }

    @Test func aSweepOfTheTensorCarriesExactlyItsValues() throws {
        let model = try Self.withData("5 " + String(repeating: "f ", count: SweepSourcePreset.allCases.count))
        let data = try #require(model.session.tensorData)
        let (started, effects) = try TestSupport.play(model, script: "enter")
        guard case .startSweep(let request)? = effects.first else { Issue.record("no sweep started"); return }
        #expect(request.tensor == data)
        guard case .values(let bits) = request.sweepSource else { Issue.record("not a values source"); return }
        #expect(bits == (try Self.firstTensorBits()))
        #expect(request.sourceTitle == data.title)
        #expect(started.session.flash?.text.hasPrefix("sweeping \(data.title) through") == true)
        // Its end names the tensor as the figures' source.
        let done = TestSupport.play(started, [.sweepFinished(request.id, SweepFixtures.finished)]).0
        #expect(done.screens.sweep.resultsTitle == data.title)
    }

    @Test func tensorSweepFiguresEqualThoseOfTheCLIsInputStream() throws {
        let data = try TensorData.read(ModelFixtures.handle.file.tensors[0], of: ModelFixtures.handle)
        let request = SweepRequest(id: 1, source: .fp16Codes, targets: ["e4m3fn", "nvfp4", "q4_0"], rounding: .nearestEven,
                                   overflow: .formatDefault, tensor: data)
        let figures = SweepJobs.sweep(request, threads: 2, cancellation: SweepCancellation()) { _ in }
        #expect(figures.map(\.target) == ["e4m3fn", "nvfp4", "q4_0"])
        let engine = SweepEngine(threads: 2)
        let amax = data.bits.map { Float(bitPattern: $0) }.filter(\.isFinite).reduce(Float(0)) { max($0, abs($1)) }
        for (app, name) in zip(figures, request.targets) {
            let target = try #require(SweepJobs.target(name, request: request))
            let cli = try engine.run(stream: ArrayValueStream(data.bits), through: target, tensorAmax: target.needsTensorAmax ? amax : nil).statistics
            let s = app.statistics
            #expect(!app.partial)
            #expect(s.elements == UInt64(data.bits.count) && s.elements == cli.elements)
            #expect(s.exact == cli.exact && s.finitePairs == cli.finitePairs && s.nonzeroPairs == cli.nonzeroPairs)
            #expect(s.histogram == cli.histogram)
            #expect(s.maxRelativeError == cli.maxRelativeError)
            #expect(abs(s.rmse - cli.rmse) <= 1e-9 * cli.rmse)
        }
    }

    @Test func theBlocksScreenShowsTheTensorsFirstBlocks() throws {
        let plain = try TestSupport.play(try ModelFixtures.model(width: 120, height: 40), script: "6 d d d").0
        #expect(plain.screens.blocks.sample == 0, "without data, d cycles the three samples")
        let model = try Self.withData("6 d d d right", width: 120, height: 40)
        let data = try #require(model.session.tensorData)
        let screen = model.screens.blocks
        #expect(screen.showsTensor(data))
        let size = screen.codec.layout.valuesPerBlock
        let values = screen.values(tensor: data)
        let blocks = min(BlocksScreen.blocks, data.bits.count / size)
        #expect(values.count == blocks * size)
        #expect(values.map(\.bitPattern) == Array(data.bits.prefix(values.count)))
        let anatomy = BlockAnatomy(codec: screen.codec, values: values, block: 0)
        let text = TestSupport.text(model)
        #expect(text.contains("\(data.name), first \(values.count) · block 1 of \(blocks)"))
        #expect(text.contains("x = " + BlocksScreen.float32Text(Float(bitPattern: data.bits[1]), width: 24)))
        #expect(text.contains("y = " + BlocksScreen.float32Text(anatomy.decoded[1], width: 24)))
        // ] steps to the tensor's next block; d wraps back to the first sample.
        let stepped = try TestSupport.play(model, script: "]").0
        #expect(TestSupport.text(stepped).contains("x = " + BlocksScreen.float32Text(Float(bitPattern: data.bits[size + 1]), width: 24)))
        #expect(try TestSupport.play(model, script: "d").0.screens.blocks.sample == 0)
    }

    @Test func aTensorSmallerThanABlockIsPaddedWithZeros() throws {
        let data = TensorData(name: "tiny", bits: [Float(1.5), -2, 0.25].map(\.bitPattern), totalCount: 3)
        var screen = BlocksScreen()
        var session = Session(source: ValueSource(code: 0, in: .fp16))
        session.tensorData = data
        _ = screen.handle(.key(.character("d", modifiers: [])), in: Rect(x: 0, y: 0, width: 80, height: 24), session: &session)
        _ = screen.handle(.key(.character("d", modifiers: [])), in: Rect(x: 0, y: 0, width: 80, height: 24), session: &session)
        _ = screen.handle(.key(.character("d", modifiers: [])), in: Rect(x: 0, y: 0, width: 80, height: 24), session: &session)
        #expect(screen.showsTensor(data))
        let values = screen.values(tensor: data)
        #expect(values.count == screen.codec.layout.valuesPerBlock)
        #expect(Array(values.prefix(3)) == [1.5, -2, 0.25] && values.dropFirst(3).allSatisfy { $0 == 0 })
        #expect(screen.blockCount(tensor: data) == 1)
        _ = screen.handle(.key(.character("]", modifiers: [])), in: Rect(x: 0, y: 0, width: 80, height: 24), session: &session)
        #expect(screen.block == 0)
    }

    @Test func theNF4ScreenMeasuresItsQuantisersOnTheTensor() throws {
        let plain = try TestSupport.play(try ModelFixtures.model(), script: "4 d").0
        #expect(!plain.screens.nf4.usesTensor && plain.session.flash?.tone == .warning)
        #expect(plain.session.flash?.text == "no tensor data: on the Model screen (7), u takes the selected tensor")
        #expect(!TestSupport.text(plain).contains("d: data"))
        let model = try Self.withData("4 d", width: 200, height: 60)
        let data = try #require(model.session.tensorData)
        let screen = model.screens.nf4
        #expect(screen.usesTensor && screen.measuredTensor == data)
        let values = data.bits.map { Double(Float(bitPattern: $0)) }
        #expect(screen.quantizers == Quantizer.measured(on: values))
        #expect(screen.quantizers != Quantizer.all)
        // Every value lands in one bin; each block's absmax element lands on level -1 or +1.
        let blocks = (values.count + Quantizer.blockSize - 1) / Quantizer.blockSize
        for q in screen.quantizers {
            #expect(abs(q.shares.reduce(0, +) - 1) < 1e-12)
            #expect((q.shares.first! + q.shares.last!) * Double(values.count) >= Double(blocks) - 1e-9)
        }
        let text = TestSupport.text(model)
        #expect(text.contains("\(data.name) (\(TensorData.grouped(values.count)) values) in blocks of 64"))
        #expect(text.contains("d: data"))
        let back = try TestSupport.play(model, script: "d").0
        #expect(!back.screens.nf4.usesTensor && back.screens.nf4.quantizers == Quantizer.all)
        #expect(TestSupport.text(back).contains("N(0,1) in blocks of 64"))
    }

    @Test func snapshots() throws {
        for (width, height) in [(80, 24), (200, 60)] {
            Snapshot.check(TestSupport.text(try Self.withData("4 d", width: width, height: height)), named: "tensor-nf4-\(width)x\(height)")
        }
        let sweep = "5 " + String(repeating: "f ", count: SweepSourcePreset.allCases.count)
        for (width, height) in [(80, 24), (120, 40)] {
            Snapshot.check(TestSupport.text(try Self.withData(sweep, width: width, height: height)), named: "tensor-sweep-\(width)x\(height)")
            Snapshot.check(TestSupport.text(try Self.withData("6 d d d", width: width, height: height)), named: "tensor-blocks-q4_0-\(width)x\(height)")
        }
    }
}
