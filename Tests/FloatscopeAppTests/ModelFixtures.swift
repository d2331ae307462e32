import Foundation
import Measure
import TensorFileIO
import TensorFiles
import TUICore
@testable import FloatscopeApp

/// The Model screen's fixture: the CLI tests' tiny llama GGUF (8 F32 tensors, 2 layers), opened
/// through the I/O layer as the executable opens it, and measured once against the default candidates.
enum ModelFixtures {
    /// The fixture's path.
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../FloatscopeCLITests/Fixtures/tiny-llama.gguf").standardized.path

    /// The opened file (one object for every test, as the app is handed one).
    static let handle: ModelHandle = ModelHandle(try! ModelFiles.open([path]))

    /// The reports of every tensor, in file order.
    static let reports: [TensorReport] = try! ModelMeasurement.run(handle.file, tensors: handle.file.tensors,
                                                                   candidates: ModelCandidate.defaults, threads: 2)

    /// The app started on the Model screen with the fixture, at a size.
    static func model(width: Int = 100, height: Int = 30, file: Bool = true) throws -> AppModel {
        try AppModel(configuration: AppConfiguration(screen: .model, model: file ? handle : nil), size: Size(width: width, height: height))
    }

    /// The app after `.launched` (measurement 1 started) and the reports of `tensors` posted.
    static func measuring(_ tensors: [Int], width: Int = 100, height: Int = 30) throws -> AppModel {
        var messages: [Message] = [.launched]
        messages += tensors.map { .modelTensor(1, index: $0, reports[$0]) }
        messages.append(.modelProgress(1, done: UInt64(tensors.count) * 1000, total: 16_512 * 13, elapsed: 1.25))
        return TestSupport.play(try model(width: width, height: height), messages).0
    }

    /// The app after the whole measurement finished.
    static func finished(width: Int = 100, height: Int = 30) throws -> AppModel {
        let model = try measuring(Array(reports.indices), width: width, height: height)
        return TestSupport.play(model, [.modelFinished(1, problem: nil, elapsed: 0.5)]).0
    }
}
