import Foundation

/// What `check` found in the imported file, grouped by rule and key so the officer sees at once
/// what the sheet lacked ("penanggung_jawab kosong pada 40 baris"), with the sheet rows.
public struct ImportSummary: Sendable {
    public struct Group: Sendable, Hashable {
        public var rule: RuleID
        public var key: String?
        /// Items concerned (their sheet row when they came from this import).
        public var count: Int
        public var rows: [Int]
        public var summary: String
        /// Whether the findings are about items (counted per item) rather than the whole list.
        public var perItem: Bool

        public var line: String {
            let rowList = rows.isEmpty ? "" : " (baris \(TableReader.list(rows.map(String.init))))"
            let what = count == 1 ? "1 butir" : "\(count) butir"
            switch (rule, key) {
            case (.ppid003, let key?):
                return "\(rule.rawValue) \(key) kosong pada \(count) baris\(rowList)"
            case (_, let key?):
                return "\(rule.rawValue) \(key): \(summary) — \(what)\(rowList)"
            case (_, nil) where perItem:
                return "\(rule.rawValue) \(summary) — \(what)\(rowList)"
            default:
                return "\(rule.rawValue) \(summary) — \(count == 1 ? "1 temuan" : "\(count) temuan")"
            }
        }
    }

    public var groups: [Group]

    /// - Parameters:
    ///   - diagnostics: the findings in the imported file.
    ///   - source: the file as written; its items are located by parsing it again.
    ///   - rowsByID: the sheet row of each item this import wrote.
    public init(diagnostics: [Diagnostic], source: SourceText, kind: ImportKind, rowsByID: [String: Int]) {
        var itemStarts: [(line: Int, id: String, node: YAMLNode)] = []
        if case .document(let root) = YAMLLoader.parse(source.text, source: source) {
            for item in root[kind.listKey]?.items ?? [] {
                let id = item.string("id") ?? (item.string("judul") ?? "").slugified
                itemStarts.append((item.location.line, id, item))
            }
        }
        let keys = Set(ImportField.mappable(for: kind).map { $0.rawValue.split(separator: ".").first.map(String.init) ?? $0.rawValue })
        struct Bucket { var rule: RuleID; var key: String?; var items: [String] = []; var count = 0 }
        var buckets: [String: Bucket] = [:]
        var order: [String] = []
        for diagnostic in diagnostics {
            let line = diagnostic.location.line
            let item = itemStarts.last { $0.line <= line }
            var key: String?
            if let item, let entries = item.node.entries {
                key = entries.last { $0.keyLocation.line <= line }?.key
                // A missing key is reported at the item's first line; its message names the key.
                if diagnostic.rule == .ppid003 { key = Self.quotedKey(in: diagnostic.message, among: keys) ?? key }
                if key == "id" && line == item.line && diagnostic.rule != .ppid003 { key = nil }
            }
            let name = "\(diagnostic.rule.rawValue)|\(key ?? "")"
            if buckets[name] == nil { buckets[name] = Bucket(rule: diagnostic.rule, key: key); order.append(name) }
            buckets[name]?.count += 1
            if let item, !(buckets[name]?.items.contains(item.id) ?? true) { buckets[name]?.items.append(item.id) }
        }
        groups = order.compactMap { name in
            guard let bucket = buckets[name] else { return nil }
            let rows = bucket.items.compactMap { rowsByID[$0] }
            return Group(rule: bucket.rule, key: bucket.key, count: bucket.items.isEmpty ? bucket.count : bucket.items.count,
                         rows: rows, summary: bucket.rule.summary, perItem: !bucket.items.isEmpty)
        }.sorted { ($0.rule.severity, $0.count) > ($1.rule.severity, $1.count) }
    }

    /// The first `"key"` or `` `key` `` in a message that is one of the list's keys.
    static func quotedKey(in message: String, among keys: Set<String>) -> String? {
        for quote in ["\"", "`"] {
            let pieces = message.components(separatedBy: quote)
            guard pieces.count >= 3 else { continue }
            for index in stride(from: 1, to: pieces.count - 1, by: 2) where keys.contains(pieces[index]) {
                return pieces[index]
            }
        }
        return nil
    }
}
