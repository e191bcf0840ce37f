import Foundation

/// `ppid tema salin DIR`: writes the built-in theme to a folder that does not exist yet or is
/// empty, for a kabupaten that wants its own look.
public struct ThemeCopy: Sendable {
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    public enum Problem: Error, CustomStringConvertible {
        case notEmpty(String)
        case notFolder(String)
        case write(String, String)

        public var description: String {
            switch self {
            case .notEmpty(let path):
                return "Folder \"\(path)\" sudah ada dan tidak kosong; tema tidak disalin agar isinya tidak tertimpa. Pilih folder baru, misalnya \"tema-kabupaten\"."
            case .notFolder(let path):
                return "\"\(path)\" sudah ada dan bukan folder; pilih nama folder baru untuk tema."
            case .write(let path, let reason):
                return "Tema tidak dapat ditulis ke \"\(path)\": \(reason)"
            }
        }
    }

    /// Writes every file of the built-in theme; returns how many.
    public func write() throws(Problem) -> Int {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .notFolder(folder) }
            let entries = (try? manager.contentsOfDirectory(atPath: folder)) ?? []
            guard entries.isEmpty else { throw .notEmpty(folder) }
        }
        do {
            let url = URL(fileURLWithPath: folder, isDirectory: true)
            try manager.createDirectory(at: url, withIntermediateDirectories: true)
            try BuiltInTheme.files.write(into: url)
        } catch {
            throw .write(folder, error.localizedDescription)
        }
        return BuiltInTheme.files.files.count
    }
}
