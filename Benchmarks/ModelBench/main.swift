// Speed and memory of `floatscope model`'s measurement (issue 15 targets: the default formats at
// no less than 300 M (parameter x format) pairs per second on 2 threads; anonymous memory under
// 200 MB whatever the file size).
// Usage: swift build -c release --product model-bench
//        .build/release/model-bench [FILE...]   (env: RUNS (default 3), THREADS (2), PARAMS (2^26), FORMATS)
// Without a file it writes a llama-shaped float32 safetensors file of PARAMS parameters (t-distributed
// values, 5 degrees of freedom, scale 0.02) to /tmp and measures that. Prints for each run the wall
// time, (parameter x format) pairs per second and the process's peak anonymous memory (RssAnon
// sampled during the run), then the medians.
import Foundation
import Measure
import Sweep
import Synchronization
import TensorFileIO
import TensorFiles

func writeSynthetic(parameters: Int, to path: String) throws {
    let width = 2048, ff = 5632
    var shapes: [(String, [Int])] = []
    var total = 0
    var layer = 0
    while total < parameters {
        for (name, shape) in [("self_attn.q_proj", [width, width]), ("self_attn.k_proj", [256, width]), ("self_attn.v_proj", [256, width]),
                              ("self_attn.o_proj", [width, width]), ("mlp.gate_proj", [ff, width]), ("mlp.up_proj", [ff, width]),
                              ("mlp.down_proj", [width, ff])] where total < parameters {
            shapes.append(("model.layers.\(layer).\(name).weight", shape))
            total += shape[0] * shape[1]
        }
        shapes.append(("model.layers.\(layer).input_layernorm.weight", [width]))
        total += width
        layer += 1
    }
    var header = "{"
    var offset = 0
    for (i, (name, shape)) in shapes.enumerated() {
        let bytes = shape.reduce(4, *)
        header += "\(i == 0 ? "" : ",")\"\(name)\":{\"dtype\":\"F32\",\"shape\":[\(shape.map(String.init).joined(separator: ","))],\"data_offsets\":[\(offset),\(offset + bytes)]}"
        offset += bytes
    }
    header += "}"
    while (header.utf8.count + 8) % 8 != 0 { header += " " }
    _ = FileManager.default.createFile(atPath: path, contents: nil)
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    var length = UInt64(header.utf8.count).littleEndian
    try handle.write(contentsOf: Data(bytes: &length, count: 8) + Data(header.utf8))
    var state: UInt64 = 0x5EED
    func uniform() -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return (Double(state >> 11) + 0.5) * 0x1p-53
    }
    var chunk = [Float](repeating: 0, count: 1 << 20)
    var written = 0
    while written < offset / 4 {
        let n = min(chunk.count, offset / 4 - written)
        for i in 0..<n {
            // Student t with 5 degrees of freedom: a normal over the root of a chi-square / 5.
            let z = (-2 * log(uniform())).squareRoot() * cos(2 * .pi * uniform())
            var chi = 0.0
            for _ in 0..<5 { let g = (-2 * log(uniform())).squareRoot() * cos(2 * .pi * uniform()); chi += g * g }
            chunk[i] = Float(z / (chi / 5).squareRoot()) * 0.02
        }
        try chunk.withUnsafeBytes { try handle.write(contentsOf: Data($0.prefix(n * 4))) }
        written += n
    }
    try handle.close()
}

func anonymousKB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("RssAnon:") {
        return Int(line.split(separator: " ", omittingEmptySubsequences: true)[1]) ?? 0
    }
    return 0
}

let env = ProcessInfo.processInfo.environment
let runs = Int(env["RUNS"] ?? "") ?? 3
let threads = Int(env["THREADS"] ?? "") ?? 2
let parameters = Int(env["PARAMS"] ?? "") ?? (1 << 26)
var paths = Array(CommandLine.arguments.dropFirst())
if paths.isEmpty {
    let path = "/tmp/floatscope-model-bench-\(parameters).safetensors"
    if !FileManager.default.fileExists(atPath: path) {
        print("writing \(path) ...")
        try writeSynthetic(parameters: parameters, to: path)
    }
    paths = [path]
}
let candidates = try (env["FORMATS"].map { $0.split(separator: ",").map(String.init) } ?? ModelCandidate.defaultNames).map { try ModelCandidate.parse($0) }
let file = try ModelFiles.open(paths)
let count = file.tensors.reduce(0) { $0 + $1.elementCount }
print("\(paths.joined(separator: ", ")): \(file.tensors.count) tensors, \(count) parameters; \(candidates.count) formats; \(threads) threads")
var walls: [Double] = [], peaks: [Int] = []
var pairs = count * candidates.count
for run in 1...runs {
    let peak = Mutex(0)
    let clock = ContinuousClock(), start = clock.now
    let reports = try ModelMeasurement.run(file, tensors: file.tensors, candidates: candidates, threads: threads) { _ in
        let kb = anonymousKB()
        peak.withLock { $0 = max($0, kb) }
    }
    let e = clock.now - start
    let wall = Double(e.components.seconds) + Double(e.components.attoseconds) * 1e-18
    walls.append(wall)
    // Pairs actually measured: a format that does not apply to a tensor (a GGUF type on rows that are
    // not whole blocks) measures none of it.
    pairs = reports.reduce(0) { total, r in
        total + (r.measurement?.outcomes.reduce(0) { $0 + ($1.figures == nil ? 0 : r.tensor.elementCount) } ?? 0)
    }
    peaks.append(peak.withLock { $0 })
    print(String(format: "run %d: %.2f s, %.0f M pairs/s, peak anonymous memory %.1f MB", run, wall,
                 Double(pairs) / wall / 1e6, Double(peaks.last!) / 1024))
}
let median = walls.sorted()[walls.count / 2]
print("\(pairs) (parameter x format) pairs measured per run (formats that do not apply to a tensor measure none of it)")
print(String(format: "median %.2f s: %.0f M (parameter x format) pairs/s; peak anonymous memory %.1f MB",
             median, Double(pairs) / median / 1e6, Double(peaks.max()!) / 1024))
