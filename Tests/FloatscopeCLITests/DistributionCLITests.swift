import Foundation
import Testing

/// `sweep --dist`: read by ArgumentParser (`DistributionArgument`), every spelling kept.
@Suite struct DistributionCLITests {
    /// The JSON source fields of a one-sample sweep.
    static func source(_ dist: String) throws -> [String: Any] {
        let out = try CLI.run(["sweep", "--dist", dist, "--samples", "1", "--to", "bf16", "--json"])
        #expect(out.status == 0, "\(dist): \(out.stderr)")
        return try #require(try out.json()["source"] as? [String: Any], "\(dist)")
    }

    @Test("every spelling reads as before", arguments: [
        ("normal", "normal", ["mean": 0.0, "sigma": 1.0]), ("gaussian", "normal", ["mean": 0.0, "sigma": 1.0]),
        ("n:0,0.02", "normal", ["mean": 0.0, "sigma": 0.02]), ("NORMAL:1", "normal", ["mean": 1.0, "sigma": 1.0]),
        ("uniform", "uniform", ["lower": -1.0, "upper": 1.0]), ("u:-2,2", "uniform", ["lower": -2.0, "upper": 2.0]),
        ("loguniform", "loguniform", ["low_binade": -20.0, "high_binade": 20.0]),
        ("log-uniform:-10,10", "loguniform", ["low_binade": -10.0, "high_binade": 10.0]),
        ("laplace:0,2", "laplace", ["location": 0.0, "scale": 2.0]),
        ("student-t", "student-t", ["degrees": 3.0, "scale": 1.0]), ("t:5", "student-t", ["degrees": 5.0, "scale": 1.0]),
        ("studentt:3,0.5", "student-t", ["degrees": 3.0, "scale": 0.5]),
    ])
    func spellings(dist: String, name: String, parameters: [String: Double]) throws {
        let source = try Self.source(dist)
        #expect(source["distribution"] as? String == name, "\(dist)")
        #expect(source["parameters"] as? [String: Double] == parameters, "\(dist): \(String(describing: source["parameters"]))")
    }

    @Test("a bad distribution is refused while parsing, naming every accepted form (exit 2)",
          arguments: ["gauss", "normal:0,-1", "uniform:1,0", "normal:a", "normal:0,1,2", "t:0", ""])
    func refused(dist: String) throws {
        let out = try CLI.run(["sweep", "--dist", dist, "--samples", "1K", "--to", "bf16"])
        #expect(out.status == 2, "\(dist): status \(out.status)")
        #expect(out.stderr.contains("'\(dist)' is invalid for '--dist"), "\(out.stderr)")
        for form in ["normal[:MU,SIGMA] (default 0,1)", "uniform[:A,B]", "loguniform[:LO,HI]", "laplace[:MU,B]", "student-t[:NU[,SCALE]]"] {
            #expect(out.stderr.contains(form), "\(dist): \(out.stderr)")
        }
        #expect(out.stdout.isEmpty)
    }

    @Test("the help lists the forms once, as values")
    func help() throws {
        let out = try CLI.run(["sweep", "--help"])
        #expect(out.status == 0)
        #expect(out.text.contains("--dist <dist>"))
        #expect(out.text.contains("(values: normal[:MU,SIGMA]"))
    }
}
