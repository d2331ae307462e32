// swift-tools-version:6.1
import PackageDescription

/// Release builds of the executable's own modules (Sweep, Measure: targets of the executable, not
/// products) and of the benchmarks are tuned for the building machine (users build from source).
/// The library products are not (issue 13): a package that depends on FormatCore (with
/// _SIMDBuiltins) or TUICore gets code that runs on any CPU of the architecture. FormatCore's block
/// lanes run 1.6-1.8x faster tuned (gguf-bench, model-bench), so README's build commands pass
/// `-Xswiftc -target-cpu -Xswiftc native`, which tunes every module of that build, FormatCore
/// included, while the package itself declares no unsafe flag on a library product. FormatCore's
/// fp32 kernel is @inlinable, so the sweep loops that call it are compiled tuned either way.
/// Results never depend on tuning: no operation is fused or reordered (Swift does not contract
/// a*b+c), the kernels are tested against the scalar paths, and the test suite (all but the tmux
/// end-to-end tests) passes in a tuned release build (`swift build -c release --build-tests -Xswiftc
/// -enable-testing -Xswiftc -target-cpu -Xswiftc native`, then `swift test` with the same flags,
/// `--skip-build --skip EndToEndTests`).
let hostTuning: [SwiftSetting] = [.unsafeFlags(["-target-cpu", "native"], .when(configuration: .release))]

let package = Package(
    name: "floatscope",
    products: [
        .executable(name: "floatscope", targets: ["floatscope"]),
        .library(name: "FormatCore", targets: ["FormatCore"]),
        .library(name: "TUICore", targets: ["TUICore"]),
        .library(name: "TensorFiles", targets: ["TensorFiles"]),
        .library(name: "TensorFileIO", targets: ["TensorFileIO"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
    ],
    targets: [
        // Formats and exact arithmetic: records of every format, exact rationals (BigInt), one
        // rounding step, the fp32 SIMD kernel, block formats, text in and out (ValueParser,
        // ValueText). May: compute. May not: do I/O, read the clock or the environment, start
        // threads, import Foundation, C or the terminal modules.
        .target(
            name: "FormatCore",
            dependencies: [.product(name: "BigInt", package: "BigInt"), "_SIMDBuiltins"]
        ),
        // Terminal-UI foundation: cells, buffers, layout, views, diffs, ANSI and SVG text as strings.
        // May not: import anything (no Foundation, no C), do I/O or know about number formats.
        .target(name: "TUICore"),
        // The ncursesw shim: the only C module; imported by NCursesBackend only.
        .systemLibrary(name: "_CNCursesW"),
        // The terminal: curses screen, keys, mouse, resize, signals, restoring the terminal.
        // May: do terminal I/O. May not: know about number formats or the app.
        .target(name: "NCursesBackend", dependencies: ["TUICore", "_CNCursesW"]),
        // Single-instruction SIMD lane operations (max, leading zeros, conversions, shuffles...)
        // through the compiler's Builtin module: the one place that uses it, so that the kernels
        // stay plain Swift. May not: depend on anything, do I/O.
        .target(name: "_SIMDBuiltins", swiftSettings: [.enableExperimentalFeature("BuiltinModule")]),
        // Model files as bytes: safetensors and GGUF headers (a strict JSON parser, a bounds-checked
        // reader), tensor descriptions and readers that decode values to float32 through FormatCore.
        // May: parse and decode bytes the caller keeps alive. May not: do I/O, import Foundation or C,
        // read the clock or the environment.
        .target(name: "TensorFiles", dependencies: ["FormatCore"]),
        // Opening model files: open/fstat/mmap (Glibc), the mappings kept alive, sharded checkpoints
        // and their index.json. May: read files. May not: write files, import Foundation.
        .target(name: "TensorFileIO", dependencies: ["TensorFiles"]),
        // Raw value files for the sweep engine: little-endian values of a format read from a file or
        // standard input as a `ValueStream` (`RawValueStream`). May: open and read files and standard
        // input (Glibc). May not: write files, import Foundation, decide exit statuses.
        .target(name: "ValueFiles", dependencies: ["FormatCore", "Sweep", "TensorFiles"]),
        // Round-trip error sweeps: sources, targets, SIMD statistics, the parallel engine. May: start
        // worker threads (Dispatch), ask how many processors there are, use Foundation's math.
        // May not: read or write files or the terminal (the executable hands it value streams).
        // Tuned for this CPU: the exhaustive fp32 sweeps run 5-10x slower without it (measured).
        .target(name: "Sweep", dependencies: ["FormatCore", "_SIMDBuiltins"], swiftSettings: hostTuning),
        // The interactive app, pure: model, update, views, screens, lessons. May: compute and draw into
        // cell buffers. May not: do I/O, start threads, read the clock, import C or curses (effects
        // say what should happen; AppRuntime does it).
        .target(name: "FloatscopeApp", dependencies: ["FormatCore", "TUICore", "Sweep", "Measure", "TensorFiles", "Claims", "Lab"]),
        // The app's runtime: the loop over a TUICore terminal, background sweeps and model
        // measurements on threads of their own (their messages wake the loop as they arrive), the
        // screen exports (`x`: SVG and text files in the current directory). May: start threads,
        // read the clock, write exports. May not: import C or curses (the backend is handed in), read
        // the command line.
        .target(name: "AppRuntime", dependencies: ["FloatscopeApp", "TUICore", "Sweep", "Measure", "TensorFiles"]),
        // The measurement service shared by the CLI and the app: target parsing, model-file
        // measurement (tensor statistics, candidate formats' errors and sizes, totals). May: compute,
        // run worker threads over tensors the caller has opened. May not: open files, import
        // Foundation, C or the terminal modules.
        .target(name: "Measure", dependencies: ["FormatCore", "Sweep", "TensorFiles"], swiftSettings: hostTuning),
        // Claim checks: statements that circulate about the formats (a list of records), each with the
        // verdict and the deciding figures recomputed from FormatCore's format and block records and
        // Measure's llama.cpp mix rules, in English and Simplified Chinese. May: compute, fill text
        // templates. May not: do I/O, read the environment or the clock, import Foundation, C or the
        // terminal modules (the executable lays the text out).
        .target(name: "Claims", dependencies: ["FormatCore", "Measure", .product(name: "BigInt", package: "BigInt")]),
        // The training-precision lab: loss scaling (range counts, a dynamic loss scaler), master
        // weights and accumulation, each an exact reference and values rounded once into formats
        // through FormatCore; draws from Sweep's counter-based samples. May: compute. May not: do
        // I/O, read the clock or the environment, start threads, import Foundation, C or the
        // terminal modules.
        .target(name: "Lab", dependencies: ["FormatCore", "Sweep", .product(name: "BigInt", package: "BigInt")]),
        // The executable: ArgumentParser commands, standard streams, files, the terminal loop; the
        // only target that reads the command line and decides exit statuses. Tuned for this CPU.
        .executableTarget(
            name: "floatscope",
            dependencies: [
                "FormatCore",
                "Sweep",
                "FloatscopeApp",
                "AppRuntime",
                "Measure",
                "Claims",
                "Lab",
                "TensorFiles",
                "TensorFileIO",
                "ValueFiles",
                "TUICore",
                "NCursesBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: hostTuning
        ),
        .testTarget(name: "TUICoreTests", dependencies: ["TUICore"]),
        .testTarget(name: "TensorFilesTests", dependencies: ["TensorFiles", "TensorFileIO", "FormatCore"], exclude: ["Fixtures"]),
        .testTarget(name: "ValueFilesTests", dependencies: ["ValueFiles", "TensorFiles", "FormatCore"]),
        .executableTarget(name: "sweep-bench", dependencies: ["Sweep", "FormatCore"], path: "Benchmarks/SweepBench", swiftSettings: hostTuning),
        .executableTarget(name: "blocks-bench", dependencies: ["FormatCore"], path: "Benchmarks/BlocksBench", swiftSettings: hostTuning),
        .executableTarget(name: "model-bench", dependencies: ["Measure", "Sweep", "TensorFiles", "TensorFileIO"], path: "Benchmarks/ModelBench",
                          swiftSettings: hostTuning),
        .executableTarget(name: "gguf-bench", dependencies: ["FormatCore"], path: "Benchmarks/GGUFBench", swiftSettings: hostTuning),
        .executableTarget(name: "npz-bench", dependencies: ["TensorFiles", "TensorFileIO"], path: "Benchmarks/NPZBench", swiftSettings: hostTuning),
        .testTarget(name: "SweepTests", dependencies: ["Sweep", "FormatCore"]),
        .testTarget(name: "LabTests", dependencies: ["Lab", "FormatCore", "Sweep"]),
        .testTarget(name: "MeasureTests", dependencies: ["Measure", "Sweep", "FormatCore", "TensorFiles", "TensorFileIO"], exclude: ["Fixtures"]),
        .testTarget(name: "SIMDBuiltinsTests", dependencies: ["_SIMDBuiltins"]),
        .testTarget(name: "FloatscopeAppTests", dependencies: ["FloatscopeApp", "AppRuntime", "FormatCore", "TUICore", "Sweep", "Measure", "TensorFiles", "TensorFileIO", "Claims", "Lab"],
                    exclude: ["Snapshots"]),
        // Drives the real executable inside tmux (skipped when tmux is not installed).
        .testTarget(name: "EndToEndTests", dependencies: ["floatscope"]),
        .testTarget(
            name: "FormatCoreTests",
            dependencies: ["FormatCore", .product(name: "BigInt", package: "BigInt")]
        ),
        .testTarget(name: "ClaimsTests", dependencies: ["Claims", "FormatCore", "Measure", .product(name: "BigInt", package: "BigInt")]),
        // Runs the built floatscope executable (the dependency makes sure it is built first).
        .testTarget(name: "FloatscopeCLITests", dependencies: ["FormatCore", "floatscope"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
