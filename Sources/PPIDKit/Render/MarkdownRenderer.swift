import CCmarkGFM
import Foundation
import Synchronization

/// Markdown to HTML with cmark-gfm: GFM tables, autolinks, strikethrough and task lists; raw HTML
/// is never passed through (cmark's safe mode replaces it and drops `javascript:` links), and its
/// places are reported so the validate stage can say so (PPID014).
public struct RenderedMarkdown: Sendable {
    public var html: String
    /// 1-based line and column, inside the Markdown text, of each raw HTML fragment that was dropped.
    public var droppedHTML: [(line: Int, column: Int)]
    /// Document paths (inside the content folder) that the text links to.
    public var linkedDocuments: [String]
}

public struct MarkdownRenderer: Sendable {
    /// Prefix for root-relative site URLs (the path of `--base-url`, "" for the domain root).
    public var basePath: String

    public init(basePath: String = "") {
        self.basePath = basePath
    }

    private static let registration = Mutex(false)

    private static func ensureExtensionsRegistered() {
        registration.withLock { done in
            if !done {
                cmark_gfm_core_extensions_ensure_registered()
                done = true
            }
        }
    }

    /// Most summaries are one plain sentence. When a text cannot contain any Markdown, HTML,
    /// autolink or list syntax, its HTML is what cmark would produce for one paragraph, built
    /// without parsing: `<p>` + escaped text + `</p>`.
    static func plainParagraph(_ text: String) -> String? {
        let bytes = text.utf8
        guard let first = bytes.first, !(48...57).contains(first), first != UInt8(ascii: "-"),
              first != UInt8(ascii: "+"), first != UInt8(ascii: "=") else { return nil }
        var previous: (UInt8, UInt8, UInt8) = (0, 0, 0)
        var hasQuote = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"), UInt8(ascii: "*"), UInt8(ascii: "_"),
                 UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"),
                 UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "`"), UInt8(ascii: "!"), UInt8(ascii: "&"),
                 UInt8(ascii: "\\"), UInt8(ascii: "@"):
                return nil
            case UInt8(ascii: "/") where previous.1 == UInt8(ascii: ":") && previous.2 == UInt8(ascii: "/"):
                return nil // "://": an autolink
            case UInt8(ascii: ".") where (previous.0 | 0x20, previous.1 | 0x20, previous.2 | 0x20) == (119, 119, 119):
                return nil // "www.": an autolink
            case UInt8(ascii: "\""):
                hasQuote = true
            default:
                break
            }
            previous = (previous.1, previous.2, byte)
        }
        return "<p>\(hasQuote ? text.replacingAll("\"", with: "&quot;") : text)</p>\n"
    }

    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist", "tagfilter"]

    /// Renders `text`; `folder` is the content-relative folder that relative document links start from.
    public func render(_ text: String, folder: String) -> RenderedMarkdown {
        if let plain = Self.plainParagraph(text) {
            return RenderedMarkdown(html: plain, droppedHTML: [], linkedDocuments: [])
        }
        Self.ensureExtensionsRegistered()
        let options = CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES | CMARK_OPT_VALIDATE_UTF8
        guard let parser = cmark_parser_new(options) else {
            return RenderedMarkdown(html: "", droppedHTML: [], linkedDocuments: [])
        }
        defer { cmark_parser_free(parser) }
        for name in Self.extensionNames {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        var utf8 = Array(text.utf8)
        utf8.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parser_feed(parser, $0, buffer.count) }
            }
        }
        guard let document = cmark_parser_finish(parser) else {
            return RenderedMarkdown(html: "", droppedHTML: [], linkedDocuments: [])
        }
        defer { cmark_node_free(document) }

        var dropped: [(Int, Int)] = []
        var linked: [String] = []
        if let iterator = cmark_iter_new(document) {
            while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
                guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                      let node = cmark_iter_get_node(iterator) else { continue }
                let type = cmark_node_get_type(node)
                if type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE {
                    let content = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                    if !content.trimmedWhitespace.hasPrefix("<!--") {
                        dropped.append((Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node))))
                    }
                } else if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE,
                          let rawURL = cmark_node_get_url(node) {
                    let url = String(cString: rawURL)
                    if let document = DocumentPath.resolveMarkdownLink(url, from: folder) {
                        linked.append(document)
                        let fragment = url.split(separator: "#", maxSplits: 1).dropFirst().first.map { "#\($0)" } ?? ""
                        cmark_node_set_url(node, "\(basePath)/\(SiteURLs.encodedPath(document))\(fragment)")
                    } else if url.hasPrefix("/") && !url.hasPrefix("//") && !basePath.isEmpty {
                        cmark_node_set_url(node, basePath + url)
                    }
                }
            }
            cmark_iter_free(iterator)
        }
        let extensions = cmark_parser_get_syntax_extensions(parser)
        guard let rendered = cmark_render_html(document, options, extensions) else {
            return RenderedMarkdown(html: "", droppedHTML: dropped, linkedDocuments: linked)
        }
        defer { free(rendered) }
        var html = String(cString: rendered)
        if text.utf8.contains(UInt8(ascii: "[")), html.containsBytes("type=\"checkbox\"") {
            html = html
                .replacingAll("<input type=\"checkbox\" checked=\"\" disabled=\"\" />",
                              with: "<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Sudah dilaksanakan\">")
                .replacingAll("<input type=\"checkbox\" disabled=\"\" />",
                              with: "<input type=\"checkbox\" disabled=\"\" aria-label=\"Belum dilaksanakan\">")
        }
        if html.containsBytes("<table>") { html = Self.scrollableTables(html) }
        // Code blocks (an ASCII organisation chart, say) keep their lines and scroll sideways on a phone;
        // focusable for the keyboard, as every scrolling box must be.
        if html.containsBytes("<pre") { html = html.replacingAll("<pre", with: "<pre tabindex=\"0\"") }
        return RenderedMarkdown(html: html, droppedHTML: dropped, linkedDocuments: linked)
    }

    /// Wraps each table in a box that scrolls sideways on a narrow phone instead of widening the page,
    /// focusable so the keyboard can scroll it too (axe: scrollable-region-focusable), as the theme's
    /// own tables are.
    static func scrollableTables(_ html: String) -> String {
        var number = 0
        var result = ""
        var rest = Substring(html)
        while let start = rest.range(of: "<table>") {
            number += 1
            result += rest[..<start.lowerBound]
            result += "<div class=\"gulir\" role=\"region\" aria-label=\"Tabel \(number)\" tabindex=\"0\">\n<table>"
            rest = rest[start.upperBound...]
            guard let end = rest.range(of: "</table>") else { result += rest + "\n</div>"; rest = ""; break }
            result += rest[..<end.upperBound] + "\n</div>"
            rest = rest[end.upperBound...]
        }
        return result + rest
    }
}
