import TensorFiles

/// A model file's tensor reader is a source of tensor values.
extension TensorReader: TensorValueReader {}
