import Foundation

/// Writing a whole buffer to an open file with POSIX `write`, as every file ppid writes itself
/// (site files, the files beside the output) does: retried after a signal, never looping on a
/// write that makes no progress.
enum DescriptorWrite {
    /// Writes all of `bytes` to `descriptor`; nil when done, else the `errno` that stopped it.
    static func all(_ bytes: ArraySlice<UInt8>, to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { raw -> Int32? in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                guard written > 0 else { return EIO }
                offset += written
            }
            return nil
        }
    }
}
