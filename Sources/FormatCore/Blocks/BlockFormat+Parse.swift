/// Reading block format specs: `ELEMENT[:N | :row=N | :tensor][+dq]`.
extension BlockFormat {
    /// Specs for help texts, one per kind.
    public static var examples: [String] {
        ["mxfp4", "mxfp6-e2m3", "mxfp8-e4m3", "nvfp4", "nf4:64", "nf4:64+dq", "bnb-fp4:64", "int4:64",
         "int8:128", "int4-asym:64", "e2m1fn:32", "int8:row=4096", "nf4:tensor"]
    }

    /// Parses a spec such as `mxfp4`, `nvfp4`, `nf4:64`, `nf4:64+dq`, `int8:row=4096`, `int4-asym:128`, `nf4:tensor`.
    ///
    /// Case, spaces and `_` are ignored. MX formats default to blocks of 32, NVFP4 to 16, the others to 64.
    public static func parse(_ spec: String) throws(BlockFormatError) -> BlockFormat {
        var text = spec.lowercased().filter { $0 != " " && $0 != "_" }
        var doubleQuantized = false
        if text.hasSuffix("+dq") {
            doubleQuantized = true
            text.removeLast(3)
        }
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let elementText = parts[0]
        guard !elementText.isEmpty else { throw BlockFormatError(spec: spec, reason: "no element format") }
        let (element, rule, defaultSize) = try elementAndRule(elementText, spec: spec)
        var granularity = BlockGranularity.block(defaultSize)
        if parts.count == 2 { granularity = try parseGranularity(parts[1], spec: spec) }
        do {
            return try BlockFormat(element: element, scaleRule: rule, granularity: granularity, doubleQuantized: doubleQuantized)
        } catch {
            throw BlockFormatError(spec: spec, reason: error.reason)
        }
    }

    /// The element, scale rule and default block size an element name stands for.
    private static func elementAndRule(_ text: String, spec: String) throws(BlockFormatError) -> (Format, BlockScaleRule, Int) {
        let key = text.filter { $0 != "-" && $0 != "." }
        switch key {
        case "mxfp8", "mxfp8e4m3": return (.e4m3fn, .sharedExponent, 32)
        case "mxfp8e5m2": return (.e5m2, .sharedExponent, 32)
        case "mxfp6", "mxfp6e2m3": return (.e2m3fn, .sharedExponent, 32)
        case "mxfp6e3m2": return (.e3m2fn, .sharedExponent, 32)
        case "mxfp4", "mxfp4e2m1": return (.e2m1fn, .sharedExponent, 32)
        case "nvfp4": return (.e2m1fn, .twoLevel, 16)
        default: break
        }
        for suffix in ["asym", "asymmetric"] where key.hasSuffix(suffix) && key.hasPrefix("int") {
            let digits = key.dropFirst(3).dropLast(suffix.count)
            guard let bits = Int(digits), (2...8).contains(bits) else {
                throw BlockFormatError(spec: spec, reason: "intN-asym takes N from 2 to 8")
            }
            return (.uint(bits), .minMax, 64)
        }
        let format: Format
        do {
            format = try Format.named(text)
        } catch {
            let hint = error.suggestions.isEmpty ? "" : " (did you mean \(error.suggestions.map { "'\($0)'" }.joined(separator: ", "))?)"
            throw BlockFormatError(spec: spec, reason: "unknown element '\(text)'\(hint)")
        }
        if case .integer(let s) = format.kind, !s.isSigned { return (format, .minMax, 64) }
        return (format, .absmax, 64)
    }

    /// `64`, `row=4096` or `tensor`.
    private static func parseGranularity(_ text: String, spec: String) throws(BlockFormatError) -> BlockGranularity {
        if text == "tensor" || text == "pertensor" { return .tensor }
        var digits = Substring(text), isRow = false
        for prefix in ["row=", "rows=", "row"] where text.hasPrefix(prefix) {
            digits = text.dropFirst(prefix.count)
            isRow = true
            break
        }
        guard let n = Int(digits), n >= 1 else {
            throw BlockFormatError(spec: spec, reason: "after ':' give a block size N, row=N or tensor, not '\(text)'")
        }
        return isRow ? .row(n) : .block(n)
    }
}
