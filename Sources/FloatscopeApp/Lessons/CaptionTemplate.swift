import FormatCore

/// A caption with its figures left as placeholders: `fp16's largest value is {max fp16}`.
///
/// A placeholder is `{EXPRESSION}`, `{EXPRESSION|STYLE}` or `{EXPRESSION|=STYLE}` (the figure
/// after its relation: `= 42` when exact, `≈ 0.007874` when rounded) (see `FigureExpression`,
/// `FigureEvaluator`, `FigureStyle`). The literal text around placeholders holds no figures: a test
/// checks that no word of it starts with a digit, so every number a lesson shows is computed.
public struct CaptionTemplate: Sendable, Hashable {
    /// A piece of a caption.
    public enum Segment: Sendable, Hashable {
        /// Text shown as written.
        case literal(String)
        /// A figure: the placeholder's text, its expression and its style.
        case figure(String, FigureExpression, FigureStyle)
    }

    /// The pieces, in order.
    public var segments: [Segment]

    /// Reads a template.
    public init(_ text: String) throws(FigureError) {
        var segments: [Segment] = []
        var literal = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            literal += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw FigureError(placeholder: String(rest[open...]), reason: "a '{' is not closed")
            }
            let inside = String(rest[rest.index(after: open)..<close])
            if !literal.isEmpty { segments.append(.literal(literal)); literal = "" }
            let parts = inside.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            let expression = try FigureExpression.parse(String(parts[0]))
            var styleText = parts.count > 1 ? String(parts[1]) : ""
            let relation = styleText.hasPrefix("=")
            if relation { styleText.removeFirst() }
            let style = styleText.isEmpty ? .standard : try FigureStyle.parse(styleText, placeholder: inside)
            segments.append(.figure(inside, expression, relation ? .relation(style) : style))
            rest = rest[rest.index(after: close)...]
        }
        literal += rest
        if literal.contains("}") { throw FigureError(placeholder: literal, reason: "a '}' opens nothing") }
        if !literal.isEmpty { segments.append(.literal(literal)) }
        self.segments = segments
    }

    /// The caption with every figure computed.
    public func filled(with evaluator: FigureEvaluator) throws(FigureError) -> String {
        var text = ""
        for segment in segments {
            switch segment {
            case .literal(let s): text += s
            case .figure(let placeholder, let expression, let style):
                if let name = evaluator.text(expression) { text += name; continue }
                text += style.text(try evaluator.evaluate(expression, placeholder: placeholder))
            }
        }
        return text
    }

    /// Words of the literal text that start with a digit (figures typed by hand); empty when the
    /// template is honest. A word is a run of letters, digits, `.`, `_`, `^`, `:` and `+`
    /// (so `nf4:64+dq` is a name, `2^-24` a figure).
    public var typedFigures: [String] {
        var found: [String] = []
        for case .literal(let s) in segments {
            var word = ""
            func flush() {
                if let first = word.first, first.isASCII, first.isNumber { found.append(word) }
                word = ""
            }
            for ch in s {
                if ch.isLetter || ch.isNumber || "._^:+".contains(ch) { word.append(ch) } else { flush() }
            }
            flush()
        }
        return found
    }
}
