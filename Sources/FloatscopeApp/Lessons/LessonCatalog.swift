/// Every lesson, in the order the menu and `floatscope lesson` list them.
public enum LessonCatalog {
    /// The lessons.
    public static let all: [Lesson] = [
        .anatomy,
        .rangeVersusPrecision,
        .overflowUnderflow,
        .lossScaling,
        .masterWeights,
        .fp8,
        .integers,
        .nf4,
        .blockScaling,
        .kQuants,
        .modelSize,
    ]

    /// The lesson with a name (case-insensitive), or nil.
    public static func named(_ name: String) -> Lesson? {
        all.first { $0.name == name.lowercased() }
    }
}
