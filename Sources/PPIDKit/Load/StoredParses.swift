import Foundation

/// The YAML files a `ppid build` parsed, kept beside the build stamp as compact trees, so that the
/// next build into the same output does not parse the files whose text did not change (a one-item
/// change leaves every other OPD's `dip.yml` as it was; parsing them was a third of a rebuild).
///
/// A tree is used only for a file whose text has exactly the stored digest, and only when its
/// bytes have theirs and read back whole; anything else (a damaged, foreign or older store) is
/// parsed as usual. Files that had any finding when parsed are never stored.
struct StoredParses: Sendable {
    /// A tree read back: the document's root (nil for an empty file) and its stored bytes.
    struct Tree {
        var root: YAMLNode?
        /// The build that stored it found nothing when it checked the file against its schema.
        var conformsToSchema: Bool
        /// A slice of the whole store (no copy).
        var bytes: ArraySlice<UInt8>
    }

    private let bytes: [UInt8]
    /// By path inside the content folder: the digest of the text, and where its tree lies.
    private let records: [String: Record]

    private struct Record {
        var digest: Int
        var conformsToSchema: Bool
        var range: Range<Int>
    }

    /// The first bytes of the file: the format and the program that wrote it.
    private static var header: [UInt8] { Array("ppid-kunci-yaml 2 \(ProgramVersion.line)\n".utf8) }

    /// The digest a text is stored under.
    static func digest(of text: String) -> Int {
        var hasher = StableHasher()
        hasher.combine(text)
        return hasher.finalize()
    }

    /// The digest of a tree's bytes, checked before the tree is used.
    private static func digest(of bytes: UnsafeRawBufferPointer) -> Int {
        var hasher = StableHasher()
        hasher.combine(bytes)
        return hasher.finalize()
    }

    /// The trees a `save` wrote, or nil when the file is missing or not of this program's version.
    static func load(from url: URL) -> StoredParses? {
        guard let bytes = FileManager.default.contents(atPath: url.path).map({ [UInt8]($0) }) else { return nil }
        let header = Self.header
        guard bytes.starts(with: header) else { return nil }
        var records: [String: Record] = [:]
        let complete = bytes.withUnsafeBytes { raw -> Bool in
            var reader = YAMLNodeBytes.Reader(bytes: raw, offset: header.count, file: "")
            while reader.offset < raw.count {
                guard let path = reader.text(), let digest = reader.number(), let conforms = reader.number(),
                      let bytesDigest = reader.number(), let length = reader.number(), length >= 0,
                      length <= raw.count - reader.offset else { return false }
                let range = reader.offset..<(reader.offset + length)
                reader.offset += length
                // A damaged tree is left out; the file is parsed again.
                if Self.digest(of: UnsafeRawBufferPointer(rebasing: raw[range])) == bytesDigest { records[path] = Record(digest: digest, conformsToSchema: conforms == 1, range: range) }
            }
            return true
        }
        return complete ? StoredParses(bytes: bytes, records: records) : nil
    }

    /// The stored tree of `source`, when its text is the one stored and the tree reads back whole.
    func tree(for source: SourceText) -> Tree? {
        guard let record = records[source.relativePath], record.digest == Self.digest(of: source.text) else { return nil }
        let stored = bytes[record.range]
        switch YAMLNodeBytes.decode(stored, file: source.displayPath) {
        case .node(let root): return Tree(root: root, conformsToSchema: record.conformsToSchema, bytes: stored)
        case .empty: return Tree(root: nil, conformsToSchema: record.conformsToSchema, bytes: stored)
        case nil: return nil
        }
    }

    /// Writes the trees (`SidecarFile`): per file its path, the digest of its text, whether it
    /// conforms to its schema, the digest of its tree, and the tree. `bytes` gives each tree (the
    /// stored bytes, or a fresh encoding); one tree at a time is held, so that a province's store of
    /// tens of megabytes never lies in memory twice.
    static func save<Trees: Sequence>(_ trees: Trees, to url: URL) where Trees.Element == (path: String, digest: Int, conforms: Bool, bytes: () -> ArraySlice<UInt8>) {
        SidecarFile.write(to: url) { descriptor in
            guard SidecarFile.write(header[...], to: descriptor) else { return false }
            for tree in trees.sorted(by: { $0.path < $1.path }) {
                let bytes = tree.bytes()
                var record: [UInt8] = []
                YAMLNodeBytes.appendText(tree.path, to: &record)
                YAMLNodeBytes.appendNumber(tree.digest, to: &record)
                YAMLNodeBytes.appendNumber(tree.conforms ? 1 : 0, to: &record)
                YAMLNodeBytes.appendNumber(bytes.withUnsafeBytes { digest(of: $0) }, to: &record)
                YAMLNodeBytes.appendNumber(bytes.count, to: &record)
                guard SidecarFile.write(record[...], to: descriptor), SidecarFile.write(bytes, to: descriptor) else { return false }
            }
            return true
        }
    }
}
