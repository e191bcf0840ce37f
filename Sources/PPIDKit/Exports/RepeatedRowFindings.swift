/// Collapses a problem that repeats on many rows of a table (complaints, registers): one finding
/// per (file, column, value) — that is, per rule, file, column and message — anchored at the
/// first row, with the count and the first five row numbers (RULES.md, second wave).
public struct RepeatedRowFindings: Sendable {
    private struct Key: Hashable {
        var rule: RuleID
        var file: String
        var column: Int
        var message: String
    }

    private struct Group {
        var first: Diagnostic
        var lines: [Int]
        var count: Int
    }

    private var order: [Key] = []
    private var groups: [Key: Group] = [:]

    public init() {}

    public mutating func add(_ rule: RuleID, at location: SourceLocation, _ message: String) {
        add(Diagnostic(rule, at: location, message))
    }

    public mutating func add(_ diagnostic: Diagnostic) {
        let key = Key(rule: diagnostic.rule, file: diagnostic.location.file, column: diagnostic.location.column,
                      message: diagnostic.message)
        if var group = groups[key] {
            group.count += 1
            if group.lines.count < 5 { group.lines.append(diagnostic.location.line) }
            groups[key] = group
        } else {
            order.append(key)
            groups[key] = Group(first: diagnostic, lines: [diagnostic.location.line], count: 1)
        }
    }

    /// One finding per group, in the order the groups were first seen.
    public var diagnostics: [Diagnostic] {
        order.compactMap { key in
            guard let group = groups[key] else { return nil }
            var diagnostic = group.first
            if group.count > 1 {
                let rows = group.lines.map(String.init).joined(separator: ", ")
                diagnostic.message += " Masalah yang sama ada di \(group.count) baris (baris \(rows)\(group.count > 5 ? ", …" : ""))."
            }
            return diagnostic
        }
    }
}
