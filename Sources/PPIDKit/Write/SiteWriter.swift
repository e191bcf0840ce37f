import CFileSwap
import Foundation
import Synchronization

/// The write stage: everything goes into a fresh staging folder beside the output, which is
/// exchanged with the output in one atomic step only when complete (Linux `renameat2` with
/// `RENAME_EXCHANGE`): a reader sees the old site or the new one, never a mix or nothing. Any
/// failure leaves the previous output exactly as it was. Check the output with `OutputFolder`
/// first: a writer replaces whatever is there.
///
/// Reusing the output (`reusingOutput`, when the previous build saved its page keys): a file
/// whose bytes equal the old one, and a page the caller `reuse`s while its old file is still the
/// one recorded (size, time, inode), becomes a hard link to the old file in the staging folder
/// instead of a new write. Every file staged is recorded with its stamp (`writtenFiles`): the
/// listing of the new output, and what the next build checks before it reuses a page.
/// Old files are only ever link sources, never opened for writing, so the old site stays intact
/// until the exchange, and the staged tree holds exactly the files of this build.
///
/// After an exchange the old site is not deleted but kept as the spare (`SpareTree`), and the
/// next build stages in it, replacing only what differs.
public struct SiteWriter: Sendable {
    public let output: URL
    public let staging: URL
    /// The output in place, when its files may be reused.
    private let previous: String?
    private let sink = FileSink()
    private let files = WrittenFiles()
    private let spareLocation: String
    private let spare = SpareSlot()

    /// The spare claimed by `prepare`, if any (set once per build).
    private final class SpareSlot: Sendable {
        let tree = Mutex(SpareTree.unprepared)
        var current: SpareTree { tree.withLock { $0 } }
    }

    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
    }

    public init(outputPath: String, reusingOutput: Bool = false) {
        output = URL(fileURLWithPath: OutputFolder.realPath(of: outputPath), isDirectory: true)
        let pid = ProcessInfo.processInfo.processIdentifier
        staging = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).tmp-\(pid)", isDirectory: true)
        previous = reusingOutput ? output.path : nil
        spareLocation = SpareTree.location(forOutput: output)
    }

    /// Removes what builds that were killed left beside the output and claims the spare site as
    /// the staging folder when there is one. Runs while the content is validated (it lists the
    /// spare's files); `begin` does it when nobody did.
    public func prepare() {
        spare.tree.withLock { tree in
            guard !tree.isPrepared else { return }
            removeLeftovers()
            FolderRemoval.remove(staging.path)
            tree = SpareTree.claim(spareLocation, as: staging.path) ?? SpareTree.none
            tree.isPrepared = true
        }
    }

    /// Creates the staging folder (with the output marker): the spare site claimed by `prepare`,
    /// else an empty folder.
    public func begin() throws(WriteError) {
        prepare()
        if !spare.current.isClaimed {
            do {
                try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
            } catch {
                throw WriteError(description: "Folder keluaran sementara \(staging.path) tidak dapat dibuat: \(error.localizedDescription)")
            }
        }
        try write(Array(OutputMarker.text.utf8), to: OutputMarker.fileName)
    }

    /// Staging folders (`.Site.tmp-PID`, and `.Site.old-PID` of earlier versions) whose build
    /// process no longer runs.
    func removeLeftovers() {
        let parent = output.deletingLastPathComponent()
        let prefixes = [".\(output.lastPathComponent).tmp-", ".\(output.lastPathComponent).old-"]
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names {
            guard let prefix = prefixes.first(where: name.hasPrefix), let pid = Int32(name.dropFirst(prefix.count)) else { continue }
            let running = pid != ProcessInfo.processInfo.processIdentifier && (kill(pid, 0) == 0 || errno == EPERM)
            if !running { try? FileManager.default.removeItem(at: parent.appendingPathComponent(name)) }
        }
    }

    /// Writes one file (site path such as `opd/dinkes/index.html`) into the staging folder.
    public func write(_ bytes: [UInt8], to sitePath: String) throws(WriteError) {
        let target = staging.path + "/" + sitePath
        let spare = self.spare.current
        spare.produced(sitePath)
        if let previous, let stamp = sink.holding(bytes, at: previous + "/" + sitePath) {
            if spare.isClaimed {
                if sink.isFile(target, sameAs: stamp) { return files.record(sitePath, stamp) }
                sink.clear(target)
            }
            if sink.link(from: previous + "/" + sitePath, to: target) { return files.record(sitePath, stamp) }
        }
        if spare.isClaimed {
            if let stamp = sink.holding(bytes, at: target) { return files.record(sitePath, stamp) }
            sink.clear(target)  // never write through a file that may be linked from the site in place
        } else if previous != nil {
            unlink(target)  // never write through a link to an old file
        }
        do {
            files.record(sitePath, try sink.write(bytes, to: target))
        } catch {
            throw WriteError(description: "Berkas \(sitePath) tidak dapat ditulis: \(error.description)")
        }
    }

    /// The file the previous build wrote at `sitePath` goes into the new site as it is (a hard
    /// link), when it is still the file that build recorded (`recorded`: its size, time and inode;
    /// a page edited or replaced by hand is rendered again). False when the output is not reused
    /// or holds no such file.
    public func reuse(_ sitePath: String, as recorded: FileStamp?) -> Bool {
        guard let previous, let recorded else { return false }
        let old = previous + "/" + sitePath, target = staging.path + "/" + sitePath
        guard let stamp = FileStamp.of(old), stamp.matches(recorded) else { return false }
        let spare = self.spare.current
        if spare.isClaimed {
            if sink.isFile(target, sameAs: stamp) {
                spare.produced(sitePath)
                files.record(sitePath, stamp)
                return true
            }
            sink.clear(target)
        }
        guard sink.link(from: old, to: target) else { return false }
        spare.produced(sitePath)
        files.record(sitePath, stamp)
        return true
    }

    /// The stamp of every file of the staged site, by site path (after `commit`, of the output).
    public var writtenFiles: [String: FileStamp] { files.all }

    /// Copies a document byte for byte.
    public func copy(from source: URL, to sitePath: String) throws(WriteError) {
        let url = staging.appendingPathComponent(sitePath)
        let spare = self.spare.current
        spare.produced(sitePath)
        if spare.isClaimed { sink.clear(url.path) }
        do {
            try sink.makeFolder(of: url.path)
            try FileManager.default.copyItem(at: source, to: url)
            if let stamp = FileStamp.of(url.path) { files.record(sitePath, stamp) }
        } catch {
            throw WriteError(description: "Dokumen \(source.path) tidak dapat disalin: \(error.localizedDescription)")
        }
    }

    /// Removes what the claimed spare held that this build did not produce, then puts the staging
    /// folder in place of the output in one atomic step; the old site, now in the staging folder's
    /// place, becomes the spare for the next build.
    public func commit() throws(WriteError) {
        spare.current.removeLeftovers(in: staging.path)
        if rename(staging.path, output.path) == 0 { return }
        let renameError = errno
        guard renameError == ENOTEMPTY || renameError == EEXIST else {
            abandon()
            throw WriteError(description: "Folder keluaran \(output.path) tidak dapat diganti: \(String(cString: strerror(renameError)))")
        }
        if ppid_rename_exchange(staging.path, output.path) == 0 {
            SpareTree.keep(staging.path, as: spareLocation)
            return
        }
        let exchangeError = errno
        guard exchangeError == EINVAL || exchangeError == ENOSYS || exchangeError == EOPNOTSUPP else {
            abandon()
            throw WriteError(description: "Folder keluaran \(output.path) tidak dapat diganti: \(String(cString: strerror(exchangeError)))")
        }
        try commitByTwoRenames()
    }

    /// For file systems without `RENAME_EXCHANGE`: the old output moves aside, the new one in.
    private func commitByTwoRenames() throws(WriteError) {
        let manager = FileManager.default
        let old = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
        try? manager.removeItem(at: old)
        do {
            try manager.moveItem(at: output, to: old)
        } catch {
            abandon()
            throw WriteError(description: "Folder keluaran lama \(output.path) tidak dapat dipindahkan: \(error.localizedDescription)")
        }
        do {
            try manager.moveItem(at: staging, to: output)
        } catch {
            try? manager.moveItem(at: old, to: output)
            abandon()
            throw WriteError(description: "Folder keluaran \(output.path) tidak dapat diganti: \(error.localizedDescription)")
        }
        try? manager.removeItem(at: old)
    }

    /// Removes the staging folder after a failure; a claimed spare goes back to its place (its
    /// files are never trusted, so a half-updated spare is as good as any).
    public func abandon() {
        if spare.current.isClaimed {
            SpareTree.keep(staging.path, as: spareLocation)
        } else {
            FolderRemoval.remove(staging.path)
        }
    }
}
