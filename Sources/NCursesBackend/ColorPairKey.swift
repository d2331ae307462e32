/// A curses foreground/background colour-number pair (-1 is the terminal default).
struct ColorPairKey: Hashable {
    var foreground: Int32
    var background: Int32
}
