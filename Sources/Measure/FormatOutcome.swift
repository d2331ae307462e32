/// What one candidate format does to one tensor.
public enum FormatOutcome: Sendable, Hashable {
    /// Measured: the error figures and the bytes the tensor takes in the format.
    case measured(ErrorFigures, bytes: Int)
    /// The format does not apply to the tensor (a row that is not whole blocks...), and why.
    case notApplicable(NotApplicable)

    /// The figures, when measured.
    public var figures: ErrorFigures? {
        if case .measured(let f, _) = self { return f }
        return nil
    }

    /// The bytes, when measured.
    public var bytes: Int? {
        if case .measured(_, let b) = self { return b }
        return nil
    }
}
