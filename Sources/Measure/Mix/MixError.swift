/// Why a mix cannot be computed: an unknown mix name, a tensor list llama-quantize would refuse, or a
/// tensor the rules cannot place. The message names what was wrong and what is accepted.
public struct MixError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The message.
    public let description: String

    /// An error with `description` as its message.
    public init(_ description: String) { self.description = description }
}
