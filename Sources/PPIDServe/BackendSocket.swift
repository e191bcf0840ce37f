import Foundation

/// Where FlyingFox listens: a Unix socket in a folder only this user may enter, so the
/// `RequestGate` is the only way in (a web page cannot reach a Unix socket at all).
struct BackendSocket: Sendable {
    let folder: URL

    /// A folder name nobody can guess ahead of time, short enough for a socket path (about 100 bytes).
    init() {
        let name = "ppid-serve-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        let temporary = FileManager.default.temporaryDirectory
        let base = temporary.path.utf8.count > 60 ? URL(fileURLWithPath: "/tmp") : temporary
        folder = base.appendingPathComponent(name)
    }

    var path: String { folder.appendingPathComponent("http.sock").path }

    func create() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o700])
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
