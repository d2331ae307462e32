import TUICore

/// A small text syntax for sequences of messages, used by `floatscope render --keys`, tests and
/// slides to reach any state of the app without a terminal.
///
/// Tokens are separated by spaces: a single character is that key (`q`, `+`, `?`); named keys are
/// `up down left right home end pgup pgdn enter esc tab backtab space bs del`; `^x` or `ctrl-x`
/// is Ctrl plus a letter; `type:TEXT` types every character of TEXT; `click:X,Y`,
/// `wheelup:X,Y` and `wheeldown:X,Y` are mouse events (zero-based cells); `resize:WxH`; `tick`.
public enum MessageScript {
    /// Why a script could not be read.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The token that was not understood.
        public let token: String

        /// A message naming the token and the accepted forms.
        public var description: String {
            "cannot read key '\(token)': use a single character, one of \(MessageScript.names.keys.sorted().joined(separator: " ")), ^x, type:TEXT, click:X,Y, wheelup:X,Y, wheeldown:X,Y, resize:WxH or tick"
        }
    }

    /// Named keys.
    static let names: [String: Key] = [
        "up": .up, "down": .down, "left": .left, "right": .right, "home": .home, "end": .end,
        "pgup": .pageUp, "pgdn": .pageDown, "enter": .enter, "esc": .escape, "tab": .tab, "backtab": .backTab,
        "space": .char(" "), "bs": .backspace, "del": .delete,
    ]

    /// Reads a script.
    public static func parse(_ script: String) throws(ParseError) -> [Message] {
        var messages: [Message] = []
        for token in script.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            messages += try parseToken(token)
        }
        return messages
    }

    static func parseToken(_ token: String) throws(ParseError) -> [Message] {
        if token.count == 1, let c = token.first { return [.key(.char(c))] }
        if let key = names[token.lowercased()] { return [.key(key)] }
        if token.lowercased() == "tick" { return [.tick] }
        if token.hasPrefix("type:") { return token.dropFirst(5).map { .key(.char($0)) } }
        for prefix in ["^", "ctrl-"] where token.lowercased().hasPrefix(prefix) {
            let rest = token.dropFirst(prefix.count)
            if rest.count == 1, let c = rest.first { return [.key(.ctrl(Character(c.lowercased())))] }
        }
        let parts = token.split(separator: ":", maxSplits: 1).map(String.init)
        if parts.count == 2 {
            if parts[0] == "resize" {
                let numbers = parts[1].split(separator: "x").compactMap { Int($0) }
                if numbers.count == 2 { return [.resize(Size(width: numbers[0], height: numbers[1]))] }
            }
            let numbers = parts[1].split(separator: ",").compactMap { Int($0) }
            if numbers.count == 2 {
                let (x, y) = (numbers[0], numbers[1])
                switch parts[0] {
                case "click":
                    return [.mouse(MouseEvent(kind: .press, button: 1, x: x, y: y)), .mouse(MouseEvent(kind: .release, button: 1, x: x, y: y))]
                case "wheelup": return [.mouse(MouseEvent(kind: .wheelUp, button: 4, x: x, y: y))]
                case "wheeldown": return [.mouse(MouseEvent(kind: .wheelDown, button: 5, x: x, y: y))]
                default: break
                }
            }
        }
        throw ParseError(token: token)
    }
}
