import Foundation
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
/// parsed again. `ppid build` starts from the YAML trees the previous build into the same output
/// stored (`StoredParses`) and stores them again afterwards.
public final class ParseCache: Sendable {
    private struct Entry: Sendable {
        var text: String
        var parsed: ParsedFile
        var diagnostics: [Diagnostic]
        /// The stored tree's bytes, when the file came from `stored`.
        var storedBytes: ArraySlice<UInt8>?
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let stored: StoredParses?
    /// Where the trees are stored between builds (`ppid build`); nil keeps them in memory only.
    private let storeLocation: URL?

    public init() {
        stored = nil
        storeLocation = nil
    }

    /// Starts from the trees a previous build saved at `url` (none when there are none);
    /// `saveToStore` writes them there again.
    public init(storedAt url: URL) {
        stored = StoredParses.load(from: url)
        storeLocation = url
    }

    func lookup(_ job: ParseJob) -> (ParsedFile, [Diagnostic])? {
        let source = job.source
        let kept = entries.withLock { entries -> (ParsedFile, [Diagnostic])? in
            guard let entry = entries[source.displayPath], entry.text == source.text else { return nil }
            return (entry.parsed, entry.diagnostics)
        }
        if let kept { return kept }
        guard case .yaml = job, let tree = stored?.tree(for: source) else { return nil }
        let parsed = ParsedFile.yaml(YAMLDocument(source: source, root: tree.root, parsed: true, conformsToSchema: tree.conformsToSchema))
        entries.withLock { $0[source.displayPath] = Entry(text: source.text, parsed: parsed, diagnostics: [], storedBytes: tree.bytes) }
        return (parsed, [])
    }

    func store(_ job: ParseJob, _ parsed: ParsedFile, _ diagnostics: [Diagnostic]) {
        let source = job.source
        entries.withLock { $0[source.displayPath] = Entry(text: source.text, parsed: parsed, diagnostics: diagnostics) }
    }

    /// For a cache made with `init(storedAt:)`, stores the trees there again (`save(to:conforming:)`).
    public func saveToStore(conforming: Set<String>) {
        if let storeLocation { save(to: storeLocation, conforming: conforming) }
    }

    /// Stores the trees of the YAML files parsed without findings at `url`, for the next build;
    /// `conforming` are the files that drew no finding from their schema either.
    public func save(to url: URL, conforming: Set<String>) {
        let all = entries.withLock { Array($0.values) }
        let trees = all.compactMap { entry -> (path: String, digest: Int, conforms: Bool, bytes: () -> ArraySlice<UInt8>)? in
            guard entry.diagnostics.isEmpty, case .yaml(let document) = entry.parsed, document.parsed else { return nil }
            let stored = entry.storedBytes, path = document.source.relativePath
            return (path, StoredParses.digest(of: entry.text), conforming.contains(path), { stored ?? YAMLNodeBytes.encode(document.root) })
        }
        StoredParses.save(trees, to: url)
    }
}
