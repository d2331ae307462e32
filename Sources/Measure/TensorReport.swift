import TensorFiles

/// One tensor of a model report: what the file says about it, and its measurement or why there is none.
public struct TensorReport: Sendable, Hashable {
    /// Name, shape, stored type, counts.
    public let tensor: TensorInfo
    /// The statistics and the candidates' outcomes; nil when the tensor could not be read.
    public let measurement: TensorMeasurement?
    /// Why the tensor was not measured (a stored type that cannot be decoded); nil when measured.
    public let problem: String?

    /// A report.
    public init(tensor: TensorInfo, measurement: TensorMeasurement?, problem: String?) {
        self.tensor = tensor
        self.measurement = measurement
        self.problem = problem
    }

    /// The length of the tensor's rows: its innermost dimension (all of a vector, 1 for a scalar).
    public static func rowLength(_ shape: [Int]) -> Int { shape.last ?? 1 }
}
