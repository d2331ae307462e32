import FormatCore
import TUICore
@testable import FloatscopeApp

/// Finds English left on a screen drawn in Chinese: words of three or more ASCII letters that are
/// not names (formats, block formats, keys, units, rounding modes, file types, function names,
/// distributions as the CLI spells them), hexadecimal digits or one letter repeated (bit-field
/// labels such as `eeeeeeee`).
enum ChineseCheck {
    /// Names allowed in a Chinese frame, lowercased.
    static let names: Set<String> = {
        var names: Set<String> = [
            // Rounding modes and overflow policies as the CLI spells them; non-finite values.
            "nearest", "even", "away", "toward", "zero", "stochastic", "truncate", "inf", "nan",
            // Keys.
            "enter", "esc", "tab", "home", "end", "pgup", "pgdn", "shift", "ctrl", "del", "backspace",
            // Units, abbreviations, functions and file types.
            "ulp", "ulps", "sqnr", "rms", "rmse", "std", "cos", "log", "exp", "max", "min", "abs", "sqrt", "gib", "svg",
            "gguf", "safetensors", "npy", "npz", "json", "csv", "ieee", "ocp", "bnb", "dmin", "absmax", "kahan",
            "gradscaler", "lora", "qlora", "llama", "llm", "nvidia", "amd", "graphcore", "tpu", "tensorfloat", "bfloat", "normalfloat",
            "binary", "bitsandbytes", "dtypes", "mma", "floatscope", "english", "lognormal", "uniform", "normal",
        ]
        for format in Format.catalog {
            for name in [format.name] + format.aliases { names.formUnion(words(name)) }
        }
        for codec in BlockCodecRegistry.listing { names.formUnion(words(codec.name)) }
        return names
    }()

    /// The words of three or more ASCII letters in a text, lowercased.
    static func words(_ text: String) -> [String] {
        var words: [String] = [], current = ""
        for c in text.lowercased() {
            if c.isASCII && c.isLetter { current.append(c) } else {
                if current.count >= 3 { words.append(current) }
                current = ""
            }
        }
        if current.count >= 3 { words.append(current) }
        return words
    }

    /// The English words of a frame (its rows, in order, each once).
    static func englishWords(_ frame: CellBuffer) -> [String] {
        var seen: Set<String> = [], found: [String] = []
        for y in 0..<frame.size.height {
            for word in words(frame.rowText(y)) where !names.contains(word) && !isDigitsOrField(word) && seen.insert(word).inserted {
                found.append(word)
            }
        }
        return found
    }

    /// Hexadecimal digits (`dcccccd` of `0x3dcccccd`, `xff`, `fep` of `0x1.8fep-3`) or one letter
    /// repeated (`mmmm`).
    static func isDigitsOrField(_ word: String) -> Bool {
        word.allSatisfy { "abcdefxp".contains($0) } || Set(word).count == 1
    }

    /// A model in Chinese on a screen at a size.
    static func model(_ screen: ScreenID, value: String = "0.1", width: Int = 100, height: Int = 30) throws -> AppModel {
        var configuration = AppConfiguration(valueText: value, language: .zh)
        configuration.screen = screen
        return try AppModel(configuration: configuration, size: Size(width: width, height: height))
    }
}
