import Yams

/// A YAML value that remembers where it stands in its file. Every scalar is kept as its
/// source text; types are decided by the schema, never guessed by the parser.
public struct YAMLNode: Sendable {
    public enum Value: Sendable {
        case null
        /// A scalar's text, trimmed of surrounding white space.
        case scalar(String, quoted: Bool)
        case sequence([YAMLNode])
        case mapping([YAMLEntry])
    }

    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// The entries of a mapping, or nil for any other kind of node.
    public var entries: [YAMLEntry]? {
        if case .mapping(let entries) = value { return entries }
        return nil
    }

    public var items: [YAMLNode]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    /// The source text of a scalar (trimmed when composed), or nil for anything else.
    public var text: String? {
        if case .scalar(let text, _) = value { return text }
        return nil
    }

    public var isNull: Bool {
        if case .null = value { return true }
        return false
    }

    public subscript(key: String) -> YAMLNode? {
        entries?.first(where: { $0.key == key })?.value
    }

    public func entry(_ key: String) -> YAMLEntry? {
        entries?.first(where: { $0.key == key })
    }

    /// A scalar or a list of scalars, as a list of texts (empty texts dropped).
    public var textList: [String]? {
        switch value {
        case .scalar: return text.map { $0.isEmpty ? [] : [$0] }
        case .sequence(let items): return items.compactMap(\.text).filter { !$0.isEmpty }
        default: return nil
        }
    }

    /// What kind of node this is, for messages.
    public var kindName: String {
        switch value {
        case .null: return "kosong"
        case .scalar: return "teks"
        case .sequence: return "daftar"
        case .mapping: return "pemetaan"
        }
    }
}

public struct YAMLEntry: Sendable {
    public var key: String
    public var keyLocation: SourceLocation
    public var value: YAMLNode
}

extension YAMLNode {
    /// Feeds what was written (keys, scalars, their nesting; not where) into `hasher`: two nodes
    /// that hash alike hold the same content.
    public func combineContent(into hasher: inout StableHasher) {
        switch value {
        case .null:
            hasher.combine(0)
        case .scalar(let text, let quoted):
            hasher.combine(quoted ? 1 : 2)
            hasher.combine(text)
        case .sequence(let items):
            hasher.combine(3)
            hasher.combine(items.count)
            for item in items { item.combineContent(into: &hasher) }
        case .mapping(let entries):
            hasher.combine(4)
            hasher.combine(entries.count)
            for entry in entries {
                hasher.combine(entry.key)
                entry.value.combineContent(into: &hasher)
            }
        }
    }
}
