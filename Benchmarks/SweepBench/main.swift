import Dispatch
import Foundation
import FormatCore
import Sweep
import Synchronization

// Sweep timing, release build:
//   sweep-bench TARGET [THREADS] [RUNS] [SOURCE]
// TARGET: a scalar format (bf16, e4m3fn...) or a block spec (nf4:64, mxfp4...).
// SOURCE: "all" (every fp32 pattern, the default) or "normal:N" (N standard-normal samples made
// before timing starts, so only quantise + dequantise + statistics are timed).
//   sweep-bench sampler [THREADS] [RUNS] [N] [DIST]
// The sample stream alone: N samples of DIST (default normal) drawn in chunks of 65,536 into a buffer
// per thread (in L2, as the sweep engine draws them), nothing else.
let args = CommandLine.arguments
if args.count > 1 && args[1] == "sampler" {
    let threads = args.count > 2 ? Int(args[2])! : SweepEngine.coreCount
    let runs = args.count > 3 ? Int(args[3])! : 5
    let n = args.count > 4 ? Int(args[4])! : 1 << 28
    let distribution = Distribution.parse(args.count > 5 ? args[5] : "normal")!
    let chunk = SweepEngine.chunkSize, chunks = (n + chunk - 1) / chunk
    var times: [Double] = []
    let sink = Atomic<UInt32>(0)
    for _ in 0..<runs {
        let clock = ContinuousClock(), start = clock.now
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            let buffer = UnsafeMutablePointer<UInt32>.allocate(capacity: chunk)
            defer { buffer.deallocate() }
            var check: UInt32 = 0
            while true {
                let c = next.add(1, ordering: .relaxed).oldValue
                if c >= chunks { break }
                let count = min(chunk, n - c * chunk)
                distribution.fill(buffer, seed: 1, start: UInt64(c * chunk), count: count)
                check ^= buffer[count - 1]
            }
            sink.bitwiseXor(check, ordering: .relaxed)
        }
        let d = clock.now - start
        times.append(Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
    }
    times.sort()
    let median = times[times.count / 2]
    print("sampler \(distribution.spelling), \(n) values, \(threads) thread(s): median \(median) s (\(Int(Double(n) / median / 1e6)) M values/s) "
          + "of \(times.map { (($0 * 1000).rounded() / 1000) }) [\(sink.load(ordering: .relaxed))]")
    exit(0)
}
let spec = args.count > 1 ? args[1] : "bf16"
let threads = args.count > 2 ? Int(args[2])! : SweepEngine.coreCount
let runs = args.count > 3 ? Int(args[3])! : 3
let sourceSpec = args.count > 4 ? args[4] : "all"

let target: any RoundTripper
if !spec.contains(":"), let f = try? Format.named(spec) {
    target = ScalarRoundTrip(f)
} else {
    target = BlockRoundTrip(try BlockFormat.parse(spec))
}

let source: SweepSource
if sourceSpec.hasPrefix("normal:"), let n = Int(sourceSpec.dropFirst(7)) {
    let generated = SweepEngine(threads: threads).materialize(.samples(.normal(mean: 0, sigma: 1), count: UInt64(n), seed: 1))
    source = .values(generated)
} else {
    source = .allCodes(.fp32)
}

var times: [Double] = []
var last: SweepResult?
for _ in 0..<runs {
    let r = SweepEngine(threads: threads).run(source, through: target)
    times.append(r.elapsed)
    last = r
}
times.sort()
let s = last!.statistics
let median = times[times.count / 2]
let values = Double(source.count)
print("\(spec) over \(sourceSpec == "all" ? "all 2^32 fp32 patterns" : sourceSpec), \(threads) thread(s): median \(median) s "
      + "(\(Int(values / median / 1e6)) M values/s) of \(times.map { (($0 * 1000).rounded() / 1000) })")
print("  NaN inputs \(s.nanInputs), overflow->inf \(s.overflowToInfinity), SQNR \(s.sqnr) dB, "
      + "mean rel over fp32-normal inputs \(s.meanRelativeError(binades: -126...127)), max rel \(s.maxRelativeError(binades: -126...127))")
