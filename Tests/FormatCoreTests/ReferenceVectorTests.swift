import Foundation
import Testing
@testable import FormatCore

/// Every row of the ml_dtypes vectors, bit for bit.
@Suite struct ReferenceVectorTests {
    @Test("decode matches ml_dtypes for every code", arguments: VectorFiles.formatNames)
    func everyCode(name: String) throws {
        let format = try Format.named(name)
        let rows = try VectorFiles.rows("codes/\(name).csv")
        #expect(UInt64(rows.count) == format.codeCount)
        for row in rows {
            let code = VectorFiles.hex(row[0])
            let expected = Double(String(row[1]))!
            let decoded = format.decode(code)
            let got = decoded.value.doubleValue
            if expected.isNaN {
                #expect(got.isNaN, "\(name) code \(row[0]) should be NaN")
                #expect(decoded.category == .nan)
            } else {
                #expect(got.bitPattern == expected.bitPattern, "\(name) code \(row[0]): got \(got), want \(expected)")
                // The exact path gives the code back.
                #expect(format.encode(decoded.exact).code == code, "\(name) code \(row[0]) does not round-trip")
            }
        }
    }

    @Test("fp32 conversions match ml_dtypes (binary and exact paths)", arguments: VectorFiles.formatNames)
    func conversions(name: String) throws {
        let format = try Format.named(name)
        let rows = try VectorFiles.rows("convert/fp32_to_\(name).csv")
        #expect(rows.count > 1000)
        var failures = 0
        for row in rows {
            let input = Float(bitPattern: UInt32(VectorFiles.hex(row[0])))
            let want = VectorFiles.hex(row[1])
            let binary = format.encode(BinaryValue(input)).code
            let exact = format.encode(ExactValue(Double(input))).code
            if binary != want || exact != want {
                failures += 1
                if failures < 10 { Issue.record("\(name): \(row[0]) (\(input)) -> binary \(String(binary, radix: 16)), exact \(String(exact, radix: 16)), want \(row[1])") }
            }
        }
        #expect(failures == 0)
    }

    @Test("the tests' own copy of the vectors is the shared one")
    func copyIsCurrent() throws {
        guard let shared = VectorFiles.sharedDirectory else { return }
        for sub in ["codes", "convert", "blocks"] {
            let files = try FileManager.default.contentsOfDirectory(atPath: shared.appendingPathComponent(sub).path)
            for file in files {
                let a = try Data(contentsOf: shared.appendingPathComponent(sub).appendingPathComponent(file))
                let b = try Data(contentsOf: VectorFiles.ownDirectory.appendingPathComponent(sub).appendingPathComponent(file))
                #expect(a == b, "Tests/Vectors/\(sub)/\(file) differs from ../shared/vectors")
            }
        }
    }
}
