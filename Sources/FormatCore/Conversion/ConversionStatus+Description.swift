/// Human-readable status badges.
extension ConversionStatus: CustomStringConvertible {
    /// A short badge such as `exact`, `rounded`, `overflow→inf`, `saturated`, `underflow→0`.
    public var description: String {
        var parts: [String] = []
        if contains(.nanInput) {
            parts.append(contains(.nanOutput) ? "NaN" : "NaN→no NaN code")
        } else if contains(.invalid) {
            parts.append("invalid→NaN")
        } else if contains(.overflow) {
            if contains(.saturated) { parts.append("saturated") }
            else if contains(.nanOutput) { parts.append("overflow→NaN") }
            else if contains(.infiniteOutput) { parts.append("overflow→inf") }
            else { parts.append("overflow") }
        } else if contains(.underflow) {
            // A format without zero (E8M0FNU) keeps its smallest value instead.
            parts.append(contains(.saturated) ? "underflow→smallest" : "underflow→0")
        } else if contains(.saturated) {
            parts.append("saturated")
        } else if contains(.subnormal) {
            parts.append(contains(.inexact) ? "rounded subnormal" : "subnormal")
        } else if contains(.infiniteOutput) {
            parts.append("inf")
        } else {
            parts.append(contains(.inexact) ? "rounded" : "exact")
        }
        return parts.joined(separator: " ")
    }

    /// Machine-readable flag names for JSON.
    public var flagNames: [String] {
        let names: [(ConversionStatus, String)] = [
            (.inexact, "inexact"), (.overflow, "overflow"), (.saturated, "saturated"), (.underflow, "underflow"),
            (.subnormal, "subnormal"), (.nanInput, "nan_input"), (.nanOutput, "nan_output"),
            (.infiniteOutput, "infinite_output"), (.invalid, "invalid"),
        ]
        return names.filter { contains($0.0) }.map(\.1)
    }
}
