import Measure

/// A measurement the Model screen asks the runner to start: every tensor of the file against the
/// named candidates (`ModelCandidate` names).
public struct ModelRequest: Sendable, Hashable {
    /// Identifies the job in its messages.
    public var id: Int
    /// The opened file.
    public var model: ModelHandle
    /// Candidate names, in the order of each tensor's outcomes.
    public var candidates: [String]

    /// Creates a request.
    public init(id: Int, model: ModelHandle, candidates: [String]) {
        self.id = id
        self.model = model
        self.candidates = candidates
    }

    /// The candidates of the request's names; names that do not parse are left out.
    public var parsedCandidates: [ModelCandidate] {
        candidates.compactMap { try? ModelCandidate.parse($0) }
    }

    /// Work units of the whole file (the progress total).
    public var workUnits: UInt64 {
        let count = parsedCandidates.count
        return model.file.tensors.reduce(0) { $0 + ModelMeasurement.workUnits($1, candidates: count) }
    }
}
