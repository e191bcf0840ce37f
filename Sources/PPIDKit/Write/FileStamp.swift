import Foundation
import Synchronization

/// What tells one file of the output apart: its size, modification time and inode. A file whose
/// stamp is still what a build recorded is the file that build left (an edit changes the time, a
/// replacement the inode; hard-linking it elsewhere or renaming its folder changes neither).
public struct FileStamp: Sendable, Equatable {
    public var size: Int64
    public var seconds: Int
    public var nanoseconds: Int
    public var inode: UInt64
    /// Only for comparing two paths within one build: not recorded (it may change across boots).
    var device: UInt64 = 0

    init(size: Int64, seconds: Int, nanoseconds: Int, inode: UInt64) {
        self.size = size
        self.seconds = seconds
        self.nanoseconds = nanoseconds
        self.inode = inode
    }

    init(_ info: stat) {
        self.init(size: Int64(info.st_size), seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec),
                  inode: UInt64(info.st_ino))
        device = UInt64(info.st_dev)
    }

    /// The stamp of the regular file at `path` (links not followed); nil for anything else.
    static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileStamp(info)
    }

    /// The same file as when `recorded` was taken (the device aside).
    func matches(_ recorded: FileStamp) -> Bool {
        size == recorded.size && seconds == recorded.seconds && nanoseconds == recorded.nanoseconds && inode == recorded.inode
    }

    /// The very same file as `other` (one inode on one device).
    func isSameFile(as other: FileStamp) -> Bool {
        device == other.device && inode == other.inode
    }

    /// How the stamp's listings show the file after its path: `size seconds.nanoseconds inode`.
    var listed: String { "\(size) \(seconds).\(nanoseconds) \(inode)" }
}

/// The stamp of every file a build put into its staging folder, by site path: after the exchange,
/// the listing of the new output without walking it again.
final class WrittenFiles: Sendable {
    private let stamps = Mutex<[String: FileStamp]>([:])

    func record(_ sitePath: String, _ stamp: FileStamp) {
        stamps.withLock { $0[sitePath] = stamp }
    }

    var all: [String: FileStamp] { stamps.withLock { $0 } }
}
