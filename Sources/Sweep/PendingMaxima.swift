/// The largest absolute and relative errors of a chunk's one-field slices, kept as (figure, slice, test)
/// so that the input giving each is looked up once per chunk rather than once per slice: in an
/// exhaustive sweep the figures grow slice after slice, and a scalar scan of every slice would cost
/// as much as the statistics themselves.
struct PendingMaxima {
    /// A figure, the slice holding it, and how to recognise its first input there by index.
    struct Entry {
        let value: Double
        let start: Int, end: Int
        let matches: (Int) -> Bool
    }

    var absolute: Entry? = nil
    var relative: Entry? = nil

    /// Keeps `value` as the largest absolute error when it beats the one kept (ties keep the earlier).
    mutating func offerAbsolute(_ value: Double, start: Int, end: Int, matches: @escaping (Int) -> Bool) {
        if value > (absolute?.value ?? 0) { absolute = Entry(value: value, start: start, end: end, matches: matches) }
    }

    /// Keeps `value` as the largest relative error when it beats the one kept (ties keep the earlier).
    mutating func offerRelative(_ value: Double, start: Int, end: Int, matches: @escaping (Int) -> Bool) {
        if value > (relative?.value ?? 0) { relative = Entry(value: value, start: start, end: end, matches: matches) }
    }

    /// Sets the maxima of `s` that these beat, with their inputs.
    func resolve<P: PairSource>(_ pairs: P, into s: inout SweepStatistics) {
        if let a = absolute, a.value > s.maxAbsoluteError, let i = (a.start..<a.end).first(where: a.matches) {
            s.maxAbsoluteError = a.value
            s.maxAbsoluteErrorInput = pairs.input(i)
        }
        if let r = relative, r.value > s.maxRelativeError, let i = (r.start..<r.end).first(where: r.matches) {
            s.maxRelativeError = r.value
            s.maxRelativeErrorInput = pairs.input(i)
        }
    }
}
