import Foundation

/// Removes a whole folder tree with `openat`/`unlinkat` relative to each folder's descriptor:
/// no path is resolved again per file and nothing is converted to URLs (FileManager's removal
/// took over two seconds for the old 10 000-page site after each swap). Symbolic links are
/// removed, never followed. What cannot be removed stays (best effort, like `try? removeItem`).
enum FolderRemoval {
    static func remove(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else {
            unlink(path)
            return
        }
        removeContents(of: descriptor)
        rmdir(path)
    }

    /// Empties the folder open at `descriptor` and closes it.
    private static func removeContents(of descriptor: Int32) {
        guard let directory = fdopendir(descriptor) else {
            close(descriptor)
            return
        }
        defer { closedir(directory) }
        // Names first, removals after: the folder is not changed while it is being read.
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                raw.bindMemory(to: CChar.self).baseAddress.map { String(cString: $0) } ?? ""
            }
            if name != "." && name != ".." { names.append(name) }
        }
        for name in names {
            if unlinkat(descriptor, name, 0) == 0 { continue }
            guard errno == EISDIR || errno == EPERM else { continue }
            let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard child >= 0 else { continue }
            removeContents(of: child)
            unlinkat(descriptor, name, AT_REMOVEDIR)
        }
    }
}
