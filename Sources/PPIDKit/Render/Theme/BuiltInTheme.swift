import Foundation

/// The default theme, every file of `Templates/` as it was when the executable was built
/// (generated into `BuiltInTheme+Files.swift` by Plugins/EmbedProgramData; SwiftPM resources
/// are not embedded in a Linux executable).
public enum BuiltInTheme {
    public static let files: ThemeFiles = {
        var files: [String: [UInt8]] = [:]
        for file in encodedFiles {
            files[file.path] = Data(base64Encoded: file.base64).map { [UInt8]($0) } ?? []
        }
        return ThemeFiles(files: files)
    }()

    /// A fingerprint of the built-in theme, computed once.
    public static let fingerprint: String = files.fingerprint
}
