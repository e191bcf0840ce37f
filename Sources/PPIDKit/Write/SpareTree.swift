import Foundation
import Synchronization

/// The site two builds back, kept beside the output (`.Site.ppid-cadangan`) instead of being
/// deleted after the exchange, so that the next build is staged *in* it: only the files whose
/// bytes differ are replaced and only the files no longer produced are removed, instead of
/// creating a folder and a link for every page and deleting the whole old tree afterwards (on
/// ext4 the inode allocations after many deletions cost more than rendering the changed pages).
///
/// Nothing in the spare is trusted: a file stays only when its bytes are read and found equal to
/// what the build writes, or when it is the very file (same inode) the site in place has at that
/// path and the build keeps that file. Anything else is replaced, never written through (its
/// inode may be shared with the site in place). The spare is claimed with one `rename` into the
/// build's own staging name, so two builds never stage in the same tree, and a build killed
/// half-way leaves a `.tmp-PID` folder that the next build removes like any other.
final class SpareTree: Sendable {
    /// Site paths of the files the claimed spare held that this build has not produced (yet).
    private let leftovers = Mutex<Set<String>>([])
    /// Whether the staging folder is a claimed spare (its paths may already hold files).
    let isClaimed: Bool
    /// Set by the writer once it looked for a spare (claimed or not).
    var isPrepared: Bool {
        get { prepared.load(ordering: .relaxed) }
        set { prepared.store(newValue, ordering: .relaxed) }
    }
    private let prepared = Atomic<Bool>(false)

    private init(claimed: Bool, files: Set<String>) {
        isClaimed = claimed
        leftovers.withLock { $0 = files }
    }

    /// No spare: a fresh, empty staging folder.
    static var none: SpareTree { SpareTree(claimed: false, files: []) }

    /// Not looked for yet.
    static var unprepared: SpareTree { SpareTree(claimed: false, files: []) }

    /// Where the spare of an output is kept: beside it, hidden, never inside the published site.
    static func location(forOutput output: URL) -> String {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).ppid-cadangan").path
    }

    /// Moves the spare (if any) to `staging` and lists its files. A spare that holds anything but
    /// folders and regular files (a link, a device) is not used: it is removed, and nil returned.
    static func claim(_ spare: String, as staging: String) -> SpareTree? {
        guard rename(spare, staging) == 0 else { return nil }
        var files = Set<String>()
        guard collect(staging, relative: "", into: &files) else {
            FolderRemoval.remove(staging)
            return nil
        }
        return SpareTree(claimed: true, files: files)
    }

    /// After the exchange the old site lies at `oldSite`: it becomes the spare, unless another
    /// build kept one meanwhile (then it is removed).
    static func keep(_ oldSite: String, as spare: String) {
        if rename(oldSite, spare) != 0 { FolderRemoval.remove(oldSite) }
    }

    /// The build produces `sitePath`: whatever the spare had there is not a leftover.
    func produced(_ sitePath: String) {
        guard isClaimed else { return }
        _ = leftovers.withLock { $0.remove(sitePath) }
    }

    /// Removes the spare's files this build did not produce, and the folders that held only those.
    func removeLeftovers(in staging: String) {
        guard isClaimed else { return }
        let paths = leftovers.withLock { files in
            defer { files = [] }
            return Array(files)
        }
        var folders = Set<String>()
        for path in paths {
            unlink(staging + "/" + path)
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                folders.insert(String(folder))
            }
        }
        // Deepest first; a folder that still holds something stays.
        for folder in folders.sorted(by: { $0.count > $1.count }) { rmdir(staging + "/" + folder) }
    }

    /// Adds every regular file under `folder` to `files`; false on anything else.
    private static func collect(_ folder: String, relative: String, into files: inout Set<String>) -> Bool {
        guard let directory = opendir(folder) else { return false }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                raw.bindMemory(to: CChar.self).baseAddress.map { String(cString: $0) } ?? ""
            }
            if name == "." || name == ".." { continue }
            let path = folder + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            var kind = entry.pointee.d_type
            if kind == UInt8(DT_UNKNOWN) {
                var info = stat()
                guard lstat(path, &info) == 0 else { return false }
                kind = info.st_mode & S_IFMT == S_IFDIR ? UInt8(DT_DIR) : info.st_mode & S_IFMT == S_IFREG ? UInt8(DT_REG) : UInt8(DT_LNK)
            }
            switch kind {
            case UInt8(DT_REG): files.insert(relativePath)
            case UInt8(DT_DIR): guard collect(path, relative: relativePath, into: &files) else { return false }
            default: return false
            }
        }
        return true
    }
}
