// Reading a deflated .npz member through TensorReader (inflate, CRC-32, float32 bits), one core.
// Usage: swift build -c release --scratch-path .build-npz --product npz-bench
//        .build-npz/release/npz-bench file.npz [name raw.f32]   (env: RUNS, default 5)
// Prints, per run and as the median of RUNS, this thread's CPU time (and the wall time) of reading
// every value of the member `name` (default: the first tensor) in windows of 65 536 values, and MB/s
// of inflated and of compressed bytes by CPU time. With raw.f32 (the same values as raw little-endian float32) it checks every value
// bit for bit first. The numpy reference (np.load(...)[name]) is timed by the caller in the same run.
import Foundation
import TensorFileIO
import TensorFiles

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    print("usage: npz-bench file.npz [name raw.f32]")
    exit(2)
}
let runs = Int(ProcessInfo.processInfo.environment["RUNS"] ?? "") ?? 5
let model = try ModelFiles.open([arguments[1]])
let tensor = arguments.count >= 3 ? model.tensors.first { $0.name == arguments[2] }! : model.tensors[0]
let member = tensor.storage.member
let inflated = member?.uncompressedSize ?? tensor.byteCount
let compressed = member?.compressedSize ?? tensor.byteCount
var buffer = [UInt32](repeating: 0, count: 65536)

if arguments.count >= 4 {
    let raw = try Data(contentsOf: URL(fileURLWithPath: arguments[3]))
    let reader = try model.reader(for: tensor)
    var at = 0
    var bad = 0
    while true {
        let n = try buffer.withUnsafeMutableBufferPointer { try reader.read(into: $0.baseAddress!, maximum: 65536) }
        if n == 0 { break }
        raw.withUnsafeBytes { r in
            for i in 0..<n where r.loadUnaligned(fromByteOffset: (at + i) * 4, as: UInt32.self) != buffer[i] { bad += 1 }
        }
        at += n
    }
    print("check: \(at) values, \(bad) differ from \(arguments[3])")
}

/// This thread's CPU time in seconds.
func cpuSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

var times: [Double] = []
for run in 1...runs {
    let clock = ContinuousClock()
    let start = clock.now
    let cpuStart = cpuSeconds()
    let reader = try model.reader(for: tensor)
    var total = 0
    var sum: UInt32 = 0
    while true {
        let n = try buffer.withUnsafeMutableBufferPointer { try reader.read(into: $0.baseAddress!, maximum: 65536) }
        if n == 0 { break }
        total += n
        sum &+= buffer[n - 1]
    }
    let seconds = cpuSeconds() - cpuStart
    let d = clock.now - start
    let wall = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    times.append(seconds)
    print(String(format: "run %d: %d values in %.3f s CPU (%.3f s wall): %.1f MB/s inflated, %.1f MB/s compressed (check %u)", run, total, seconds,
                 wall, Double(inflated) / seconds / 1e6, Double(compressed) / seconds / 1e6, sum))
}
let median = times.sorted()[times.count / 2]
print(String(format: "median of %d: %.3f s CPU: %.1f MB/s inflated (%d bytes), %.1f MB/s compressed (%d bytes)", runs, median,
             Double(inflated) / median / 1e6, inflated, Double(compressed) / median / 1e6, compressed))
