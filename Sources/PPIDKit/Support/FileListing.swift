import Foundation

/// Every regular file under a folder with its size and modification time, read with
/// `opendir`/`readdir`/`lstat` (Foundation's enumerator with resource values cost a tenth of a
/// 10 000-page build). Symbolic links are listed with what they point to; linked folders are
/// not entered.
struct FileListing {
    struct Entry {
        /// Path below the listed folder (`opd/dinkes/index.html`).
        var relativePath: String
        var size: Int64
        /// Modification time as `seconds.nanoseconds`.
        var modified: String
    }

    /// - Parameters:
    ///   - skipHidden: leaves out entries whose name starts with a dot (and what is under them).
    ///   - skipFolder: given a folder's full path, true leaves it and its contents out.
    static func entries(under root: String, skipHidden: Bool, skipFolder: (String) -> Bool = { _ in false }) -> [Entry] {
        var entries: [Entry] = []
        walk(root, relative: "", skipHidden: skipHidden, skipFolder: skipFolder, into: &entries)
        return entries
    }

    private static func walk(_ folder: String, relative: String, skipHidden: Bool, skipFolder: (String) -> Bool,
                             into entries: inout [Entry]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                raw.bindMemory(to: CChar.self).baseAddress.map { String(cString: $0) } ?? ""
            }
            if name == "." || name == ".." || (skipHidden && name.hasPrefix(".")) { continue }
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFLNK {
                guard stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else { continue }
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                if !skipFolder(path) {
                    walk(path, relative: relativePath, skipHidden: skipHidden, skipFolder: skipFolder, into: &entries)
                }
                continue
            }
            entries.append(Entry(relativePath: relativePath, size: Int64(info.st_size),
                                 modified: "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"))
        }
    }
}
