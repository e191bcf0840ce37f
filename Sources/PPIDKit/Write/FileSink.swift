import Foundation
import Synchronization

/// Writes many small files quickly with plain POSIX calls: each folder is created once (its
/// parents first), each file with one open/write/close. Safe to use from several tasks.
final class FileSink: Sendable {
    private let created = Mutex<Set<String>>([])

    struct Failure: Error {
        var path: String
        var code: Int32
        var description: String { "\(path): \(String(cString: strerror(code)))" }
    }

    /// Writes `bytes` to a new file at `path` and returns the file's stamp.
    @discardableResult
    func write(_ bytes: [UInt8], to path: String) throws(Failure) -> FileStamp {
        try makeFolder(of: path)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, code: errno) }
        defer { close(descriptor) }
        if let code = DescriptorWrite.all(bytes[...], to: descriptor) { throw Failure(path: path, code: code) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw Failure(path: path, code: errno) }
        return FileStamp(info)
    }

    /// Hard-links the regular file `source` at `path` (its folder created); false when `source` is
    /// not a regular file or the link fails.
    func link(from source: String, to path: String) -> Bool {
        var info = stat()
        guard lstat(source, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
        do { try makeFolder(of: path) } catch { return false }
        return Glibc.link(source, path) == 0
    }

    /// The stamp of `path` when it is a regular file holding exactly `bytes` (read and compared).
    func holding(_ bytes: [UInt8], at path: String) -> FileStamp? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == bytes.count else { return nil }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var old = [UInt8](repeating: 0, count: bytes.count)
        var offset = 0
        while offset < old.count {
            let count = old.withUnsafeMutableBytes { buffer in read(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            offset += count
        }
        return old == bytes ? FileStamp(info) : nil
    }

    /// Whether `path` is the very file `stamp` was taken of (one inode; hard links of each other).
    func isFile(_ path: String, sameAs stamp: FileStamp) -> Bool {
        FileStamp.of(path)?.isSameFile(as: stamp) ?? false
    }

    /// Removes whatever is at `path` (a file, a link, a folder tree) without following links.
    func clear(_ path: String) {
        if unlink(path) != 0 && (errno == EISDIR || errno == EPERM) { FolderRemoval.remove(path) }
    }

    /// Creates the folder that will hold `path`, and its parents, unless done before.
    func makeFolder(of path: String) throws(Failure) {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = String(path[..<slash])
        if folder.isEmpty || created.withLock({ $0.contains(folder) }) { return }
        try makeFolder(of: folder)
        if mkdir(folder, 0o755) != 0 {
            guard errno == EEXIST else { throw Failure(path: folder, code: errno) }
            // A staging folder recycled from an older site may hold a file (or a link) where this
            // build needs a folder.
            var info = stat()
            if lstat(folder, &info) == 0, info.st_mode & S_IFMT != S_IFDIR {
                clear(folder)
                if mkdir(folder, 0o755) != 0 { throw Failure(path: folder, code: errno) }
            }
        }
        _ = created.withLock { $0.insert(folder) }
    }
}
