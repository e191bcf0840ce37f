import Foundation
import Synchronization

/// Updates a served site folder in place: a file is written only when its bytes changed since the
/// last build, and files no longer produced are removed at commit. Counts what changed.
public final class LiveOutput: SiteOutput {
    public let root: URL
    private struct State {
        var previous: [String: String] = [:]
        var current: [String: String] = [:]
        var changed = 0
    }
    private let state = Mutex(State())
    private let sink = FileSink()

    public init(path: String) {
        root = URL(fileURLWithPath: path, isDirectory: true)
    }

    /// Files written or removed by the last build.
    public var changedFiles: Int { state.withLock { $0.changed } }

    public func begin() throws(SiteWriter.WriteError) {
        state.withLock { state in
            state.current = [:]
            state.changed = 0
        }
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try? sink.write(Array(OutputMarker.text.utf8), to: root.path + "/" + OutputMarker.fileName)
    }

    public func write(_ bytes: [UInt8], to sitePath: String) throws(SiteWriter.WriteError) {
        let fingerprint = Fingerprint.of(bytes) + String(bytes.count)
        let unchanged = state.withLock { state in
            state.current[sitePath] = fingerprint
            return state.previous[sitePath] == fingerprint
        }
        if unchanged { return }
        do {
            try sink.write(bytes, to: root.path + "/" + sitePath)
        } catch {
            throw SiteWriter.WriteError(description: "Berkas \(sitePath) tidak dapat ditulis: \(error.description)")
        }
        state.withLock { $0.changed += 1 }
    }

    /// The served folder is this process's own: what it wrote last time is still there (`recorded`
    /// is not needed).
    public func reuse(_ sitePath: String, as recorded: FileStamp?) -> Bool {
        state.withLock { state in
            guard let previous = state.previous[sitePath] else { return false }
            state.current[sitePath] = previous
            return true
        }
    }

    public func copy(from source: URL, to sitePath: String) throws(SiteWriter.WriteError) {
        guard let data = FileManager.default.contents(atPath: source.path) else {
            throw SiteWriter.WriteError(description: "Dokumen \(source.path) tidak dapat dibaca.")
        }
        try write([UInt8](data), to: sitePath)
    }

    public func commit() throws(SiteWriter.WriteError) {
        let stale = state.withLock { state -> [String] in
            let stale = state.previous.keys.filter { state.current[$0] == nil }
            state.previous = state.current
            state.changed += stale.count
            return stale
        }
        for path in stale { try? FileManager.default.removeItem(at: root.appendingPathComponent(path)) }
    }

    public func abandon() {
        state.withLock { $0.current = [:] }
    }
}
