import Foundation

/// Resolves a `berkas` value written in a content file to a path inside the content folder,
/// refusing anything that leaves its allowed folder (PPID011).
public enum DocumentPath {
    public enum Problem: Error, Sendable, Equatable {
        case absolute
        case parentSegment
        case outsideFolder(expected: String)
    }

    /// - Parameters:
    ///   - value: the path as written, relative to the file's folder (`berkas/lk-2024.pdf`).
    ///   - base: the folder the value is relative to, inside the content folder (`opd/dinkes`, or "" for the root).
    ///   - allowed: the folder the result must lie in (`opd/dinkes/berkas`).
    public static func resolve(_ value: String, base: String, allowed: String) -> Result<String, Problem> {
        if value.hasPrefix("/") || value.hasPrefix("\\") || value.contains(":") { return .failure(.absolute) }
        let segments = value.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        if segments.contains("..") { return .failure(.parentSegment) }
        let cleaned = segments.filter { $0 != "." }.joined(separator: "/")
        let full = base.isEmpty ? cleaned : "\(base)/\(cleaned)"
        guard full.hasPrefix(allowed + "/"), full.count > allowed.count + 1 else {
            return .failure(.outsideFolder(expected: allowed))
        }
        return .success(full)
    }

    /// Resolves a link in a Markdown file (relative to the file's folder), allowing anything under
    /// `berkas/` or `opd/<slug>/berkas/`. Returns nil for links that are not documents.
    /// A link is a URL: what follows `#` is a fragment, and `%20` and the like are decoded to the
    /// file's real name (`laporan%202024.pdf` or `<laporan 2024.pdf>` → `laporan 2024.pdf`).
    public static func resolveMarkdownLink(_ link: String, from folder: String) -> String? {
        if link.isEmpty || link.hasPrefix("#") || link.contains(":") || link.hasPrefix("/") { return nil }
        var parts = folder.split(separator: "/").map(String.init)
        let written = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? link
        let path = written.removingPercentEncoding ?? written
        if path.hasPrefix("/") || path.contains(":") { return nil }
        for segment in path.split(separator: "/") {
            if segment == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else if segment != "." {
                parts.append(String(segment))
            }
        }
        let full = parts.joined(separator: "/")
        if full.hasPrefix("berkas/") { return full }
        let pieces = full.split(separator: "/")
        if pieces.count >= 4, pieces[0] == "opd", pieces[2] == "berkas" { return full }
        return nil
    }
}
