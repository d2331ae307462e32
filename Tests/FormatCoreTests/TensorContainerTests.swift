import Testing
import FormatCore

/// Tensor files are recognised by their first bytes (defect 4).
@Suite struct TensorContainerTests {
    @Test("npy, safetensors and GGUF magics; raw values are not mistaken for them")
    func detect() {
        #expect(TensorContainer.detect([0x93] + Array("NUMPY".utf8) + [1, 0]) == .npy)
        #expect(TensorContainer.detect(Array("GGUF".utf8) + [3, 0, 0, 0]) == .gguf)
        let header: [UInt8] = [0x40, 0, 0, 0, 0, 0, 0, 0] + Array("{\"".utf8)
        #expect(TensorContainer.detect(header) == .safetensors)
        // Raw fp32 ones and zeros, a short input, and a '{' after a length too large to be a header.
        #expect(TensorContainer.detect([0, 0, 0x80, 0x3f, 0, 0, 0x80, 0x3f, 0, 0]) == nil)
        #expect(TensorContainer.detect([0x93]) == nil)
        #expect(TensorContainer.detect([0, 0, 0x80, 0x3f, 0, 0, 0x80, 0x3f, UInt8(ascii: "{")]) == nil)
    }
}
