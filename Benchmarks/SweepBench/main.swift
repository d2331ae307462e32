import FormatCore
import Sweep

// Sweep timing, release build:
//   sweep-bench TARGET [THREADS] [RUNS] [SOURCE]
// TARGET: a scalar format (bf16, e4m3fn...) or a block spec (nf4:64, mxfp4...).
// SOURCE: "all" (every fp32 pattern, the default) or "normal:N" (N standard-normal samples made
// before timing starts, so only quantise + dequantise + statistics are timed).
let args = CommandLine.arguments
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
