import Foundation

/// Every regular file under a folder with its size and modification time, read with
/// `opendir`/`readdir`/`lstat` (Foundation's enumerator with resource values cost a tenth of a
/// 10 000-page build). Symbolic links are listed with what they point to; linked folders are
/// not entered.
struct FileListing {
    struct Entry {
        /// Path below the listed folder (`opd/dinkes/index.html`).
        var relativePath: String
        /// Size, modification time and inode (of what a symbolic link points to).
        var stamp: FileStamp
    }

    /// - Parameters:
    ///   - skipHidden: leaves out entries whose name starts with a dot (and what is under them).
    ///   - skipFolder: given a folder's full path, true leaves it and its contents out.
    static func entries(under root: String, skipHidden: Bool, skipFolder: (String) -> Bool = { _ in false }) -> [Entry] {
        var entries: [Entry] = []
        let descriptor = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return entries }
        walk(root, descriptor: descriptor, relative: "", skipHidden: skipHidden, skipFolder: skipFolder, into: &entries)
        return entries
    }

    /// Lists the folder open at `descriptor` (and closes it). Names are looked up relative to the
    /// folder's descriptor, and folders known from `d_type` are not stat-ed: listing a site of
    /// 50 000 pages is one `fstatat` per file.
    private static func walk(_ folder: String, descriptor: Int32, relative: String, skipHidden: Bool,
                             skipFolder: (String) -> Bool, into entries: inout [Entry]) {
        guard let directory = fdopendir(descriptor) else {
            close(descriptor)
            return
        }
        defer { closedir(directory) }
        let own = dirfd(directory)
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                raw.bindMemory(to: CChar.self).baseAddress.map { String(cString: $0) } ?? ""
            }
            if name == "." || name == ".." || (skipHidden && name.hasPrefix(".")) { continue }
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            var info = stat()
            if !isFolder {
                guard fstatat(own, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                if info.st_mode & S_IFMT == S_IFLNK {
                    guard fstatat(own, name, &info, 0) == 0, info.st_mode & S_IFMT != S_IFDIR else { continue }
                }
                isFolder = info.st_mode & S_IFMT == S_IFDIR
            }
            if isFolder {
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                guard !skipFolder(path) else { continue }
                let child = openat(own, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                if child >= 0 {
                    walk(path, descriptor: child, relative: relativePath, skipHidden: skipHidden, skipFolder: skipFolder, into: &entries)
                }
                continue
            }
            entries.append(Entry(relativePath: relativePath, stamp: FileStamp(info)))
        }
    }
}
