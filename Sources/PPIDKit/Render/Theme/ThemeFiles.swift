import Foundation

/// Every file of a theme, by its path inside the theme folder ("/"-separated, e.g.
/// `partials/paginasi.mustache`, `aset/gaya.css`), with its bytes. Hidden files and folders (names
/// starting with ".") are not part of a theme.
public struct ThemeFiles: Sendable, Equatable {
    public let files: [String: [UInt8]]

    public init(files: [String: [UInt8]]) {
        self.files = files
    }

    /// The paths, sorted.
    public var paths: [String] { files.keys.sorted() }

    /// The files of `source`.
    public static func load(_ source: ThemeSource) throws(TemplateSet.LoadError) -> ThemeFiles {
        switch source {
        case .builtIn: return BuiltInTheme.files
        case .folder(let path): return try read(folder: path)
        }
    }

    /// Reads every file under the folder.
    public static func read(folder: String) throws(TemplateSet.LoadError) -> ThemeFiles {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue,
              let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw .missingFolder(folder)
        }
        var files: [String: [UInt8]] = [:]
        while let path = enumerator.nextObject() as? String {
            guard !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            let full = URL(fileURLWithPath: folder).appendingPathComponent(path).path
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            guard let data = FileManager.default.contents(atPath: full) else {
                throw .unreadable(full)
            }
            files[path] = [UInt8](data)
        }
        return ThemeFiles(files: files)
    }

    /// The static assets: files directly inside `aset/`, by file name.
    public var assets: [(name: String, bytes: [UInt8])] {
        paths.compactMap { path in
            guard path.hasPrefix("aset/") else { return nil }
            let name = String(path.dropFirst("aset/".count))
            guard !name.contains("/"), let bytes = files[path] else { return nil }
            return (name, bytes)
        }
    }

    /// A fingerprint of every path and byte, for the build stamp and the render cache.
    public var fingerprint: String {
        var bytes: [UInt8] = []
        for path in paths {
            bytes += Array(path.utf8) + [0] + Array(String(files[path]?.count ?? 0).utf8) + [0] + (files[path] ?? [])
        }
        return Fingerprint.of(bytes) + "-\(files.count)"
    }

    /// Writes every file under `folder` (which must exist), creating subfolders.
    public func write(into folder: URL) throws {
        for path in paths {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(files[path] ?? []).write(to: url)
        }
    }
}
