// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ppid",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "ppid", targets: ["ppid"]),
        .library(name: "PPIDKit", targets: ["PPIDKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(
            name: "PPIDKit",
            dependencies: [
                "CCmarkGFM",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(
            name: "PPIDServe",
            dependencies: [
                "PPIDKit",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "ppid",
            dependencies: [
                "PPIDKit",
                "PPIDServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "PPIDKitTests",
            dependencies: ["PPIDKit", "PPIDServe", .product(name: "Mustache", package: "swift-mustache")],
            exclude: ["Golden", "Scripts", "Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
