// Throughput of the GGUF codecs on one core, next to llama.cpp's own quantisers in the same run.
// Usage: swift build -c release --scratch-path .build-gguf --product gguf-bench
//        .build-gguf/release/gguf-bench [q4_k q8_0 ...]   (env: RUNS, VALUES, REFERENCE)
// For each type: the plain path (encode then decode, the definition) and roundTrip (the SIMD path
// for q8_0 and the K-quants, the same plain path for the others), in M values/s by this thread's
// CPU time, and whether the two gave the same output bits,
// median of RUNS runs over VALUES (default 2^22) N(0, 0.02) float32 values in rows of 4096. Then
// llama.cpp's quantise + dequantise of the same types (../shared/tools/ggml-reference/
// bench_reference.sh: ggml-quants.c at -O3 -march=native, one thread, 2^24 values of its own
// N(0, 0.02) draw), unless REFERENCE=0 or the script is missing.
import FormatCore
import Foundation

func normal(_ count: Int, scale: Float) -> [Float] {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func uniform() -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return (Double(state >> 11) + 0.5) * 0x1p-53
    }
    var out = [Float](repeating: 0, count: count)
    var i = 0
    while i < count {
        let r = (-2 * log(uniform())).squareRoot(), t = 2 * Double.pi * uniform()
        out[i] = Float(r * cos(t)) * scale
        if i + 1 < count { out[i + 1] = Float(r * sin(t)) * scale }
        i += 2
    }
    return out
}

/// This thread's CPU time in seconds.
func threadCPUTime() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

let env = ProcessInfo.processInfo.environment
let runs = Int(env["RUNS"] ?? "") ?? 3
let total = Int(env["VALUES"] ?? "") ?? (1 << 22)
let names = CommandLine.arguments.count > 1 ? Array(CommandLine.arguments.dropFirst()) : GGUFCodecs.all.map(\.name)

/// Median thread CPU time of `runs` runs.
func measure(_ body: () -> Void) -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = threadCPUTime()
        body()
        times.append(threadCPUTime() - start)
    }
    return times.sorted()[runs / 2]
}

let input = normal(total, scale: 0.02)
var output = [Float](repeating: 0, count: total)
print("floatscope GGUF codecs: \(total) values N(0, 0.02), median of \(runs) runs, one thread, M values/s by CPU time")
for name in names {
    guard let codec = GGUFCodecs.all.first(where: { $0.name == name }) else { print("\(name): unknown"); continue }
    let row = 4096
    var bytes = [UInt8](repeating: 0, count: codec.encodedByteCount(count: row))
    let plain = input.withUnsafeBufferPointer { i in
        output.withUnsafeMutableBufferPointer { o in
            bytes.withUnsafeMutableBytes { b in
                measure {
                    for start in stride(from: 0, to: total, by: row) {
                        codec.encode(i.baseAddress! + start, count: row, tensorAmax: 0, into: b.baseAddress!)
                        codec.decode(UnsafeRawPointer(b.baseAddress!), count: row, into: o.baseAddress! + start)
                    }
                }
            }
        }
    }
    let plainBits = output.map(\.bitPattern)      // decode(encode(x)), compared with roundTrip's below
    let trip = input.withUnsafeBufferPointer { i in
        output.withUnsafeMutableBufferPointer { o in
            measure {
                for start in stride(from: 0, to: total, by: row) {
                    codec.roundTrip(i.baseAddress! + start, o.baseAddress! + start, count: row, tensorAmax: 0)
                }
            }
        }
    }
    let same = zip(plainBits, output).allSatisfy { $0 == $1.bitPattern }
    print(String(format: "%-7@ plain encode+decode %7.1f M/s   roundTrip %7.1f M/s   %@", name as NSString,
                 Double(total) / plain / 1e6, Double(total) / trip / 1e6,
                 (same ? "roundTrip = plain bit for bit" : "roundTrip DIFFERS from plain") as NSString))
}

let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/tools/ggml-reference/bench_reference.sh")
if env["REFERENCE"] != "0" && FileManager.default.fileExists(atPath: script.path) {
    print("llama.cpp reference (\(script.path)):")
    fflush(nil)     // all C streams: print's buffered lines come out before the script's
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [script.path] + names.map { $0 == "mxfp4_gguf" ? "MXFP4" : $0.uppercased() }  // ggml calls its MXFP4 type MXFP4
    do {
        try process.run()
        process.waitUntilExit()
    } catch {
        print("could not run the reference: \(error)")
    }
} else {
    print("llama.cpp reference not run (REFERENCE=0 or \(script.path) missing)")
}
