// swift-tools-version:6.0
// libFuzzer targets for PPIDKit's parsers of user input (issue 17). A package of its own so the main
// Package.swift stays as it is; build and run them with scripts/fuzz.sh (or `make fuzz`).
import PackageDescription

/// One executable per fuzz target: a file defining `LLVMFuzzerTestOneInput`, no `main` (libFuzzer's).
func fuzzTarget(_ name: String) -> Target {
    .executableTarget(name: name, dependencies: ["FuzzSupport", .product(name: "PPIDKit", package: "ppid")])
}

let package = Package(
    name: "PPIDFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "ppid", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "PPIDKit", package: "ppid")]),
        fuzzTarget("FuzzYAML"),
        fuzzTarget("FuzzComplaintCSV"),
        fuzzTarget("FuzzLegalReference"),
        fuzzTarget("FuzzFrontMatter"),
        // FuzzXLSX: the XLSX importer (Sources/PPIDKit/Import/) is being written in parallel; its
        // target is added after that merge, as Fuzz/README.md describes. Not built yet.
    ],
    swiftLanguageModes: [.v6]
)
