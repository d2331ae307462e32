import TUICore

/// A lesson being shown: which one, which step, and that step's caption with its figures filled.
public struct LessonState: Sendable, Equatable {
    /// The lesson.
    public var lesson: Lesson
    /// The step shown (0-based).
    public var step: Int
    /// The caption of the step, figures computed, in the app's language.
    public var caption: String
    /// The header line: title, step and keys.
    public var header: String
    /// The header for a narrow terminal: title, step, arrows.
    public var shortHeader: String

    /// The most rows the caption box takes (header included); longer captions are cut with "…".
    public static let maximumRows = 9

    /// The caption's lines wrapped to a width (the box has one column of margin each side).
    public func captionLines(width: Int) -> [Line] {
        caption.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph in
            TextWrap.wrap(Line(String(paragraph)), width: max(1, width - 2))
        }
    }

    /// Rows of the caption box at a terminal width: the header and the wrapped caption.
    public func rows(width: Int) -> Int {
        min(Self.maximumRows, 1 + captionLines(width: width).count)
    }
}
