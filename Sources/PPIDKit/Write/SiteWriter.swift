import Foundation

/// The write stage: everything goes into a fresh staging folder beside the output, which is
/// swapped in only when complete. Any failure leaves the previous output exactly as it was.
public struct SiteWriter: Sendable {
    public let output: URL
    public let staging: URL
    private let sink = FileSink()

    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
    }

    public init(outputPath: String) {
        output = URL(fileURLWithPath: outputPath, isDirectory: true).standardizedFileURL
        let pid = ProcessInfo.processInfo.processIdentifier
        staging = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).tmp-\(pid)", isDirectory: true)
    }

    /// Creates the empty staging folder.
    public func begin() throws(WriteError) {
        let manager = FileManager.default
        try? manager.removeItem(at: staging)
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw WriteError(description: "Folder keluaran sementara \(staging.path) tidak dapat dibuat: \(error.localizedDescription)")
        }
    }

    /// Writes one file (site path such as `opd/dinkes/index.html`) into the staging folder.
    public func write(_ bytes: [UInt8], to sitePath: String) throws(WriteError) {
        do {
            try sink.write(bytes, to: staging.path + "/" + sitePath)
        } catch {
            throw WriteError(description: "Berkas \(sitePath) tidak dapat ditulis: \(error.description)")
        }
    }

    /// Copies a document byte for byte.
    public func copy(from source: URL, to sitePath: String) throws(WriteError) {
        let url = staging.appendingPathComponent(sitePath)
        do {
            try sink.makeFolder(of: url.path)
            try FileManager.default.copyItem(at: source, to: url)
        } catch {
            throw WriteError(description: "Dokumen \(source.path) tidak dapat disalin: \(error.localizedDescription)")
        }
    }

    /// Swaps the finished staging folder in place of the output.
    public func commit() throws(WriteError) {
        let manager = FileManager.default
        let old = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
        try? manager.removeItem(at: old)
        let hadOutput = manager.fileExists(atPath: output.path)
        do {
            if hadOutput { try manager.moveItem(at: output, to: old) }
        } catch {
            abandon()
            throw WriteError(description: "Folder keluaran lama \(output.path) tidak dapat dipindahkan: \(error.localizedDescription)")
        }
        do {
            try manager.moveItem(at: staging, to: output)
        } catch {
            if hadOutput { try? manager.moveItem(at: old, to: output) }
            abandon()
            throw WriteError(description: "Folder keluaran \(output.path) tidak dapat diganti: \(error.localizedDescription)")
        }
        try? manager.removeItem(at: old)
    }

    /// Removes the staging folder after a failure.
    public func abandon() {
        try? FileManager.default.removeItem(at: staging)
    }
}
