import TensorFiles

/// The values of one tensor of the opened model, taken by the Model screen's `u` key as the data of
/// the Sweep and Blocks screens: the first `TensorData.limit` values at most, as float32 bit patterns
/// in C order. A reference, equal only to itself, so that the session holding it stays cheap to compare.
public final class TensorData: Sendable, Hashable {
    /// The tensor's name in the file.
    public let name: String
    /// The values read, as float32 bit patterns (the first ones when the tensor is cut).
    public let bits: [UInt32]
    /// The number of values of the whole tensor.
    public let totalCount: Int

    /// At most this many values are read (2^24, as the largest sample preset of the Sweep screen).
    public static let limit = 1 << 24

    /// Wraps values already read.
    public init(name: String, bits: [UInt32], totalCount: Int) {
        self.name = name
        self.bits = bits
        self.totalCount = totalCount
    }

    /// Whether only the first values of the tensor were read.
    public var isCut: Bool { bits.count < totalCount }

    /// Value `i` as a float.
    public func value(_ i: Int) -> Float { Float(bitPattern: bits[i]) }

    /// The first `count` values (fewer when there are fewer), as floats.
    public func values(count: Int) -> [Float] { bits.prefix(max(0, count)).map { Float(bitPattern: $0) } }

    /// `n` with a comma every three digits (`16,777,216`).
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// How many values, and of how many when cut: `1,024 values`, `first 16,777,216 of 50,331,648 values`.
    public var countText: String {
        isCut ? "first \(Self.grouped(bits.count)) of \(Self.grouped(totalCount)) values" : "\(Self.grouped(bits.count)) value\(bits.count == 1 ? "" : "s")"
    }

    /// The name of this data as a source: `tensor NAME (N values)`.
    public var title: String { "tensor \(name) (\(countText))" }

    /// The name of this data as a source in a language: in Chinese `张量 NAME（N 个数值）`.
    public func title(_ language: Language) -> String {
        guard language == .zh else { return title }
        let count = isCut ? "前 \(Self.grouped(bits.count)) 个，共 \(Self.grouped(totalCount)) 个数值" : "\(Self.grouped(bits.count)) 个数值"
        return "张量 \(name)（\(count)）"
    }

    /// Reads the first `limit` values (at most) of `tensor` of `model`. Throws when its type cannot be
    /// read (the error says which) or when it has no values.
    public static func read(_ tensor: TensorInfo, of model: ModelHandle, limit: Int = TensorData.limit) throws(TensorFileError) -> TensorData {
        let count = min(max(0, tensor.elementCount), max(1, limit))
        guard count > 0 else {
            throw TensorFileError(file: model.file.paths.first ?? "", tensor: tensor.name, message: "the tensor has no values", category: .unsupported)
        }
        return TensorData(name: tensor.name, bits: try model.file.patterns(of: tensor, limit: count), totalCount: tensor.elementCount)
    }

    /// Reads a tensor for `Effect.readTensorData` (on the runner's background thread) and says
    /// what came of it as the message that reports it.
    public static func outcome(_ tensor: TensorInfo, of model: ModelHandle) -> Message {
        do throws(TensorFileError) {
            return .tensorDataRead(name: tensor.name, try read(tensor, of: model), problem: nil)
        } catch {
            return .tensorDataRead(name: tensor.name, nil, problem: "cannot use \(tensor.name) (\(tensor.storedType)) as data: \(error.message)")
        }
    }

    /// Same object.
    public static func == (a: TensorData, b: TensorData) -> Bool { a === b }

    /// Hashes the object's identity.
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
