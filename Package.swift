// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "floatscope",
    products: [
        .executable(name: "floatscope", targets: ["floatscope"]),
        .library(name: "FormatCore", targets: ["FormatCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
    ],
    targets: [
        .target(
            name: "FormatCore",
            dependencies: [.product(name: "BigInt", package: "BigInt")]
        ),
        .executableTarget(
            name: "floatscope",
            dependencies: [
                "FormatCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "FormatCoreTests",
            dependencies: ["FormatCore", .product(name: "BigInt", package: "BigInt")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
