import Foundation
import Synchronization

/// Tells when anything under the content and template folders changes. On Linux the kernel
/// reports changes (inotify), so a save is noticed at once and an idle server does no work;
/// elsewhere, or when inotify cannot watch the folders, they are compared every 150 ms.
final class ChangeWatcher: Sendable {
    let folders: [URL]
    private let changes = Mutex(0)
    private let stopped = Mutex(false)

    init(folders: [URL]) {
        self.folders = folders
    }

    /// How many changes were noticed so far.
    var generation: Int { changes.withLock { $0 } }

    /// Starts watching. Each change raises `generation` and wakes the stream; changes made while
    /// nobody reads it wake it once. Watching stops when the stream is dropped.
    func start() -> AsyncStream<Void> {
        let (stream, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        continuation.onTermination = { [self] _ in stopped.withLock { $0 = true } }
        let notice: @Sendable () -> Void = { [self] in
            changes.withLock { $0 += 1 }
            continuation.yield()
        }
        #if os(Linux)
        if let kernel = KernelNotifications(folders: folders.map(\.path)) {
            let thread = Thread { [self] in
                while !stopped.withLock({ $0 }) {
                    if kernel.waitForChange(milliseconds: 250) { notice() }
                }
                kernel.close()
            }
            thread.name = "ppid-pengamat"
            thread.start()
            return stream
        }
        #endif
        let baseline = snapshot()
        Task.detached { [self] in
            var last = baseline
            while !stopped.withLock({ $0 }) {
                try? await Task.sleep(for: .milliseconds(150))
                let current = snapshot()
                if current != last {
                    last = current
                    notice()
                }
            }
        }
        return stream
    }

    struct Snapshot: Equatable {
        var files: [String: [Double]]
    }

    /// Each file's modification time and size (the polling fallback).
    func snapshot() -> Snapshot {
        var files: [String: [Double]] = [:]
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey, .isDirectoryKey]
        for folder in folders {
            guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys) else { continue }
            for case let url as URL in enumerator {
                guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isDirectory != true else { continue }
                files[url.path] = [values.contentModificationDate?.timeIntervalSince1970 ?? 0, Double(values.fileSize ?? 0)]
            }
        }
        return Snapshot(files: files)
    }
}
