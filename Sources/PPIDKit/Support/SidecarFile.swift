import Foundation

/// The files ppid keeps beside an output (stamp, page keys, data pieces, stored trees): written
/// whole under a temporary name, then renamed into place. The old file is removed just before,
/// so that the rename replaces nothing: on ext4, renaming over an existing file makes the kernel
/// write the new file's data out first (`auto_da_alloc`), which stalled rebuilds by 100 ms and
/// more. In the moment between, a reader finds no file and builds as if there had been none;
/// every reader also checks what it reads, so a damaged file never misleads a build.
enum SidecarFile {
    /// Writes `bytes` to `url`; false (and nothing changed) when it could not.
    @discardableResult
    static func write(_ bytes: [UInt8], to url: URL) -> Bool {
        write(to: url) { descriptor in write(bytes[...], to: descriptor) }
    }

    /// Writes what `body` writes to the open descriptor (true when all went well) to `url`.
    @discardableResult
    static func write(to url: URL, _ body: (Int32) -> Bool) -> Bool {
        let temporary = url.path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        let complete = body(descriptor)
        close(descriptor)
        guard complete else {
            unlink(temporary)
            return false
        }
        unlink(url.path)
        guard rename(temporary, url.path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    /// Writes all of `bytes` to `descriptor`.
    static func write(_ bytes: ArraySlice<UInt8>, to descriptor: Int32) -> Bool {
        DescriptorWrite.all(bytes, to: descriptor) == nil
    }
}
