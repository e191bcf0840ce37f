import Yams

/// Parses YAML text into `YAMLNode` trees, turning every parser complaint into a PPID001 finding.
public enum YAMLLoader {
    /// Content files are small; anything beyond this many nodes is an alias bomb or a mistake.
    static let nodeBudget = 2_000_000
    /// Flow collections nested deeper than this are refused before the recursive composer sees them.
    static let maxFlowDepth = 200

    public enum Outcome: Sendable {
        case document(YAMLNode)
        case empty
        case failure(Diagnostic)
    }

    /// - Parameters:
    ///   - lineOffset: lines before the YAML text in its file (front matter starts on line 2).
    public static func parse(_ yaml: String, source: SourceText, lineOffset: Int = 0) -> Outcome {
        if let depthProblem = excessiveFlowDepth(yaml) {
            return .failure(Diagnostic(.ppid001, at: source.location(line: depthProblem + lineOffset),
                "Struktur YAML bersarang terlalu dalam (lebih dari \(maxFlowDepth) tingkat); sederhanakan isinya."))
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, .basic)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, source: source, lineOffset: lineOffset))
        } catch {
            return .failure(Diagnostic(.ppid001, at: source.location(line: 1 + lineOffset),
                "YAML tidak dapat dibaca: \(error)"))
        }
        guard let root else { return .empty }
        var converter = Converter(source: source, lineOffset: lineOffset)
        guard let node = converter.convert(root) else {
            return .failure(Diagnostic(.ppid001, at: converter.failureLocation ?? source.location(),
                converter.failureMessage))
        }
        if node.isNull { return .empty }
        return .document(node)
    }

    /// The line of the first bracket nesting beyond the limit, if any (quotes and comments skipped).
    static func excessiveFlowDepth(_ yaml: String) -> Int? {
        var depth = 0, line = 1
        var quote: UInt8? = nil
        var inComment = false
        for byte in yaml.utf8 {
            if byte == UInt8(ascii: "\n") { line += 1; inComment = false; if quote == UInt8(ascii: "'") { continue } }
            if inComment { continue }
            if let q = quote { if byte == q { quote = nil }; continue }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
            case UInt8(ascii: "#"): inComment = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > maxFlowDepth { return line }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1)
            default: break
            }
        }
        return nil
    }

    static func diagnostic(for error: YamlError, source: SourceText, lineOffset: Int) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var text = YAMLProblem.explain(problem)
            if let context { text += " (\(YAMLProblem.translate(context.text)) pada baris \(context.mark.line + lineOffset))" }
            return Diagnostic(.ppid001, at: source.location(line: mark.line + lineOffset, column: mark.column), text)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
            return Diagnostic(.ppid001, at: source.location(line: context.mark.line + lineOffset, column: context.mark.column),
                "Kunci \(keys) ditulis lebih dari sekali dalam satu pemetaan; hapus salah satunya.")
        case .reader(let problem, _, _, _):
            return Diagnostic(.ppid001, at: source.location(line: 1 + lineOffset),
                "Berkas tidak dapat dibaca sebagai YAML: \(problem).")
        default:
            return Diagnostic(.ppid001, at: source.location(line: 1 + lineOffset), "YAML tidak dapat dibaca: \(error)")
        }
    }

    private struct Converter {
        let source: SourceText
        let lineOffset: Int
        var visited = 0
        var failureLocation: SourceLocation?
        var failureMessage = ""

        init(source: SourceText, lineOffset: Int) {
            self.source = source
            self.lineOffset = lineOffset
        }

        func location(_ mark: Mark?) -> SourceLocation {
            guard let mark else { return source.location(line: 1 + lineOffset) }
            return source.location(line: mark.line + lineOffset, column: mark.column)
        }

        mutating func convert(_ node: Node) -> YAMLNode? {
            visited += 1
            if visited > YAMLLoader.nodeBudget {
                failureLocation = location(node.mark)
                failureMessage = "YAML terlalu besar setelah alias (*…) diuraikan; jangan gunakan anchor dan alias di berkas konten."
                return nil
            }
            switch node {
            case .scalar(let scalar):
                let quoted = scalar.style != .plain
                if !quoted, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                    return YAMLNode(.null, at: location(scalar.mark))
                }
                return YAMLNode(.scalar(scalar.string, quoted: quoted), at: location(scalar.mark))
            case .sequence(let sequence):
                var items: [YAMLNode] = []
                items.reserveCapacity(sequence.count)
                for child in sequence {
                    guard let converted = convert(child) else { return nil }
                    items.append(converted)
                }
                return YAMLNode(.sequence(items), at: location(sequence.mark))
            case .mapping(let mapping):
                var entries: [YAMLEntry] = []
                entries.reserveCapacity(mapping.count)
                for (key, value) in mapping {
                    guard let keyText = key.scalar?.string else {
                        failureLocation = location(key.mark)
                        failureMessage = "Kunci pemetaan harus berupa teks biasa."
                        return nil
                    }
                    guard let converted = convert(value) else { return nil }
                    entries.append(YAMLEntry(key: keyText, keyLocation: location(key.mark), value: converted))
                }
                return YAMLNode(.mapping(entries), at: location(mapping.mark))
            case .alias(let alias):
                failureLocation = location(alias.mark)
                failureMessage = "Alias YAML (*…) tidak didukung di berkas konten; tulis nilainya langsung."
                return nil
            }
        }
    }
}
