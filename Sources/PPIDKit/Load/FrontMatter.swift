/// A Markdown file split into its YAML front matter and its body.
public struct MarkdownDocument: Sendable {
    public var source: SourceText
    /// The front matter tree; nil when absent, empty or unparseable (a finding says which).
    public var frontMatter: YAMLNode?
    public var body: String
    /// The line of the file on which the body starts.
    public var bodyLine: Int
    /// False when the front matter is missing or could not be parsed (a PPID001 finding was made).
    public var frontMatterParsed = true

    /// Splits `---` front matter from the body. Front matter lines keep their file line numbers.
    public static func parse(_ source: SourceText, into diagnostics: inout DiagnosticBag) -> MarkdownDocument {
        let text = source.text
        guard text.hasPrefix("---\n") || text == "---" else {
            diagnostics.add(.ppid001, at: source.location(),
                "Front matter tidak ditemukan: berkas Markdown ini harus diawali baris \"---\", lalu kunci seperti \"judul: …\", lalu baris \"---\" lagi.")
            return MarkdownDocument(source: source, frontMatter: nil, body: text, bodyLine: 1, frontMatterParsed: false)
        }
        let afterOpening = text.index(text.startIndex, offsetBy: min(4, text.count))
        var lineNumber = 2
        var cursor = afterOpening
        while cursor < text.endIndex {
            let lineEnd = text[cursor...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[cursor..<lineEnd]
            if line == "---" || line == "..." {
                let yaml = String(text[afterOpening..<cursor])
                let bodyStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
                let frontMatter: YAMLNode?
                var parsed = true
                switch YAMLLoader.parse(yaml, source: source, lineOffset: 1) {
                case .document(let node): frontMatter = node
                case .empty: frontMatter = nil
                case .failure(let diagnostic): diagnostics.add(diagnostic); frontMatter = nil; parsed = false
                }
                return MarkdownDocument(source: source, frontMatter: frontMatter,
                                        body: String(text[bodyStart...]), bodyLine: lineNumber + 1, frontMatterParsed: parsed)
            }
            lineNumber += 1
            cursor = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
        }
        diagnostics.add(.ppid001, at: source.location(),
            "Front matter tidak ditutup: tambahkan baris \"---\" setelah kunci-kunci front matter.")
        return MarkdownDocument(source: source, frontMatter: nil, body: "", bodyLine: lineNumber, frontMatterParsed: false)
    }
}
