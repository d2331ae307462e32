import Foundation

/// The `config.json` beside a safetensors checkpoint: its integer fields and its architecture class.
struct HuggingFaceConfig {
    /// Integer fields (`num_hidden_layers`, `num_attention_heads`, `num_key_value_heads`, `hidden_size`...).
    let integers: [String: Int]
    /// The first entry of `architectures` (`LlamaForCausalLM`).
    let architecture: String?

    /// Reads `config.json` in the folder of `path`; nil when there is none or it is not a JSON object
    /// (or is larger than 1 MB).
    init?(besides path: String) {
        let url = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("config.json")
        guard let data = try? Data(contentsOf: url), data.count < 1 << 20,
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        var ints: [String: Int] = [:]
        for (k, v) in object {
            if !(v is Bool), let i = v as? Int { ints[k] = i }
        }
        integers = ints
        architecture = (object["architectures"] as? [Any])?.first as? String
    }
}
