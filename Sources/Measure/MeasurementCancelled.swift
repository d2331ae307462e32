/// Thrown when a measurement is stopped before it ends (Ctrl-C, the app leaving the screen).
public struct MeasurementCancelled: Error, Sendable, Equatable {
    /// The error.
    public init() {}
}
