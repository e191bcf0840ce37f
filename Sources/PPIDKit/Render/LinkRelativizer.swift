import Foundation

/// Rewrites root-relative `href`, `src` and `action` URLs of a page into links relative to the
/// page's own folder that name `index.html` explicitly, so the site opens from disk (`file://`).
public enum LinkRelativizer {
    static let attributes = ["href=\"/", "src=\"/", "action=\"/", "data-indeks=\"/"]

    /// - Parameter pagePath: the output path of the page, e.g. `opd/dinkes/index.html`.
    public static func relativize(_ html: String, pagePath: String) -> String {
        let depth = pagePath.split(separator: "/").count - 1
        let up = String(repeating: "../", count: depth)
        var result = ""
        result.reserveCapacity(html.utf8.count + 256)
        var rest = html[...]
        while let match = nextAttribute(in: rest) {
            result += rest[..<match.valueStart]
            let valueStart = match.valueStart
            guard let end = rest[valueStart...].firstIndex(of: "\"") else { break }
            let url = rest[rest.index(after: valueStart)..<end] // after the leading "/"
            if url.hasPrefix("/") {
                result += rest[valueStart..<end] // protocol-relative: leave alone
            } else {
                result += rewrite(String(url), up: up)
            }
            rest = rest[end...]
        }
        result += rest
        return result
    }

    private static func nextAttribute(in text: Substring) -> (valueStart: Substring.Index, Void)? {
        var best: Substring.Index?
        for attribute in attributes {
            guard let range = text.range(of: attribute) else { continue }
            let start = text.index(before: range.upperBound) // at the "/"
            if let current = best, current <= start { continue }
            best = start
        }
        return best.map { ($0, ()) }
    }

    private static func rewrite(_ url: String, up: String) -> String {
        var path = url
        var suffix = ""
        if let hash = path.firstIndex(where: { $0 == "#" || $0 == "?" }) {
            suffix = String(path[hash...])
            path = String(path[..<hash])
        }
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        return up + path + suffix
    }
}
