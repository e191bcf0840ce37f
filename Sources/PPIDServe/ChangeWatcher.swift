import Foundation

/// Notices changes under the content and template folders by comparing each file's size and
/// modification time between polls (portable, and cheap for a few thousand files).
struct ChangeWatcher {
    let folders: [URL]

    struct Snapshot: Equatable {
        var files: [String: [Double]]
    }

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
