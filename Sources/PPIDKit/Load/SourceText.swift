/// The text of one content file as read from disk, with the path shown to users.
public struct SourceText: Sendable {
    /// The path as users see it in findings: `Content/opd/dinkes/dip.yml`.
    public let displayPath: String
    /// The path inside the content folder: `opd/dinkes/dip.yml`.
    public let relativePath: String
    public let text: String

    public init(displayPath: String, relativePath: String, text: String) {
        self.displayPath = displayPath
        self.relativePath = relativePath
        self.text = text
    }

    public func location(line: Int = 1, column: Int = 1) -> SourceLocation {
        SourceLocation(file: displayPath, line: line, column: column)
    }

    /// The source line shown under a finding (1-based), without its line end.
    public func line(_ number: Int) -> String? {
        guard number >= 1 else { return nil }
        var current = 1
        var start = text.startIndex
        while current < number {
            guard let newline = text[start...].firstIndex(of: "\n") else { return nil }
            start = text.index(after: newline)
            current += 1
        }
        let end = text[start...].firstIndex(where: { $0 == "\n" || $0 == "\r\n" }) ?? text.endIndex
        return String(text[start..<end])
    }
}
