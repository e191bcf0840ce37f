import CYaml

/// Builds `YAMLNode` trees straight from libyaml's event stream (the libyaml that Yams ships),
/// skipping the intermediate Yams `Node` and its regex tag resolution: content files are read
/// several times faster, which matters for a province's tens of thousands of items.
/// Aliases are expanded within a node budget; duplicate keys and syntax errors become PPID001.
struct YAMLEventComposer {
    enum Failure: Error {
        case syntax(problem: String, line: Int, column: Int, context: String?, contextLine: Int?, contextColumn: Int?)
        case duplicateKey(String, line: Int, column: Int, firstLine: Int)
        case budget(line: Int, column: Int)
        case unknownAlias(line: Int, column: Int)
        case nonScalarKey(line: Int, column: Int)
        case tooDeep(line: Int, column: Int)
    }

    /// Collections nested deeper than this are refused (no content file needs more than a few).
    static let maxDepth = 64

    let source: SourceText
    let lineOffset: Int
    let budget: Int

    /// The first document's root, or nil for an empty stream.
    func compose(_ yaml: String) throws(Failure) -> YAMLNode? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw .syntax(problem: "memory", line: 1, column: 1, context: nil, contextLine: nil, contextColumn: nil)
        }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(yaml.utf8)
        if bytes.isEmpty { return nil }
        return try bytes.withUnsafeMutableBufferPointer { buffer throws(Failure) -> YAMLNode? in
            guard let base = buffer.baseAddress else { return nil }
            yaml_parser_set_input_string(&parser, base, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            return try run(&parser)
        }
    }

    private final class Frame {
        var isMapping: Bool
        var location: SourceLocation
        var anchor: String?
        var items: [YAMLNode] = []
        var entries: [YAMLEntry] = []
        var pendingKey: (String, SourceLocation)?
        /// The keys so far and their lines, once the mapping is too long to search its entries.
        var seenKeys: [String: Int] = [:]

        /// Mappings up to this many keys are searched in place for a repeated key, without hashing.
        static let scannedKeys = 16

        init(isMapping: Bool, location: SourceLocation, anchor: String?) {
            self.isMapping = isMapping
            self.location = location
            self.anchor = anchor
        }

        /// The line where `key` was already written in this mapping, if it was.
        func firstLine(of key: String) -> Int? {
            if entries.count <= Self.scannedKeys {
                return entries.first(where: { $0.key == key })?.keyLocation.line
            }
            return seenKeys[key]
        }

        /// Records a key after its check; every key before it, when the mapping outgrows the search.
        func noteKey(_ key: String, line: Int) {
            if entries.count < Self.scannedKeys { return }
            if seenKeys.isEmpty {
                for entry in entries { seenKeys[entry.key] = entry.keyLocation.line }
            }
            seenKeys[key] = line
        }
    }

    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        source.location(line: Int(mark.line) + 1 + lineOffset, column: Int(mark.column) + 1)
    }

    private static func isVisibleASCII(_ bytes: UnsafeMutablePointer<yaml_char_t>?, at offset: Int) -> Bool {
        guard let bytes, offset >= 0 else { return false }
        return bytes[offset] > 0x20 && bytes[offset] < 0x7F
    }

    /// Plain scalars that mean null.
    private static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int? = nil) -> String? {
        guard let pointer else { return nil }
        if let length {
            return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
        }
        return String(cString: pointer)
    }

    private func run(_ parser: inout yaml_parser_t) throws(Failure) -> YAMLNode? {
        var stack: [Frame] = []
        var anchors: [String: YAMLNode] = [:]
        var root: YAMLNode?
        var documents = 0
        var visited = 0

        func add(_ node: YAMLNode, anchor: String?) throws(Failure) {
            if let anchor { anchors[anchor] = node }
            guard let top = stack.last else {
                if root == nil { root = node }
                return
            }
            if top.isMapping {
                if let (key, keyLocation) = top.pendingKey {
                    top.entries.append(YAMLEntry(key: key, keyLocation: keyLocation, value: node))
                    top.pendingKey = nil
                } else {
                    guard let key = node.text, !node.isCollection else {
                        throw .nonScalarKey(line: node.location.line, column: node.location.column)
                    }
                    let keyText: String
                    if case .scalar(let raw, _) = node.value { keyText = raw } else { keyText = key }
                    if let first = top.firstLine(of: keyText) {
                        throw .duplicateKey(keyText, line: node.location.line, column: node.location.column, firstLine: first)
                    }
                    top.noteKey(keyText, line: node.location.line)
                    top.pendingKey = (keyText, node.location)
                }
            } else {
                top.items.append(node)
            }
        }

        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else {
                throw .syntax(problem: Self.string(UnsafeMutablePointer(mutating: parser.problem).map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: yaml_char_t.self) }) ?? "galat",
                              line: Int(parser.problem_mark.line) + 1 + lineOffset, column: Int(parser.problem_mark.column) + 1,
                              context: Self.string(UnsafeMutablePointer(mutating: parser.context).map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: yaml_char_t.self) }),
                              contextLine: parser.context == nil ? nil : Int(parser.context_mark.line) + 1 + lineOffset,
                              contextColumn: parser.context == nil ? nil : Int(parser.context_mark.column) + 1)
            }
            defer { yaml_event_delete(&event) }
            visited += 1
            if visited > budget {
                throw .budget(line: Int(event.start_mark.line) + 1 + lineOffset, column: Int(event.start_mark.column) + 1)
            }
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return root
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 { return root }
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = Self.string(scalar.value, length: Int(scalar.length)) ?? ""
                let quoted = scalar.style != YAML_PLAIN_SCALAR_STYLE
                let node: YAMLNode
                if !quoted, scalar.length <= 4, Self.nullWords.contains(text) {
                    node = YAMLNode(.null, at: location(event.start_mark))
                } else {
                    // Most scalars start and end with a visible ASCII character: nothing to trim.
                    let trimmed = Self.isVisibleASCII(scalar.value, at: 0) && Self.isVisibleASCII(scalar.value, at: Int(scalar.length) - 1)
                        ? text : text.trimmedWhitespace
                    node = YAMLNode(.scalar(trimmed, quoted: quoted), at: location(event.start_mark))
                }
                try add(node, anchor: Self.string(scalar.anchor))
            case YAML_SEQUENCE_START_EVENT where stack.count >= Self.maxDepth,
                 YAML_MAPPING_START_EVENT where stack.count >= Self.maxDepth:
                throw .tooDeep(line: Int(event.start_mark.line) + 1 + lineOffset, column: Int(event.start_mark.column) + 1)
            case YAML_SEQUENCE_START_EVENT:
                stack.append(Frame(isMapping: false, location: location(event.start_mark),
                                   anchor: Self.string(event.data.sequence_start.anchor)))
            case YAML_MAPPING_START_EVENT:
                stack.append(Frame(isMapping: true, location: location(event.start_mark),
                                   anchor: Self.string(event.data.mapping_start.anchor)))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { break }
                let node = frame.isMapping
                    ? YAMLNode(.mapping(frame.entries), at: frame.location)
                    : YAMLNode(.sequence(frame.items), at: frame.location)
                try add(node, anchor: frame.anchor)
            case YAML_ALIAS_EVENT:
                let name = Self.string(event.data.alias.anchor) ?? ""
                guard let target = anchors[name] else {
                    throw .unknownAlias(line: Int(event.start_mark.line) + 1 + lineOffset, column: Int(event.start_mark.column) + 1)
                }
                visited += target.size(limit: budget - visited)
                if visited > budget {
                    throw .budget(line: Int(event.start_mark.line) + 1 + lineOffset, column: Int(event.start_mark.column) + 1)
                }
                try add(target, anchor: nil)
            default:
                break
            }
        }
    }
}

extension YAMLNode {
    var isCollection: Bool {
        switch value {
        case .sequence, .mapping: return true
        default: return false
        }
    }

    /// The number of nodes in this tree, counting at most `limit` (+1).
    func size(limit: Int) -> Int {
        var count = 1
        var pending: [YAMLNode] = [self]
        while let node = pending.popLast(), count <= limit {
            switch node.value {
            case .sequence(let items): count += items.count; pending += items
            case .mapping(let entries): count += entries.count; pending += entries.map(\.value)
            default: break
            }
        }
        return count
    }
}
