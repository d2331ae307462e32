import FormatCore

/// A figure of a caption: a word, a number or a call, read from a placeholder's text.
///
/// The syntax is a small prefix notation: `max fp16`, `stored bf16 0.1`,
/// `- (bpv nf4:64) (bpv nf4:64+dq)`. The top level needs no parentheses; nested calls do.
/// Numbers are inputs (the value a step types, a parameter count) read exactly by `ValueParser`;
/// every result is computed (see `FigureEvaluator`).
public indirect enum FigureExpression: Sendable, Hashable {
    /// A bare word: a format name, a function name or `value`.
    case word(String)
    /// A call: a function name and its arguments.
    case call(String, [FigureExpression])

    /// Reads a placeholder's text.
    public static func parse(_ text: String) throws(FigureError) -> FigureExpression {
        var tokens: [String] = []
        var current = ""
        for ch in text {
            if ch == "(" || ch == ")" {
                if !current.isEmpty { tokens.append(current); current = "" }
                tokens.append(String(ch))
            } else if ch == " " {
                if !current.isEmpty { tokens.append(current); current = "" }
            } else {
                current.append(ch)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        guard !tokens.isEmpty else { throw FigureError(placeholder: text, reason: "it is empty") }
        var position = 0
        var items: [FigureExpression] = []
        while position < tokens.count {
            items.append(try parseItem(tokens, &position, text: text))
        }
        if items.count == 1 { return items[0] }
        guard case .word(let name) = items[0] else {
            throw FigureError(placeholder: text, reason: "a call starts with a function name")
        }
        return .call(name, Array(items.dropFirst()))
    }

    /// One word or one parenthesised call.
    static func parseItem(_ tokens: [String], _ position: inout Int, text: String) throws(FigureError) -> FigureExpression {
        let token = tokens[position]
        position += 1
        if token == ")" { throw FigureError(placeholder: text, reason: "a ')' closes nothing") }
        guard token == "(" else { return .word(token) }
        guard position < tokens.count, tokens[position] != "(", tokens[position] != ")" else {
            throw FigureError(placeholder: text, reason: "'(' must be followed by a function name")
        }
        let name = tokens[position]
        position += 1
        var arguments: [FigureExpression] = []
        while position < tokens.count, tokens[position] != ")" {
            arguments.append(try parseItem(tokens, &position, text: text))
        }
        guard position < tokens.count else { throw FigureError(placeholder: text, reason: "a '(' is not closed") }
        position += 1
        return .call(name, arguments)
    }
}
