/// Where a build's files go. `SiteWriter` stages a whole new folder and swaps it in (builds);
/// `LiveOutput` updates a served folder in place, touching only files that changed (`ppid serve`).
public protocol SiteOutput: Sendable {
    /// Work that may run while the content is validated, before `begin` (`abandon` undoes it).
    func prepare()
    func begin() throws(SiteWriter.WriteError)
    func write(_ bytes: [UInt8], to sitePath: String) throws(SiteWriter.WriteError)
    func copy(from source: URL, to sitePath: String) throws(SiteWriter.WriteError)
    func commit() throws(SiteWriter.WriteError)
    func abandon()
    /// The file written by the previous build stays as it is, when it still is the file recorded
    /// then (`recorded`, for outputs that check); when false the caller writes it.
    func reuse(_ sitePath: String, as recorded: FileStamp?) -> Bool
}

extension SiteOutput {
    /// An output that keeps nothing of an earlier build.
    public func reuse(_ sitePath: String, as recorded: FileStamp?) -> Bool { false }

    /// Nothing to prepare.
    public func prepare() {}
}

extension SiteOutput {
    public func write(_ text: String, to sitePath: String) throws(SiteWriter.WriteError) {
        try write(Array(text.utf8), to: sitePath)
    }
}

extension SiteWriter: SiteOutput {}

import Foundation
