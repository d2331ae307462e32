import Claims
import FormatCore
import Measure
import Foundation
import Lab

/// Computes caption figures from the core: format facts, one rounding step, block layouts and
/// exact arithmetic. Nothing here is a typed-in result; numbers in an expression are inputs.
///
/// Functions (F a scalar format, B a scalar or block format, X an expression):
/// `max F`, `min F` (most negative finite), `min-normal F`, `min-subnormal F` (smallest positive), `eps F` (spacing above 1),
/// `bias F`, `exp-bits F`, `man-bits F`, `width F` (bits of a code), `finite-count F`,
/// `stored F X` (X rounded into F, nearest-even), `err F X` (stored minus X), `rel-err F X`
/// (|err| / |X|), `ulp F X` (the spacing above X stored in F), `bpv B` (bits per value),
/// `block-size B`, `block-bytes B`, `group-blocks B` (blocks per group of a double-quantised format),
/// `round X` (to the nearest whole number, ties to even), `mix-bpv MIX` (bits per value of a
/// llama.cpp mix on a Llama-2-7B-shaped model by llama-quantize's rules), `mix-params MIX` (that
/// model's parameters), `scaler-init`, `scaler-growth`, `scaler-backoff`, `scaler-interval`
/// (PyTorch GradScaler's defaults), `lab-centre`, `lab-spread`, `lab-count` (the Lab screen's
/// gradients), `share KIND F K` (the share of them that underflow, are subnormal, normal or overflow
/// in F at S = 2^K), `vanished SCHEME`, `master-steps`, `master-lr` (the Lab's master-weights run), `+ X...`, `- X Y`, `* X...`, `/ X Y`, `pow2 K`,
/// `exp X` and `log2 X` (Double arithmetic, shown rounded), `abs X`, `gb X` (bytes / 10^9),
/// `gib X` (bytes / 2^30), `value` (the step's value).
public struct FigureEvaluator: Sendable {
    /// The step's value, for `value`.
    public var value: ExactValue

    /// Creates an evaluator.
    public init(value: ExactValue) {
        self.value = value
    }

    /// The text of a function whose figure is a name, not a number (`mix-model`: the architecture
    /// the mix figures are computed on), or nil for every other expression.
    public func text(_ expression: FigureExpression) -> String? {
        if case .word("mix-model") = expression { return ClaimCatalog.llama2_7B.name }
        return nil
    }

    /// Evaluates an expression to an exact value.
    public func evaluate(_ expression: FigureExpression, placeholder: String) throws(FigureError) -> ExactValue {
        func fail(_ reason: String) -> FigureError { FigureError(placeholder: placeholder, reason: reason) }
        switch expression {
        case .word(let word):
            if word == "value" { return value }
            if Self.constants.contains(word) { return try evaluate(.call(word, []), placeholder: placeholder) }
            do { return try ValueParser.parse(word).value } catch {
                throw fail("'\(word)' is not a number or a function of no arguments (\(error.reason))")
            }
        case .call(let name, let arguments):
            func format(_ i: Int) throws(FigureError) -> Format {
                guard i < arguments.count, case .word(let n) = arguments[i] else { throw fail("\(name) needs a format name as argument \(i + 1)") }
                do { return try Format.named(n) } catch { throw fail(error.description) }
            }
            func number(_ i: Int) throws(FigureError) -> ExactValue {
                guard i < arguments.count else { throw fail("\(name) needs \(i + 1) arguments") }
                return try evaluate(arguments[i], placeholder: placeholder)
            }
            func facts(_ i: Int) throws(FigureError) -> FormatFacts { FormatFacts(try format(i)) }
            func need(_ v: ExactValue?, _ what: String) throws(FigureError) -> ExactValue {
                guard let v else { throw fail("\(what) does not exist for this format") }
                return v
            }
            func semantics(_ i: Int) throws(FigureError) -> FloatSemantics {
                let f = try format(i)
                guard let s = f.floatSemantics else { throw fail("\(f.name) is not a floating-point format") }
                return s
            }
            func block(_ i: Int) throws(FigureError) -> any BlockCodec {
                guard i < arguments.count, case .word(let n) = arguments[i] else { throw fail("\(name) needs a block format as argument \(i + 1)") }
                do { return try BlockCodecRegistry.codec(n) } catch { throw fail(String(describing: error)) }
            }
            switch name {
            case "max": return try facts(0).maxFinite
            case "min": return try facts(0).minFinite
            case "min-normal": return try need(try facts(0).smallestNormal, "a smallest normal")
            case "min-subnormal": return try need(try facts(0).smallestPositive, "a smallest positive value")
            case "eps": return try need(try facts(0).epsilon, "an epsilon")
            case "bias": return Self.integer(try semantics(0).bias)
            case "exp-bits": return Self.integer(try semantics(0).exponentBits)
            case "man-bits": return Self.integer(try semantics(0).mantissaBits)
            case "width": return Self.integer(try format(0).bitWidth)
            case "finite-count": return try Self.parsed(String(try facts(0).finiteCount), fail)
            case "stored", "err", "rel-err", "ulp":
                let f = try format(0)
                let x = try number(1)
                let code = f.encode(x).code
                let stored = f.decode(code).exact
                switch name {
                case "stored": return stored
                case "err": return try Self.subtract(stored, x, fail)
                case "rel-err":
                    let e = try Self.subtract(stored, x, fail)
                    guard let em = e.finiteMagnitude, let xm = x.finiteMagnitude, !xm.isZero else { throw fail("no relative error of \(x)") }
                    return .finite((em / xm).reduced())
                default: return try need(f.ulp(at: code), "a spacing at this value")
                }
            case "bpv":
                if let f = try? format(0) { return Self.integer(f.bitWidth) }
                return ExactValue(try block(0).layout.bitsPerValue)
            case "block-size": return Self.integer(try block(0).layout.valuesPerBlock)
            case "block-bytes": return Self.integer(try block(0).layout.bitsPerBlock / 8)
            case "group-blocks": return Self.integer(try block(0).layout.blocksPerGroup)
            case "mix-bpv", "mix-params":
                guard case .word(let mixName)? = arguments.first else { throw fail("\(name) needs a llama.cpp mix name (q4_k_m)") }
                let model = ClaimCatalog.llama2_7B
                if name == "mix-params" { return try Self.parsed(String(model.parameterCount), fail) }
                let mix: LlamaMix
                do { mix = try LlamaMix.parse(mixName) } catch { throw fail(error.description) }
                let mixed: [(choice: MixChoice, bytes: Int?)]
                do { mixed = try model.mixed(mix) } catch { throw fail(error.description) }
                var bytes = 0
                for tensor in mixed {
                    guard let b = tensor.bytes else { throw fail("\(mix.name) gives a type whose size is unknown: \(tensor.choice.typeName)") }
                    bytes += b
                }
                return try Self.parsed("\(bytes * 8)/\(model.parameterCount)", fail)
            case "scaler-init": return ExactValue(ScalerSettings().initialScale)
            case "scaler-growth": return ExactValue(ScalerSettings().growthFactor)
            case "scaler-backoff": return ExactValue(ScalerSettings().backoffFactor)
            case "scaler-interval": return Self.integer(ScalerSettings().growthInterval)
            case "lab-centre": return ExactValue(LabScreen.gradientShape.centreLog2)
            case "lab-spread": return ExactValue(LabScreen.gradientShape.spreadLog2)
            case "lab-count": return Self.integer(LabScreen.count)
            case "share":
                // share KIND F K: the share of the lab's gradients that KIND (underflow, subnormal, normal,
                // overflow) when g·2^K is rounded into F.
                guard arguments.count == 3, case .word(let kind) = arguments[0] else { throw fail("share needs KIND FORMAT LOG2-SCALE") }
                let f = try format(1)
                let k = try number(2)
                guard let km = k.finiteMagnitude, km.denominator == 1, km.numerator < 200 else { throw fail("the scale is 2^K with a whole K") }
                let log2Scale = Int(km.numerator) * (k.isNegative ? -1 : 1)
                guard let counts = LabScreen.counts(scaleLog2: log2Scale, gradients: Self.labGradients).first(where: { $0.format == f.name }) else {
                    throw fail("the lab counts \(LabScreen.formats.map(\.name).joined(separator: ", ")), not \(f.name)")
                }
                switch kind {
                case "underflow": return counts.share(counts.underflow)
                case "subnormal": return counts.share(counts.subnormal)
                case "normal": return counts.share(counts.normal)
                case "overflow": return counts.share(counts.overflow)
                default: throw fail("share KIND is underflow, subnormal, normal or overflow, not \(kind)")
                }
            case "vanished", "master-steps", "master-lr":
                let m = LabScreen.masterWeights
                if name == "master-steps" { return Self.integer(m.steps) }
                if name == "master-lr" { return ExactValue(m.learningRate) }
                guard case .word(let schemeName)? = arguments.first, let scheme = WeightScheme.parse(schemeName) else {
                    throw fail("vanished needs a scheme: bf16, fp16, fp32, bf16+fp32-master, bf16+kahan, bf16+sr")
                }
                guard let result = Self.masterResult else { throw fail("the lab's master-weights run failed") }
                guard let run = result.runs.first(where: { $0.scheme == scheme }) else { throw fail("the lab runs no scheme \(schemeName)") }
                return result.vanishedShare(of: run)
            case "round":
                let x = try number(0)
                guard x.finiteMagnitude != nil else { throw fail("cannot round \(x)") }
                let whole = Format.int(32)
                return whole.decode(whole.encode(x).code).exact
            case "+", "*":
                guard arguments.count >= 2 else { throw fail("\(name) needs at least two arguments") }
                var total = try number(0)
                for i in 1..<arguments.count {
                    let next = try number(i)
                    total = name == "+" ? try Self.add(total, next, fail) : try Self.multiply(total, next, fail)
                }
                return total
            case "-": return try Self.subtract(try number(0), try number(1), fail)
            case "/":
                let a = try number(0), b = try number(1)
                guard let am = a.finiteMagnitude, let bm = b.finiteMagnitude, !bm.isZero else { throw fail("cannot divide \(a) by \(b)") }
                return .finite((am / bm).reduced(), negative: a.isNegative != b.isNegative && !am.isZero)
            case "abs":
                let a = try number(0)
                return ExactValue(isNegative: false, magnitude: a.magnitude)
            case "pow2":
                let k = try number(0)
                guard let m = k.finiteMagnitude, m.denominator == 1, m.numerator < 20_000 else { throw fail("pow2 needs a whole exponent") }
                let e = Int(m.numerator) * (k.isNegative ? -1 : 1)
                return .finite(Rational(significand: 1, exponent: e))
            case "exp": return ExactValue(Foundation.exp(try number(0).doubleValue))
            case "log2": return ExactValue(Foundation.log2(try number(0).doubleValue))
            case "gb": return try Self.multiply(try number(0), try Self.parsed("1e-9", fail), fail)
            case "gib": return try Self.multiply(try number(0), .finite(Rational(significand: 1, exponent: -30)), fail)
            default: throw fail("unknown function '\(name)'")
            }
        }
    }

    /// The Lab screen's gradients, drawn once (a pure function of its seed).
    static let labGradients = LabScreen.gradientSample()
    /// The Lab screen's master-weights run, once.
    static let masterResult = try? LabScreen.masterWeights.run()

    /// Functions of no arguments, which a placeholder may name without parentheses.
    static let constants: Set<String> = ["scaler-init", "scaler-growth", "scaler-backoff", "scaler-interval", "lab-centre", "lab-spread",
                                         "lab-count", "master-steps", "master-lr"]

    /// A whole number as an exact value.
    static func integer(_ n: Int) -> ExactValue {
        ExactValue(Double(n)) // the figures here (biases, field widths, block sizes) are far below 2^53
    }

    /// A decimal read exactly.
    static func parsed(_ text: String, _ fail: (String) -> FigureError) throws(FigureError) -> ExactValue {
        do { return try ValueParser.parse(text).value } catch { throw fail(error.reason) }
    }

    /// a + b, exactly (finite values only).
    static func add(_ a: ExactValue, _ b: ExactValue, _ fail: (String) -> FigureError) throws(FigureError) -> ExactValue {
        guard let am = a.finiteMagnitude, let bm = b.finiteMagnitude else { throw fail("cannot add \(a) and \(b)") }
        if a.isNegative == b.isNegative { return .finite((am + bm).reduced(), negative: a.isNegative) }
        let difference = Rational.distance(am, bm).reduced()
        return .finite(difference, negative: difference.isZero ? false : (am < bm ? b.isNegative : a.isNegative))
    }

    /// a - b, exactly.
    static func subtract(_ a: ExactValue, _ b: ExactValue, _ fail: (String) -> FigureError) throws(FigureError) -> ExactValue {
        try add(a, b.negated, fail)
    }

    /// a × b, exactly.
    static func multiply(_ a: ExactValue, _ b: ExactValue, _ fail: (String) -> FigureError) throws(FigureError) -> ExactValue {
        guard let am = a.finiteMagnitude, let bm = b.finiteMagnitude else { throw fail("cannot multiply \(a) and \(b)") }
        let product = (am * bm).reduced()
        return .finite(product, negative: a.isNegative != b.isNegative && !product.isZero)
    }
}
