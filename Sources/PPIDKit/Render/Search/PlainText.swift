/// Plain text for the search index and descriptions: rendered Markdown without its tags, the few
/// entities cmark writes decoded, white space collapsed, cut at a word boundary.
enum PlainText {
    /// - Parameter maxBytes: stop after this much text (a summary needs only its start).
    static func fromHTML(_ html: String, maxBytes: Int = .max) -> String {
        // A byte loop: tags dropped, ASCII white space collapsed as it goes.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(html.utf8.count, maxBytes))
        var inTag = false
        var pendingSpace = false
        for byte in html.utf8 {
            if bytes.count >= maxBytes { break }
            switch byte {
            case UInt8(ascii: "<"): inTag = true; pendingSpace = true
            case UInt8(ascii: ">") where inTag: inTag = false
            case _ where inTag: continue
            case 0x20, 0x09, 0x0A, 0x0D: pendingSpace = true
            default:
                if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(byte)
            }
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if bytes.contains(UInt8(ascii: "&")) {
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
