// Throughput of BlockFormat.roundTrip on one core: median of RUNS runs per format.
// Usage: swift build -c release --scratch-path .build-blocks --product blocks-bench
//        .build-blocks/release/blocks-bench [formats...]   (env: RUNS, VALUES, CHUNK)
// Each run round-trips VALUES (default 2^24) N(0,1) float32 values in chunks of CHUNK (default 2^16,
// so input and output stay in L2, as a sweep engine feeding chunks would) and also once as a single call
// over all values (memory-bound). Per-tensor formats get whole calls only. Rates are given by wall
// time and by the thread's CPU time (the latter is steadier when other processes share the cores).
import FormatCore
import Foundation

func normal(_ count: Int) -> [Float] {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func uniform() -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return (Double(state >> 11) + 0.5) * 0x1p-53
    }
    var out = [Float](repeating: 0, count: count)
    var i = 0
    while i < count {
        let r = (-2 * log(uniform())).squareRoot(), t = 2 * Double.pi * uniform()
        out[i] = Float(r * cos(t))
        if i + 1 < count { out[i + 1] = Float(r * sin(t)) }
        i += 2
    }
    return out
}

let env = ProcessInfo.processInfo.environment
let runs = Int(env["RUNS"] ?? "") ?? 5
let total = Int(env["VALUES"] ?? "") ?? (1 << 24)
let chunk = Int(env["CHUNK"] ?? "") ?? (1 << 16)
let specs = CommandLine.arguments.count > 1 ? Array(CommandLine.arguments.dropFirst()) : ["nf4:64", "int4:64", "mxfp4", "nvfp4", "nf4:64+dq", "e2m1fn:64", "int8:64"]
let input = normal(total)
let amax = input.reduce(Float(0)) { max($0, abs($1)) }
var output = [Float](repeating: 0, count: total)

/// This thread's CPU time in seconds (not counting time other processes hold the core).
func threadCPUTime() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

/// Median wall time and median thread CPU time of `runs` runs.
func measure(_ body: () -> Void) -> (wall: Double, cpu: Double) {
    var walls: [Double] = [], cpus: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds, cpu = threadCPUTime()
        body()
        cpus.append(threadCPUTime() - cpu)
        walls.append(Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9)
    }
    return (walls.sorted()[runs / 2], cpus.sorted()[runs / 2])
}

print("values \(total), chunk \(chunk), median of \(runs) runs, one thread")
for spec in specs {
    let format: BlockFormat
    do { format = try BlockFormat.parse(spec) } catch { print(error); continue }
    input.withUnsafeBufferPointer { i in
        output.withUnsafeMutableBufferPointer { o in
            let inp = i.baseAddress!, out = o.baseAddress!
            var line = String(format: "%-12@ %6.3f bits/value", format.name as NSString, format.bitsPerValue)
            if format.blockSize != 0 {
                let step = max(chunk / format.blockSize, 1) * format.blockSize
                let t = measure {
                    var start = 0
                    while start < total {
                        let n = min(step, total - start)
                        format.roundTrip(inp + start, out + start, count: n, tensorAmax: amax)
                        start += n
                    }
                }
                line += String(format: "   chunked %5.2f G values/s (CPU time: %5.2f G/s, %4.2f ns/value)",
                               Double(total) / t.wall / 1e9, Double(total) / t.cpu / 1e9, t.cpu / Double(total) * 1e9)
            }
            let t = measure { format.roundTrip(inp, out, count: total, tensorAmax: amax) }
            line += String(format: "   one call %5.2f G/s (CPU %5.2f)", Double(total) / t.wall / 1e9, Double(total) / t.cpu / 1e9)
            var signal = 0.0, noise = 0.0
            for k in 0..<total {
                signal += Double(inp[k]) * Double(inp[k])
                noise += (Double(out[k]) - Double(inp[k])) * (Double(out[k]) - Double(inp[k]))
            }
            line += String(format: "   SQNR %.2f dB", 10 * log10(signal / noise))
            print(line)
        }
    }
}
