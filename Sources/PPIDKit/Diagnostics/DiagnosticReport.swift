import Foundation

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

    public var errors: Int { diagnostics.count { $0.severity == .error } + failures.count }
    public var warnings: Int { diagnostics.count { $0.severity == .warning } }

    public func render(_ format: ReportFormat) -> String {
        switch format {
        case .text: return text()
        case .json: return json()
        case .github: return github()
        }
    }

    func text() -> String {
        // One byte buffer for the whole report (tens of thousands of findings): no string is
        // built per finding, and each file's line starts are found once.
        var out = ReportBuffer(capacity: diagnostics.count * 320, colors: colors)
        var excerpts = SourceExcerpts(sources)
        for diagnostic in diagnostics {
            let location = diagnostic.location
            out.painted("1") {
                $0.append(location.file)
                $0.append(":")
                $0.append(location.line)
                $0.append(":")
                $0.append(location.column)
            }
            out.append(": ")
            out.painted(diagnostic.severity == .error ? "1;31" : "1;33") {
                $0.append(diagnostic.severity == .error ? "error[" : "warning[")
                $0.append(diagnostic.rule.rawValue)
                $0.append("]")
            }
            out.append(": ")
            out.append(diagnostic.message)
            out.append("\n")
            guard !location.file.hasSuffix(".csv"), let whole = excerpts.line(location.line, of: location.file) else { continue }
            out.append("    ")
            if whole.count > Self.excerptWidth {
                // A long line: the excerpt around the column (rare, so through `String`).
                let (line, column) = Self.excerpt(String(decoding: whole, as: UTF8.self), column: location.column)
                out.append(line)
                out.append("\n    ")
                out.appendPadding(under: Array(line.utf8)[...], scalars: column - 1)
            } else {
                out.append(whole)
                out.append("\n    ")
                out.appendPadding(under: whole, scalars: location.column - 1)
            }
            out.painted("1;32") { $0.append("^") }
            out.append("\n")
        }
        var tail = ""
        for note in notes { tail += note + "\n" }
        if let progress { tail += progress.text() + "\n" }
        tail += "\(errors) galat, \(warnings) peringatan\n"
        out.append(tail)
        return out.string
    }

    /// How many characters of a source line are shown under a finding.
    static let excerptWidth = 160

    /// At most 160 characters of a long source line around the column (with "…" where cut), and
    /// the column inside that excerpt: a megabyte line is not printed whole.
    static func excerpt(_ line: String, column: Int) -> (String, Int) {
        let width = excerptWidth, before = 40
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
        // A byte scan first: most messages hold none of these characters.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "%") || $0 == 0x0D || $0 == 0x0A }) else { return text }
        return text.replacingAll("%", with: "%25").replacingAll("\r", with: "%0D").replacingAll("\n", with: "%0A")
    }

    static func escapeProperty(_ text: String) -> String {
        let data = escapeData(text)
        guard data.utf8.contains(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ",") }) else { return data }
        return data.replacingAll(":", with: "%3A").replacingAll(",", with: "%2C")
    }
}

/// Line starts of a text, so the source line under each finding is found without rescanning.
struct SourceLines {
    private let utf8: [UInt8]
    private let starts: [Int]

    init(_ text: String) {
        let utf8 = Array(text.utf8)
        var starts = [0]
        utf8.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count, let newline = memchr(base + offset, 0x0A, bytes.count - offset) {
                offset = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(offset)
            }
        }
        self.utf8 = utf8
        self.starts = starts
    }

    func line(_ number: Int) -> String? {
        bytes(ofLine: number).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The UTF-8 of line `number` (1-based), without its line end.
    func bytes(ofLine number: Int) -> ArraySlice<UInt8>? {
        guard number >= 1, number <= starts.count else { return nil }
        let start = starts[number - 1]
        var end = number < starts.count ? starts[number] - 1 : utf8.count
        if end > start, utf8[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return utf8[start..<max(start, end)]
    }
}

/// The source lines shown under findings, by display path: each file's line starts are found
/// once, when a finding first needs them.
struct SourceExcerpts {
    private let sources: [String: SourceText]
    private var indexes: [String: SourceLines] = [:]
    /// The file of the previous finding: findings come in runs of one file.
    private var current: (file: String, lines: SourceLines?)?

    init(_ sources: [String: SourceText]) {
        self.sources = sources
    }

    mutating func line(_ number: Int, of file: String) -> ArraySlice<UInt8>? {
        if current?.file != file {
            if indexes[file] == nil, let source = sources[file] { indexes[file] = SourceLines(source.text) }
            current = (file, indexes[file])
        }
        return current?.lines?.bytes(ofLine: number)
    }
}

/// A text report being written as UTF-8 bytes, with terminal colours around painted parts when asked.
struct ReportBuffer {
    private var bytes: [UInt8] = []
    let colors: Bool

    init(capacity: Int, colors: Bool) {
        bytes.reserveCapacity(capacity)
        self.colors = colors
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func append(_ text: ArraySlice<UInt8>) { bytes.append(contentsOf: text) }

    mutating func append(_ number: Int) { append(String(number)) }

    /// `body`'s text between the colour code and the reset when colours are on.
    mutating func painted(_ code: String, _ body: (inout ReportBuffer) -> Void) {
        if colors {
            append("\u{1B}[")
            append(code)
            append("m")
        }
        body(&self)
        if colors { append("\u{1B}[0m") }
    }

    /// A space (a tab under a tab) for each of the first `count` characters (Unicode scalars) of
    /// `line`, so a caret written after it stands under the next one.
    mutating func appendPadding(under line: ArraySlice<UInt8>, scalars count: Int) {
        var written = 0
        for byte in line where byte & 0xC0 != 0x80 {
            guard written < count else { break }
            bytes.append(byte == UInt8(ascii: "\t") ? byte : UInt8(ascii: " "))
            written += 1
        }
    }
}
