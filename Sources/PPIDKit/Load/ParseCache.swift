import Synchronization

/// A file to parse: YAML, or Markdown with front matter.
public enum ParseJob: Sendable {
    case yaml(SourceText)
    case markdown(SourceText)

    var source: SourceText {
        switch self {
        case .yaml(let source), .markdown(let source): return source
        }
    }
}

public enum ParsedFile: Sendable {
    case yaml(YAMLDocument)
    case markdown(MarkdownDocument)
}

/// Parsed files kept between builds of `ppid serve`: a file whose text has not changed is not
/// parsed again.
public final class ParseCache: Sendable {
    private struct Entry: Sendable {
        var text: String
        var parsed: ParsedFile
        var diagnostics: [Diagnostic]
    }

    private let entries = Mutex<[String: Entry]>([:])

    public init() {}

    func lookup(_ job: ParseJob) -> (ParsedFile, [Diagnostic])? {
        let source = job.source
        return entries.withLock { entries in
            guard let entry = entries[source.displayPath], entry.text == source.text else { return nil }
            return (entry.parsed, entry.diagnostics)
        }
    }

    func store(_ job: ParseJob, _ parsed: ParsedFile, _ diagnostics: [Diagnostic]) {
        let source = job.source
        entries.withLock { $0[source.displayPath] = Entry(text: source.text, parsed: parsed, diagnostics: diagnostics) }
    }
}
