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

    func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        try makeFolder(of: path)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, code: errno) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress.map { $0 + offset }, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, code: errno)
            }
            offset += written
        }
    }

    /// Creates the folder that will hold `path`, and its parents, unless done before.
    func makeFolder(of path: String) throws(Failure) {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = String(path[..<slash])
        if folder.isEmpty || created.withLock({ $0.contains(folder) }) { return }
        try makeFolder(of: folder)
        if mkdir(folder, 0o755) != 0 && errno != EEXIST { throw Failure(path: folder, code: errno) }
        _ = created.withLock { $0.insert(folder) }
    }
}
