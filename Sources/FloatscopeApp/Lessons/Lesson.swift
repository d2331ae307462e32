/// A lesson: a named list of steps that drive the real screens, each with a caption.
///
/// A lesson is data: adding one is one file in `Lessons/Catalog/` and one line in `LessonCatalog`.
public struct Lesson: Sendable, Hashable {
    /// The name typed on the command line (`floatscope tui --lesson NAME`).
    public var name: String
    /// The title.
    public var title: LocalizedText
    /// The steps, in order.
    public var steps: [LessonStep]

    /// Creates a lesson.
    public init(name: String, title: LocalizedText, steps: [LessonStep]) {
        self.name = name
        self.title = title
        self.steps = steps
    }
}
