import Foundation
import FormatCore
import Testing
import TensorFiles
@testable import ValueFiles

/// Raw value files as a sweep source: values read as float32 patterns in any chunking, and every
/// refusal with its kind (bad input or I/O).
@Suite("Raw value files")
struct RawValueStreamTests {
    /// Writes bytes to a fresh temporary file; returns its path.
    static func file(_ bytes: [UInt8]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("floatscope-raw-\(UUID().uuidString).bin")
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Reads a whole stream in chunks of `chunk` values.
    static func readAll(_ stream: RawValueStream, chunk: Int) throws -> [UInt32] {
        let buffer = UnsafeMutablePointer<UInt32>.allocate(capacity: chunk)
        defer { buffer.deallocate() }
        var all: [UInt32] = []
        while true {
            let n = try stream.read(into: buffer, maximum: chunk)
            if n == 0 { return all }
            all += UnsafeBufferPointer(start: buffer, count: n)
        }
    }

    @Test("every fp16 code read in chunks of 1, 7 and 4096 values becomes its float32 pattern")
    func fp16Codes() throws {
        var bytes: [UInt8] = []
        for code in 0..<65536 { bytes += [UInt8(code & 0xff), UInt8(code >> 8)] }
        let path = try Self.file(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let expected = (0..<65536).map { Float32Codes.bits(.fp16, code: UInt64($0)) }
        for chunk in [1, 7, 4096] {
            let stream = try RawValueStream(path: path, format: .fp16)
            defer { stream.close() }
            #expect(stream.expectedCount == 65536)
            #expect(try Self.readAll(stream, chunk: chunk) == expected)
        }
    }

    @Test("refusals: a missing file is I/O; a partial value, a word with no tf32 code and a safetensors file are bad input")
    func refusals() throws {
        do {
            _ = try RawValueStream(path: "/nonexistent/floatscope-raw", format: .fp16)
            Issue.record("a missing file was opened")
        } catch {
            #expect(error.kind == .io && error.description.contains("cannot open '/nonexistent/floatscope-raw'"))
        }
        let cases: [(bytes: [UInt8], format: Format, says: String)] = [
            ([0x00, 0x3c, 0x00], .fp16, "ends with 1 byte(s)"),
            ([0x01, 0x00, 0x80, 0x3f], .tf32, "is not a tf32 storage word"),
            ([8, 0, 0, 0, 0, 0, 0, 0] + Array("{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}".utf8), .fp32, "safetensors"),
        ]
        for c in cases {
            let path = try Self.file(c.bytes)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let stream = try RawValueStream(path: path, format: c.format)
            defer { stream.close() }
            do {
                _ = try Self.readAll(stream, chunk: 16)
                Issue.record("\(c.says): read without an error")
            } catch let error as RawValueError {
                #expect(error.kind == .input && error.description.contains(c.says), "\(error)")
            }
        }
    }
}
