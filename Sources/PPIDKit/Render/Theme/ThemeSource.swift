import Foundation

/// Where a build's theme comes from: a folder of templates and assets, or the default theme built
/// into the executable.
public enum ThemeSource: Sendable, Equatable, CustomStringConvertible {
    case folder(String)
    case builtIn

    /// The theme folder a project uses when none is given: `Templates/` in the current folder.
    public static let conventionalFolder = "Templates"

    /// `--templates DIR` if given; else `Templates/` in `currentFolder` if it exists; else the
    /// built-in theme.
    public static func resolve(requested: String?, currentFolder: String = FileManager.default.currentDirectoryPath) -> ThemeSource {
        if let requested { return .folder(requested) }
        var isDirectory: ObjCBool = false
        let path = URL(fileURLWithPath: currentFolder).appendingPathComponent(conventionalFolder).path
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return .folder(conventionalFolder)
        }
        return .builtIn
    }

    /// The folder's path, nil for the built-in theme (`BuildOptions.templatesPath`).
    public var folderPath: String? {
        if case .folder(let path) = self { return path }
        return nil
    }

    /// How a message names the theme.
    public var description: String {
        switch self {
        case .folder(let path): return path
        case .builtIn: return "tema bawaan"
        }
    }
}
