import Foundation

/// The folder a build may replace, checked before anything is written. A build replaces its whole
/// output, so the output may only be an absent or empty folder, or one a previous `ppid build`
/// made (its marker inside, or — for sites built before the marker existed — its build stamp
/// beside it). It may never be, or contain, the content or the templates folder. It may lie inside
/// the content folder: the marker keeps it from being read as content.
public struct OutputFolder: Sendable, Equatable {
    /// The output path as given on the command line (for messages).
    public let given: String
    /// The output's real path: symbolic links of the existing part resolved.
    public let resolved: String

    public struct Refusal: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    /// A folder the output must leave alone, with what to call it in a message.
    public struct Protected: Sendable {
        public var path: String
        public var name: String
        public init(path: String, name: String) {
            self.path = path
            self.name = name
        }
    }

    /// Checks `path` as the output of a build that reads `protected` folders.
    public static func check(_ path: String, protecting protected: [Protected]) throws(Refusal) -> OutputFolder {
        let shown = path.isEmpty ? "." : path
        let resolved = realPath(of: path.isEmpty ? "." : path)
        if resolved == "/" {
            throw Refusal(description: "Folder keluaran \"\(shown)\" adalah akar sistem berkas; pilih folder khusus untuk situs, misalnya --output Site.")
        }
        for folder in protected {
            let protectedPath = realPath(of: folder.path)
            if resolved == protectedPath {
                throw Refusal(description: "Folder keluaran \"\(shown)\" adalah \(folder.name) itu sendiri; membangun ke sana akan menghapusnya. Pilih folder lain, misalnya --output Site.")
            }
            if protectedPath.hasPrefix(resolved + "/") {
                throw Refusal(description: "Folder keluaran \"\(shown)\" berisi \(folder.name) (\(folder.path)); membangun ke sana akan menghapusnya. Pilih folder lain, misalnya --output Site.")
            }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) else {
            return OutputFolder(given: shown, resolved: resolved)
        }
        guard isDirectory.boolValue else {
            throw Refusal(description: "\"\(shown)\" sudah ada dan berupa berkas, bukan folder; pilih nama folder keluaran lain, misalnya --output Site.")
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: resolved)) ?? []
        let madeByBuild = OutputMarker.isMarked(resolved)
            || FileManager.default.fileExists(atPath: BuildStamp.location(forOutput: resolved).path)
        if !entries.isEmpty && !madeByBuild {
            throw Refusal(description: "Folder keluaran \"\(shown)\" sudah berisi \(entries.count) berkas/folder yang bukan buatan ppid build; isinya akan terhapus bila situs dibangun ke sana. Pilih folder kosong atau folder baru, misalnya --output Site, atau kosongkan folder itu sendiri bila memang tidak diperlukan.")
        }
        return OutputFolder(given: shown, resolved: resolved)
    }

    /// The real path of `path`: the deepest existing ancestor through `realpath(3)`, then the rest
    /// of the components as written ("." and ".." resolved).
    static func realPath(of path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var existing = absolute
        var rest: [String] = []
        while true {
            if let real = realpath(existing, nil) {
                defer { free(real) }
                let base = String(cString: real)
                let joined = rest.reversed().reduce(base) { $0 == "/" ? "/" + $1 : $0 + "/" + $1 }
                return joined
            }
            let url = URL(fileURLWithPath: existing)
            let parent = url.deletingLastPathComponent().path
            if parent == existing || existing == "/" { return absolute }
            rest.append(url.lastPathComponent)
            existing = parent
        }
    }
}
