import TensorFileIO
import TensorFiles

/// Gradients (or any values) for the lab from a tensor file: a `.npy`, `.npz`, safetensors or GGUF
/// file, one tensor of it decoded to float32 and widened exactly to Double.
enum LabTensorValues {
    /// The most values taken (the lab's limit for given values).
    static let limit = 1 << 22

    /// The values of tensor `name` of the file at `path` (the file's only tensor when `name` is nil),
    /// and a description of the source; a usage error when the tensor is missing, ambiguous or too
    /// large, an I/O error when the file cannot be read.
    static func read(path: String, tensor name: String?) throws -> (values: [Double], source: String) {
        let file: ModelFile
        do throws(TensorFileError) { file = try ModelFiles.open([path]) } catch { throw ModelCommand.cliError(error) }
        let tensor: TensorInfo
        if let name {
            guard let t = file.tensors.first(where: { $0.name == name }) else {
                throw CLIError.usage("--tensor: \(path) has no tensor '\(name)'; it has \(names(file))")
            }
            tensor = t
        } else {
            guard file.tensors.count == 1, let only = file.tensors.first else {
                throw CLIError.usage("--values-from: \(path) holds \(file.tensors.count) tensors; name one with --tensor (\(names(file)))")
            }
            tensor = only
        }
        guard tensor.elementCount <= limit else {
            throw CLIError.usage("--values-from: tensor \(tensor.name) has \(tensor.elementCount) values; the lab takes at most \(limit) (2^22)")
        }
        let bits: [UInt32]
        do throws(TensorFileError) { bits = try file.patterns(of: tensor, limit: limit) } catch { throw ModelCommand.cliError(error) }
        return (bits.map { Double(Float(bitPattern: $0)) }, "tensor \(tensor.name) of \(path)")
    }

    /// The first tensor names of a file, for messages.
    static func names(_ file: ModelFile) -> String {
        let shown = file.tensors.prefix(5).map(\.name).joined(separator: ", ")
        return file.tensors.count > 5 ? shown + ", …" : (shown.isEmpty ? "none" : shown)
    }
}
