#if os(Linux)
import Foundation
import Glibc

/// inotify watches on every folder of some folder trees; new sub-folders are watched as they
/// appear. Handed to the one thread that reads it, hence `@unchecked Sendable`.
final class KernelNotifications: @unchecked Sendable {
    private let descriptor: Int32
    private var folderOf: [Int32: String] = [:]

    private static let events = UInt32(IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO
        | IN_CREATE | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF)

    /// Nil when inotify is unavailable or a folder cannot be watched (for instance when the
    /// system's watch limit is reached): the caller then polls.
    init?(folders: [String]) {
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        for folder in folders where FileManager.default.fileExists(atPath: folder) {
            guard watchTree(folder) else {
                close()
                return nil
            }
        }
    }

    func close() {
        _ = Glibc.close(descriptor)
    }

    /// Watches `folder` and every folder below it (symbolic links are not followed).
    @discardableResult
    private func watchTree(_ folder: String) -> Bool {
        let watch = inotify_add_watch(descriptor, folder, Self.events | UInt32(IN_ONLYDIR) | UInt32(IN_DONT_FOLLOW))
        guard watch >= 0 else { return false }
        folderOf[watch] = folder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return true }
        for name in names {
            let path = folder + "/" + name
            var status = stat()
            if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR, !watchTree(path) { return false }
        }
        return true
    }

    /// Waits at most `milliseconds` for changes; true when some were reported.
    func waitForChange(milliseconds: Int32) -> Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, milliseconds) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return false }
        var offset = 0
        let header = 16  // wd, mask, cookie, len: four 32-bit fields, then len bytes of name
        while offset + header <= count {
            let (watch, mask, length) = buffer.withUnsafeBytes { bytes in
                (bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                 bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                 Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
            }
            let nameBytes = buffer[(offset + header)..<min(count, offset + header + length)].prefix { $0 != 0 }
            if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, let folder = folderOf[watch] {
                watchTree(folder + "/" + String(decoding: nameBytes, as: UTF8.self))
            }
            if mask & UInt32(IN_IGNORED) != 0 { folderOf[watch] = nil }
            offset += header + length
        }
        return true
    }
}
#endif
