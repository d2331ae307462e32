import ArgumentParser
import Glibc
import FloatscopeApp
import FormatCore
import TUICore

/// Options shared by `tui` and `render`: the value, the formats, rounding and the look.
struct AppOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The value (any syntax `inspect` reads: 0.1, 1/3, 0x1.8p-3, fp16:max, bf16:0x3f80...).", valueName: "value"))
    var value: String = AppConfiguration.defaultValueText

    @Option(name: [.customShort("f"), .customLong("formats"), .customLong("format")],
            help: ArgumentHelp("Formats, comma-separated or repeated. Default: fp32,tf32,bf16,fp16,e4m3fn,e5m2,e2m1fn,int8,nf4.", valueName: "formats"))
    var formats: [String] = []

    @OptionGroup var roundingOptions: RoundingOptions

    @Flag(name: .long, help: "Draw with ASCII characters only (automatic without a UTF-8 locale).")
    var ascii = false

    @Flag(name: .long, help: "No colours (also when NO_COLOR is set); bold, reverse and underline keep fields apart.")
    var noColor = false

    @Option(name: .long, help: ArgumentHelp("Language of lessons: en or zh (default: from LC_ALL, LC_MESSAGES or LANG).", valueName: "lang"))
    var lang: LanguageChoice?

    @Flag(name: .long, help: "Start in presenter mode (P or F5 in the app): no title or status line, high contrast, big glyphs on Bits.")
    var present = false

    @Option(name: .long, help: ArgumentHelp("Colours for a dark terminal or a light page: dark or light (also for --svg and the x export).", valueName: "theme"))
    var theme: String = Appearance.dark.rawValue

    /// The `--theme` asked for, or a usage error naming the choices.
    func appearance() throws -> Appearance {
        guard let appearance = Appearance(rawValue: theme.lowercased()) else {
            throw CLIError.usage("unknown --theme '\(theme)'; themes: \(Appearance.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return appearance
    }

    /// The app's starting configuration, or a usage error.
    func configuration() throws -> AppConfiguration {
        _ = try appearance()
        let list = formats.isEmpty ? BitsScreen.defaultFormats : try resolveFormats(formats)
        guard !list.isEmpty else { throw CLIError.usage("name at least one format, e.g. --formats fp16,bf16") }
        let configuration = AppConfiguration(valueText: value, formats: list, rounding: try roundingOptions.mode(), overflow: roundingOptions.policy,
                                             language: LanguageChoice.resolve(lang), presenting: present)
        do { _ = try configuration.session() } catch { throw CLIError.usage(String(describing: error)) }
        return configuration
    }

    /// Whether colour is off: `--no-color` or a non-empty NO_COLOR (https://no-color.org).
    var colorDisabled: Bool {
        if noColor { return true }
        if let value = getenv("NO_COLOR"), value.pointee != 0 { return true }
        return false
    }
}
