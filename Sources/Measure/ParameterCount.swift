/// Parameter counts as people write them: `7B`, `1.5B`, `350M`, `70k`, `7e9`, `6738415616`, `7,000,000`.
public enum ParameterCount {
    /// The largest count accepted: 10^15.
    public static let maximum = 1_000_000_000_000_000

    /// Parses a count; the suffixes K, M, B (or G) and T are powers of 1000.
    public static func parse(_ text: String) throws(TargetError) -> Int {
        let t = text.filter { $0 != "," && $0 != "_" && $0 != " " }.lowercased()
        let scales: [Character: Double] = ["k": 1e3, "m": 1e6, "b": 1e9, "g": 1e9, "t": 1e12]
        var number = Substring(t), scale = 1.0
        if let last = number.last, let s = scales[last] { scale = s; number = number.dropLast() }
        guard !number.isEmpty, number.allSatisfy({ $0.isNumber || $0 == "." || $0 == "e" || $0 == "+" }),
              let value = Double(number), value.isFinite, value > 0 else {
            throw TargetError("'\(text)' is not a parameter count; give e.g. 7B, 1.5B, 350M, 7e9 or 6738415616")
        }
        let n = (value * scale).rounded()
        guard n >= 1, n <= Double(maximum) else { throw TargetError("'\(text)' is out of range: parameter counts go from 1 to 10^15") }
        guard n == value * scale else { throw TargetError("'\(text)' is not a whole number of parameters") }
        return Int(n)
    }
}
