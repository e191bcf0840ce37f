// swift-tools-version:6.0
import Foundation
import PackageDescription

/// A release build links cmark-gfm and its extensions from the static archives Debian's -dev
/// packages ship, so the installed `ppid` needs no cmark library (a module map's `link` line would
/// make the linker take the `.so`); debug builds and tests link the shared libraries.
let cmarkArchives: [String] = {
    let names = ["libcmark-gfm-extensions.a", "libcmark-gfm.a"]
    let folders = ["/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib/arm-linux-gnueabihf",
                   "/usr/lib/riscv64-linux-gnu", "/usr/lib64", "/usr/lib", "/usr/local/lib"]
    guard let folder = folders.first(where: { folder in
        names.allSatisfy { FileManager.default.fileExists(atPath: "\(folder)/\($0)") }
    }) else { return [] }
    return names.map { "\(folder)/\($0)" }
}()
let cmarkLinking: [LinkerSetting] = cmarkArchives.isEmpty
    ? [.linkedLibrary("cmark-gfm-extensions"), .linkedLibrary("cmark-gfm")]
    : [.linkedLibrary("cmark-gfm-extensions", .when(configuration: .debug)),
       .linkedLibrary("cmark-gfm", .when(configuration: .debug)),
       .unsafeFlags(cmarkArchives, .when(configuration: .release))]

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
        // No pkgConfig: its `--libs` would make every build link the shared libraries (see cmarkLinking).
        .systemLibrary(
            name: "CCmarkGFM",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "CFileSwap"),
        .target(
            name: "PPIDKit",
            dependencies: [
                "CCmarkGFM",
                "CFileSwap",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            linkerSettings: cmarkLinking,
            plugins: ["EmbedProgramData"]
        ),
        // Writes the generated sources of PPIDKit: the built-in theme and the program's version.
        .executableTarget(name: "PPIDEmbedTool"),
        .plugin(name: "EmbedProgramData", capability: .buildTool(), dependencies: ["PPIDEmbedTool"]),
        .target(
            name: "PPIDServe",
            dependencies: [
                "PPIDKit",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
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
