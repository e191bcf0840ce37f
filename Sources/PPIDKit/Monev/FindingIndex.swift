/// The validator's findings, by file and line, so that a check can ask which findings fall on one
/// item, SOP or mapping: a check is met when the rules behind it found nothing there.
struct FindingIndex: Sendable {
    private var byFile: [String: [Diagnostic]] = [:]

    init(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            byFile[diagnostic.location.file, default: []].append(diagnostic)
        }
        for file in byFile.keys {
            byFile[file]?.sort { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
        }
    }

    /// Every finding of a file (its display path).
    func findings(in file: String) -> [Diagnostic] { byFile[file] ?? [] }

    /// The findings of a file on the given lines.
    func findings(in file: String, lines: ClosedRange<Int>) -> ArraySlice<Diagnostic> {
        guard let all = byFile[file], !all.isEmpty else { return [] }
        var low = 0, high = all.count
        while low < high {
            let middle = (low + high) / 2
            if all[middle].location.line < lines.lowerBound { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < all.count, all[end].location.line <= lines.upperBound { end += 1 }
        return all[low..<end]
    }
}

extension YAMLNode {
    /// The lines this node and everything inside it start on: where its findings are anchored.
    var lineSpan: ClosedRange<Int> {
        var last = location.line
        var stack = [self]
        while let node = stack.popLast() {
            last = max(last, node.location.line)
            switch node.value {
            case .sequence(let items): stack.append(contentsOf: items)
            case .mapping(let entries):
                for entry in entries {
                    last = max(last, entry.keyLocation.line)
                    stack.append(entry.value)
                }
            case .null, .scalar: break
            }
        }
        return location.line...last
    }
}

/// The line spans of a list's items (`informasi:` or `dikecualikan:`), by where each item starts.
struct ItemSpans: Sendable {
    private var spans: [SourceLocation: ClosedRange<Int>] = [:]

    init(_ list: YAMLNode?) {
        for item in list?.items ?? [] { spans[item.location] = item.lineSpan }
    }

    func span(at start: SourceLocation) -> ClosedRange<Int> { spans[start] ?? start.line...start.line }
}
