import FormatCore
import Sweep

// Exhaustive fp32 -> TARGET -> fp32 sweep timing: sweep-bench [target] [threads] [runs]
let args = CommandLine.arguments
let target = try Format.named(args.count > 1 ? args[1] : "bf16")
let threads = args.count > 2 ? Int(args[2])! : SweepEngine.coreCount
let runs = args.count > 3 ? Int(args[3])! : 3
var times: [Double] = []
var last: SweepResult?
for _ in 0..<runs {
    let r = SweepEngine(threads: threads).run(.allCodes(.fp32), through: ScalarRoundTrip(target))
    times.append(r.elapsed)
    last = r
}
times.sort()
let s = last!.statistics
print("fp32 -> \(target.name) -> fp32, all 2^32 inputs, \(threads) thread(s): median \(times[times.count / 2]) s of \(times)")
print("nan \(s.nanInputs) overflow->inf \(s.overflowToInfinity) mean rel \(s.meanRelativeError) max rel \(s.maxRelativeError)")
