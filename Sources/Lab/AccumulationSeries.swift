/// One format, kind and method: the result after N = 2^0, 2^1, ... terms, and the exact sums of the
/// same terms (as the same inputs, in F).
public struct AccumulationSeries: Sendable, Hashable {
    /// The format's name.
    public let format: String
    /// Sum or dot product.
    public let kind: AccumulationKind
    /// The method.
    public let method: AccumulationMethod
    /// The term counts N.
    public let counts: [Int]
    /// The accumulated result after each N.
    public let results: [Double]
    /// The exact result after each N.
    public let exact: [Dyadic]

    /// Creates a series.
    public init(format: String, kind: AccumulationKind, method: AccumulationMethod, counts: [Int], results: [Double], exact: [Dyadic]) {
        self.format = format
        self.kind = kind
        self.method = method
        self.counts = counts
        self.results = results
        self.exact = exact
    }

    /// The error `result - exact` after the i-th N, exactly; nil when the result is not finite.
    public func error(at i: Int) -> Dyadic? {
        Dyadic(results[i]).map { $0 - exact[i] }
    }
}
