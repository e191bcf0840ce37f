/// How findings are written: `text` for people, `json` for machines, `github` for Actions.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, github
}

/// Writes findings in the formats of RULES.md, always in report order.
public struct DiagnosticReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// Source texts by display path, for the source line under a text finding.
    public var sources: [String: SourceText]
    public var colors: Bool
    /// Printed at the end of the text format, before the summary line (`ppid check`).
    public var progress: OPDProgressReport?
    /// Errors that belong to no rule (a template, the output folder), for `--format json`: written
    /// as findings with `"rule": null`.
    public var failures: [String] = []
    /// What a build did, for `--format json` (`"build": {...}`).
    public var buildResult: [(String, JSONValue)]?
    /// Lines printed once in the text format before the summary line (e.g. how dates were read).
    public var notes: [String] = []

    public init(_ bag: DiagnosticBag, sources: [SourceText] = [], colors: Bool = false) {
        self.diagnostics = bag.sorted
        self.sources = Dictionary(sources.map { ($0.displayPath, $0) }, uniquingKeysWith: { first, _ in first })
        self.colors = colors
    }

    public var errors: Int { diagnostics.filter { $0.severity == .error }.count + failures.count }
    public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }

    public func render(_ format: ReportFormat) -> String {
        switch format {
        case .text: return text()
        case .json: return json()
        case .github: return github()
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func text() -> String {
        var out = ""
        var lineIndexes: [String: SourceLines] = [:]
        for diagnostic in diagnostics {
            let severity = diagnostic.severity == .error
                ? paint("error[\(diagnostic.rule.rawValue)]", "1;31") : paint("warning[\(diagnostic.rule.rawValue)]", "1;33")
            out += "\(paint(diagnostic.location.description, "1")): \(severity): \(diagnostic.message)\n"
            let file = diagnostic.location.file
            if !file.hasSuffix(".csv"), let source = sources[file] {
                if lineIndexes[file] == nil { lineIndexes[file] = SourceLines(source.text) }
            }
            if !file.hasSuffix(".csv"), let whole = lineIndexes[file]?.line(diagnostic.location.line) {
                let (line, column) = Self.excerpt(whole, column: diagnostic.location.column)
                let prefix = line.unicodeScalars.prefix(max(0, column - 1))
                let padding = String(String.UnicodeScalarView(prefix.map { $0 == "\t" ? "\t" : " " }))
                out += "    \(line)\n    \(padding)\(paint("^", "1;32"))\n"
            }
        }
        for note in notes { out += note + "\n" }
        if let progress { out += progress.text() + "\n" }
        out += "\(errors) galat, \(warnings) peringatan\n"
        return out
    }

    /// At most 160 characters of a long source line around the column (with "…" where cut), and
    /// the column inside that excerpt: a megabyte line is not printed whole.
    static func excerpt(_ line: String, column: Int) -> (String, Int) {
        let width = 160, before = 40
        guard line.utf8.count > width else { return (line, column) }
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > width else { return (line, column) }
        let start = max(0, min(column - 1 - before, scalars.count - width))
        let end = min(scalars.count, start + width)
        var text = String(String.UnicodeScalarView(scalars[start..<end]))
        var shifted = column - start
        if start > 0 { text = "…" + text; shifted += 1 }
        if end < scalars.count { text += "…" }
        return (text, shifted)
    }

    func json() -> String {
        let list = diagnostics.map { diagnostic -> JSONValue in
            .object([
                ("rule", .string(diagnostic.rule.rawValue)),
                ("severity", .string(diagnostic.severity.rawValue)),
                ("file", .string(diagnostic.location.file)),
                ("line", .int(diagnostic.location.line)),
                ("column", .int(diagnostic.location.column)),
                ("message", .string(diagnostic.message)),
            ])
        }
        let others = failures.map { message -> JSONValue in
            .object([("rule", .null), ("severity", .string(Severity.error.rawValue)), ("message", .string(message))])
        }
        var members: [(String, JSONValue)] = [
            ("diagnostics", .array(list + others)),
            ("summary", .object([("errors", .int(errors)), ("warnings", .int(warnings))])),
        ]
        if let buildResult { members.append(("build", .object(buildResult))) }
        let document = JSONValue.object(members)
        return document.serialized(indent: 2) + "\n"
    }

    func github() -> String {
        var out = ""
        for diagnostic in diagnostics {
            let command = diagnostic.severity == .error ? "error" : "warning"
            let location = diagnostic.location
            out += "::\(command) file=\(Self.escapeProperty(location.file)),line=\(location.line),col=\(location.column),"
            out += "title=\(diagnostic.rule.rawValue)::\(Self.escapeData(diagnostic.message))\n"
        }
        return out
    }

    static func escapeData(_ text: String) -> String {
        text.replacingAll("%", with: "%25").replacingAll("\r", with: "%0D").replacingAll("\n", with: "%0A")
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingAll(":", with: "%3A").replacingAll(",", with: "%2C")
    }
}

/// Line starts of a text, so the source line under each finding is found without rescanning.
struct SourceLines {
    private let utf8: [UInt8]
    private var starts: [Int] = [0]

    init(_ text: String) {
        utf8 = Array(text.utf8)
        for (offset, byte) in utf8.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
    }

    func line(_ number: Int) -> String? {
        guard number >= 1, number <= starts.count else { return nil }
        let start = starts[number - 1]
        var end = number < starts.count ? starts[number] - 1 : utf8.count
        if end > start, utf8[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: utf8[start..<max(start, end)], as: UTF8.self)
    }
}
