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

/// A `YAMLNode` tree as bytes: per node a kind byte, its line and column, then its text or its
/// children (a mapping's keys with their places). Numbers are LEB128 varints, texts UTF-8 with
/// their length in front.
enum YAMLNodeBytes {
    private enum Kind: UInt8 {
        case null = 0, scalar, quotedScalar, sequence, mapping, emptyDocument
    }

    /// The bytes of a document's root (nil: an empty file).
    static func encode(_ root: YAMLNode?) -> ArraySlice<UInt8> {
        var out: [UInt8] = []
        if let root { append(root, to: &out) } else { out.append(Kind.emptyDocument.rawValue) }
        return out[...]
    }

    /// What `encode` wrote: a root, or an empty file.
    enum Root {
        case node(YAMLNode)
        case empty
    }

    /// The root whose locations name `file`; nil when the bytes are not one whole tree.
    static func decode(_ bytes: ArraySlice<UInt8>, file: String) -> Root? {
        bytes.withUnsafeBytes { raw -> Root? in
            if raw.first == Kind.emptyDocument.rawValue { return raw.count == 1 ? .empty : nil }
            var reader = Reader(bytes: raw, offset: 0, file: file)
            guard let node = reader.node(depth: 0), reader.offset == raw.count else { return nil }
            return .node(node)
        }
    }

    private static func append(_ node: YAMLNode, to out: inout [UInt8]) {
        let kind: Kind
        switch node.value {
        case .null: kind = .null
        case .scalar(_, let quoted): kind = quoted ? .quotedScalar : .scalar
        case .sequence: kind = .sequence
        case .mapping: kind = .mapping
        }
        out.append(kind.rawValue)
        appendNumber(node.location.line, to: &out)
        appendNumber(node.location.column, to: &out)
        switch node.value {
        case .null: break
        case .scalar(let text, _): appendText(text, to: &out)
        case .sequence(let items):
            appendNumber(items.count, to: &out)
            for item in items { append(item, to: &out) }
        case .mapping(let entries):
            appendNumber(entries.count, to: &out)
            for entry in entries {
                appendText(entry.key, to: &out)
                appendNumber(entry.keyLocation.line, to: &out)
                appendNumber(entry.keyLocation.column, to: &out)
                append(entry.value, to: &out)
            }
        }
    }

    static func appendNumber(_ value: Int, to out: inout [UInt8]) {
        var rest = UInt64(bitPattern: Int64(value))
        while rest >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        out.append(UInt8(rest))
    }

    static func appendText(_ text: String, to out: inout [UInt8]) {
        appendNumber(text.utf8.count, to: &out)
        out.append(contentsOf: text.utf8)
    }

    /// Reads what `append…` wrote; every read checks its bounds and gives nil past the end.
    struct Reader {
        let bytes: UnsafeRawBufferPointer
        var offset: Int
        /// The path every decoded location names.
        let file: String

        mutating func number() -> Int? {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while offset < bytes.count, shift < 64 {
                let byte = bytes[offset]
                offset += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte & 0x80 == 0 { return Int(Int64(bitPattern: value)) }
                shift += 7
            }
            return nil
        }

        mutating func text() -> String? {
            guard let count = number(), count >= 0, count <= bytes.count - offset else { return nil }
            let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)]), as: UTF8.self)
            offset += count
            return text
        }

        mutating func location() -> SourceLocation? {
            guard let line = number(), let column = number() else { return nil }
            return SourceLocation(file: file, line: line, column: column)
        }

        mutating func node(depth: Int) -> YAMLNode? {
            guard depth <= YAMLEventComposer.maxDepth + 1, offset < bytes.count, let kind = Kind(rawValue: bytes[offset]) else { return nil }
            offset += 1
            guard let location = location() else { return nil }
            switch kind {
            case .null: return YAMLNode(.null, at: location)
            case .scalar, .quotedScalar:
                guard let text = text() else { return nil }
                return YAMLNode(.scalar(text, quoted: kind == .quotedScalar), at: location)
            case .sequence:
                guard let count = number(), count >= 0, count <= bytes.count - offset else { return nil }
                var items: [YAMLNode] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    guard let item = node(depth: depth + 1) else { return nil }
                    items.append(item)
                }
                return YAMLNode(.sequence(items), at: location)
            case .mapping:
                guard let count = number(), count >= 0, count <= bytes.count - offset else { return nil }
                var entries: [YAMLEntry] = []
                entries.reserveCapacity(count)
                for _ in 0..<count {
                    guard let key = text(), let keyLocation = self.location(), let value = node(depth: depth + 1) else { return nil }
                    entries.append(YAMLEntry(key: key, keyLocation: keyLocation, value: value))
                }
                return YAMLNode(.mapping(entries), at: location)
            case .emptyDocument:
                return nil
            }
        }
    }
}
