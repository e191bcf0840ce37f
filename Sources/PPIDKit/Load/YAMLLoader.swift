

/// Parses YAML text into `YAMLNode` trees, turning every parser complaint into a PPID001 finding.
public enum YAMLLoader {
    /// Content files are small; anything beyond this many nodes is an alias bomb or a mistake.
    static let nodeBudget = 2_000_000

    public enum Outcome: Sendable {
        case document(YAMLNode)
        case empty
        case failure(Diagnostic)
    }

    /// - Parameters:
    ///   - lineOffset: lines before the YAML text in its file (front matter starts on line 2).
    public static func parse(_ yaml: String, source: SourceText, lineOffset: Int = 0) -> Outcome {
        let composer = YAMLEventComposer(source: source, lineOffset: lineOffset, budget: nodeBudget)
        let node: YAMLNode
        do {
            guard let root = try composer.compose(yaml) else { return .empty }
            node = root
        } catch {
            return .failure(diagnostic(for: error, source: source))
        }
        if node.isNull { return .empty }
        return .document(node)
    }

    static func diagnostic(for failure: YAMLEventComposer.Failure, source: SourceText) -> Diagnostic {
        switch failure {
        case .syntax(let problem, let line, let column, let context, let contextLine, let contextColumn):
            var contextMark: YAMLProblem.Mark?
            if let context, let contextLine, let contextColumn {
                contextMark = YAMLProblem.Mark(line: contextLine, column: contextColumn, text: context)
            }
            let explained = YAMLProblem(problem: problem, at: YAMLProblem.Mark(line: line, column: column, text: problem),
                                        context: contextMark, lines: source.line).explained
            return Diagnostic(.ppid001, at: source.location(line: explained.line, column: explained.column), explained.message)
        case .duplicateKey(let key, let line, let column, let firstLine):
            return Diagnostic(.ppid001, at: source.location(line: line, column: column),
                "Kunci \"\(key)\" ditulis lebih dari sekali dalam satu pemetaan (pertama di baris \(firstLine)); hapus salah satunya.")
        case .budget(let line, let column):
            return Diagnostic(.ppid001, at: source.location(line: line, column: column),
                "YAML terlalu besar setelah alias (*…) diuraikan; jangan gunakan anchor dan alias di berkas konten.")
        case .unknownAlias(let line, let column):
            return Diagnostic(.ppid001, at: source.location(line: line, column: column),
                "Alias YAML (*…) merujuk anchor (&…) yang tidak ada; tulis nilainya langsung.")
        case .tooDeep(let line, let column):
            return Diagnostic(.ppid001, at: source.location(line: line, column: column),
                "Struktur YAML bersarang terlalu dalam (lebih dari \(YAMLEventComposer.maxDepth) tingkat); sederhanakan isinya.")
        case .nonScalarKey(let line, let column):
            return Diagnostic(.ppid001, at: source.location(line: line, column: column), "Kunci pemetaan harus berupa teks biasa.")
        }
    }
}
