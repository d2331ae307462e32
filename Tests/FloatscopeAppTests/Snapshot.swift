import Foundation
import Testing

/// Text snapshots under `Snapshots/`: compared by default, (re)written only when
/// FLOATSCOPE_RECORD_SNAPSHOTS=1 is set.
enum Snapshot {
    /// The snapshot directory next to this file.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    /// Whether snapshots are being recorded.
    static var recording: Bool { ProcessInfo.processInfo.environment["FLOATSCOPE_RECORD_SNAPSHOTS"] == "1" }

    /// Compares `text` with the snapshot `name` (or records it).
    static func check(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name + ".txt")
        let content = text.hasSuffix("\n") ? text : text + "\n"
        if recording {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            do { try content.write(to: url, atomically: true, encoding: .utf8) } catch {
                Issue.record("cannot write snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing snapshot \(url.lastPathComponent); record it with FLOATSCOPE_RECORD_SNAPSHOTS=1 swift test --filter FloatscopeAppTests",
                         sourceLocation: sourceLocation)
            return
        }
        if expected != content {
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = content.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(expectedLines.count, actualLines.count)
            Issue.record("""
                snapshot \(name) differs at line \(first + 1) (re-record with FLOATSCOPE_RECORD_SNAPSHOTS=1 if the change is intended)
                expected: \(first < expectedLines.count ? String(expectedLines[first]) : "<end>")
                actual:   \(first < actualLines.count ? String(actualLines[first]) : "<end>")
                --- actual screen ---
                \(content)
                """, sourceLocation: sourceLocation)
        }
    }
}
