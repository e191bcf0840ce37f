/// Plain text for the search index and descriptions: rendered Markdown without its tags, the few
/// entities cmark writes decoded, white space collapsed, cut at a word boundary.
enum PlainText {
    static func fromHTML(_ html: String) -> String {
        var text = ""
        text.reserveCapacity(html.utf8.count)
        var inTag = false
        for character in html {
            switch character {
            case "<": inTag = true; text.append(" ")
            case ">" where inTag: inTag = false
            default: if !inTag { text.append(character) }
            }
        }
        if text.contains("&") {
            text = text.replacingAll("&lt;", with: "<").replacingAll("&gt;", with: ">").replacingAll("&quot;", with: "\"")
                .replacingAll("&#39;", with: "'").replacingAll("&amp;", with: "&")
        }
        return text.collapsedWhitespace
    }

    /// At most `limit` characters; a longer text is cut after its last whole word and ends in "…".
    static func truncated(_ text: String, limit: Int = 160) -> String {
        guard text.count > limit else { return text }
        let head = text.prefix(limit)
        let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        var result = String(cut)
        while let last = result.last, last.isPunctuation || last.isWhitespace { result.removeLast() }
        return result + "…"
    }
}
