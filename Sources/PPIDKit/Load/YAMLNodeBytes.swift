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
