// swift-tools-version:6.1
import PackageDescription

/// Release builds are tuned for the building machine (users build from source); results never
/// depend on it: the kernels use integer arithmetic only and are tested against the scalar path.
let hostTuning: [SwiftSetting] = [.unsafeFlags(["-target-cpu", "native"], .when(configuration: .release))]

let package = Package(
    name: "floatscope",
    products: [
        .executable(name: "floatscope", targets: ["floatscope"]),
        .library(name: "FormatCore", targets: ["FormatCore"]),
        .library(name: "TUICore", targets: ["TUICore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
    ],
    targets: [
        .target(
            name: "FormatCore",
            dependencies: [.product(name: "BigInt", package: "BigInt"), "_SIMDBuiltins"],
            swiftSettings: hostTuning
        ),
        // Pure terminal-UI foundation: cells, buffers, layout, views, diffs. No C, no I/O.
        .target(name: "TUICore"),
        // The ncursesw shim: the only C module; imported by NCursesBackend and the executable only.
        .systemLibrary(name: "_CNCursesW"),
        .target(name: "NCursesBackend", dependencies: ["TUICore", "_CNCursesW"]),
        // Single-instruction SIMD lane operations (max, leading zeros, conversions...) through the
        // compiler's Builtin module: the one place that uses it, so that the kernels stay plain Swift.
        .target(name: "_SIMDBuiltins", swiftSettings: [.enableExperimentalFeature("BuiltinModule")] + hostTuning),
        // Round-trip error sweeps: sources, targets, SIMD statistics, the parallel engine.
        .target(name: "Sweep", dependencies: ["FormatCore", "_SIMDBuiltins"], swiftSettings: hostTuning),
        // The interactive app: model, update, views and screens. Pure Swift, no C, no I/O.
        .target(name: "FloatscopeApp", dependencies: ["FormatCore", "TUICore", "Sweep"]),
        .executableTarget(
            name: "floatscope",
            dependencies: [
                "FormatCore",
                "Sweep",
                "FloatscopeApp",
                "TUICore",
                "NCursesBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "TUICoreTests", dependencies: ["TUICore"]),
        .executableTarget(name: "sweep-bench", dependencies: ["Sweep", "FormatCore"], path: "Benchmarks/SweepBench", swiftSettings: hostTuning),
        .executableTarget(name: "blocks-bench", dependencies: ["FormatCore"], path: "Benchmarks/BlocksBench", swiftSettings: hostTuning),
        .testTarget(name: "SweepTests", dependencies: ["Sweep", "FormatCore"]),
        .testTarget(name: "SIMDBuiltinsTests", dependencies: ["_SIMDBuiltins"]),
        .testTarget(name: "FloatscopeAppTests", dependencies: ["FloatscopeApp", "FormatCore", "TUICore", "Sweep"], exclude: ["Snapshots"]),
        // Drives the real executable inside tmux (skipped when tmux is not installed).
        .testTarget(name: "EndToEndTests", dependencies: ["floatscope"]),
        .testTarget(
            name: "FormatCoreTests",
            dependencies: ["FormatCore", .product(name: "BigInt", package: "BigInt")]
        ),
        // Runs the built floatscope executable (the dependency makes sure it is built first).
        .testTarget(name: "FloatscopeCLITests", dependencies: ["FormatCore", "floatscope"]),
    ],
    swiftLanguageModes: [.v6]
)
