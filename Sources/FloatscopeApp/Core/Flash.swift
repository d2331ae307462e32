/// A short message in the status line that disappears after a number of ticks.
public struct Flash: Sendable, Hashable {
    /// The text.
    public var text: String
    /// How it looks.
    public var tone: Tone
    /// Ticks left before it disappears.
    public var ticksLeft: Int

    /// Ticks a flash stays by default (about three seconds at ten ticks a second).
    public static let defaultTicks = 30

    /// Creates a flash message.
    public init(_ text: String, tone: Tone = .neutral, ticks: Int = Flash.defaultTicks) {
        self.text = text
        self.tone = tone
        self.ticksLeft = ticks
    }
}
