import Foundation

/// What makes a document "active": published on the site's own origin, a browser would run it
/// there (RULES.md PPID016). Decided by the name's extension, any case, and for SVG (and XML
/// holding XHTML, SVG or XSLT) by its text.
public enum ActiveDocument {
    /// Extensions a static host serves as HTML (or XHTML): always refused.
    static let htmlExtensions: Set<String> = ["html", "htm", "xhtml", "xht", "shtml", "shtm"]

    /// Why `name` with these bytes would run as a page or script, in Indonesian with the fix;
    /// nil for a passive document.
    public static func problem(name: String, bytes: () -> [UInt8]?) -> String? {
        let ext = name.split(separator: "/").last.flatMap { last in last.contains(".") ? last.split(separator: ".").last : nil }
            .map { $0.lowercased() } ?? ""
        if htmlExtensions.contains(ext) {
            return "Berkas HTML yang diterbitkan di situs ini dapat menjalankan skrip atas nama situs PPID; terbitkan isinya sebagai PDF (cetak ke PDF) dan tautkan berkas PDF itu."
        }
        switch ext {
        case "svgz":
            return "SVG terkompresi (.svgz) tidak dapat diperiksa apakah berisi skrip; simpan sebagai .svg biasa tanpa skrip, atau sebagai PNG."
        case "svg":
            guard let bytes = bytes() else { return nil }
            return svgProblem(text(bytes)).map {
                "SVG ini berisi \($0), yang akan dijalankan peramban atas nama situs PPID; ekspor ulang SVG tanpa skrip (misalnya \"Plain SVG\" di Inkscape, atau simpan sebagai PNG)."
            }
        case "xml", "xsl", "xslt":
            // A browser shows XML as a page when it holds XHTML or SVG elements, or an XSLT
            // stylesheet turns it into one; plain data XML is passive.
            guard let bytes = bytes() else { return nil }
            let text = text(bytes).lowercased()
            let markup = text.contains("http://www.w3.org/1999/xhtml") || text.contains("http://www.w3.org/2000/svg")
            guard let found = xsltProblem(text) ?? (markup ? svgProblem(text) : nil) else { return nil }
            return "Berkas XML ini berisi \(found), yang akan dijalankan peramban atas nama situs PPID; terbitkan datanya sebagai CSV, JSON atau XML tanpa XHTML/SVG dan tanpa stylesheet XSLT, atau sebagai PDF."
        default:
            return nil
        }
    }

    /// The text of an SVG in the encodings an XML parser detects (UTF-16 with or without a byte
    /// order mark, else UTF-8), so that no encoding hides a script.
    static func text(_ bytes: [UInt8]) -> String {
        if bytes.count >= 2 {
            let (a, b) = (bytes[0], bytes[1])
            if (a, b) == (0xFF, 0xFE) || (a == 0x3C && b == 0x00) { return utf16(bytes, bigEndian: false) }
            if (a, b) == (0xFE, 0xFF) || (a == 0x00 && b == 0x3C) { return utf16(bytes, bigEndian: true) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func utf16(_ bytes: [UInt8], bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 0
        while index + 1 < bytes.count {
            let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// What in an SVG would run: a `<script>` element, an `on…=` event attribute, a `javascript:`
    /// (or `vbscript:`) URL anywhere (`href`, `xlink:href`, `<set to=…>`), or `<foreignObject>`
    /// (HTML inside the SVG). Character references are decoded first, and white space is ignored
    /// inside a URL scheme, so `java&#x09;script:` and `JaVaScRiPt:` are found too.
    static func svgProblem(_ raw: String) -> String? {
        let text = decodingCharacterReferences(raw).lowercased()
        if let found = xsltProblem(text) { return found }
        if containsElement("script", in: text) { return "elemen <script>" }
        if containsElement("foreignobject", in: text) { return "elemen <foreignObject> (HTML di dalam SVG)" }
        if containsEventAttribute(text) { return "atribut peristiwa on…= (misalnya onload)" }
        let squeezed = String(String.UnicodeScalarView(text.unicodeScalars.filter {
            !($0.properties.isWhitespace || $0.properties.generalCategory == .control || $0 == "\u{AD}" || $0 == "\u{200B}")
        }))
        if squeezed.contains("javascript:") || squeezed.contains("vbscript:") { return "tautan javascript:" }
        return nil
    }

    /// An XSLT stylesheet (it can write any page, scripts included): an `xml-stylesheet`
    /// instruction naming XSL, or the text being a stylesheet itself.
    static func xsltProblem(_ lowercased: String) -> String? {
        var rest = lowercased[...]
        while let start = rest.range(of: "<?xml-stylesheet") {
            rest = rest[start.upperBound...]
            let instruction = rest.prefix { $0 != ">" }
            if instruction.contains("xsl") { return "stylesheet XSLT (instruksi xml-stylesheet)" }
        }
        if lowercased.contains("http://www.w3.org/1999/xsl/transform") { return "stylesheet XSLT" }
        return nil
    }

    /// `<name`, also with a namespace prefix (`<svg:script`), followed by the end of the name.
    private static func containsElement(_ name: String, in text: String) -> Bool {
        var rest = text[...]
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            var tag = rest.prefix { $0.isLetter || $0.isNumber || $0 == ":" || $0 == "-" || $0 == "_" || $0 == "." }
            if let colon = tag.lastIndex(of: ":") { tag = tag[tag.index(after: colon)...] }
            if tag == name { return true }
        }
        return false
    }

    /// An attribute whose name begins with `on` (SVG and HTML event handlers: onload, onclick,
    /// onbegin …) after white space, followed by `=`.
    private static func containsEventAttribute(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var index = 1
        while index + 2 < scalars.count {
            defer { index += 1 }
            guard scalars[index] == "o", scalars[index + 1] == "n",
                  scalars[index - 1].properties.isWhitespace || scalars[index - 1] == "/" || scalars[index - 1] == ":" else { continue }
            var end = index + 2
            while end < scalars.count, scalars[end].properties.isAlphabetic || scalars[end] == "-" || scalars[end] == "_" { end += 1 }
            guard end > index + 2 else { continue }
            while end < scalars.count, scalars[end].properties.isWhitespace { end += 1 }
            if end < scalars.count, scalars[end] == "=" { return true }
        }
        return false
    }

    /// Numeric character references (`&#106;`, `&#x6A;`, leading zeros, a missing `;`) and the
    /// named ones that can spell a scheme (`&Tab;`, `&NewLine;`, `&colon;`) decoded.
    static func decodingCharacterReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named: [String: String] = ["tab": "\t", "newline": "\n", "colon": ":", "sol": "/", "lpar": "(", "rpar": ")",
                                       "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "&" else { out.append(scalar); index += 1; continue }
            var end = index + 1
            if end < scalars.count, scalars[end] == "#" {
                end += 1
                let hex = end < scalars.count && (scalars[end] == "x" || scalars[end] == "X")
                if hex { end += 1 }
                let start = end
                while end < scalars.count, hex ? scalars[end].properties.isASCIIHexDigit : ("0"..."9").contains(scalars[end]) { end += 1 }
                let digits = String(String.UnicodeScalarView(scalars[start..<end]))
                if let value = UInt32(digits.suffix(8), radix: hex ? 16 : 10), let decoded = Unicode.Scalar(value), !digits.isEmpty {
                    out.append(decoded)
                    index = end < scalars.count && scalars[end] == ";" ? end + 1 : end
                    continue
                }
            } else {
                while end < scalars.count, scalars[end].properties.isAlphabetic, end - index < 12 { end += 1 }
                let word = String(String.UnicodeScalarView(scalars[(index + 1)..<end])).lowercased()
                if end < scalars.count, scalars[end] == ";", let decoded = named[word] {
                    out.append(contentsOf: decoded.unicodeScalars)
                    index = end + 1
                    continue
                }
            }
            out.append(scalar)
            index += 1
        }
        return String(out)
    }
}

/// PPID016: no published document (item `berkas`, Markdown links, the logo, the SK) is one that
/// would run on the site's origin.
struct ActiveDocumentRule: ContentRule {
    let ids: [RuleID] = [.ppid016]
    let readsMarkdown = true // the documents that Markdown links

    func check(_ context: RuleContext, into diagnostics: inout DiagnosticBag) {
        let published = DocumentPublisher(model: context.model, markdown: context.markdown)
        let inventory = context.model.inventory
        let root = URL(fileURLWithPath: inventory.contentRoot, isDirectory: true)
        for path in published.documents {
            guard let problem = ActiveDocument.problem(name: path, bytes: {
                FileManager.default.contents(atPath: root.appendingPathComponent(path).path).map { [UInt8]($0) }
            }) else { continue }
            diagnostics.add(.ppid016, at: SourceLocation(file: inventory.displayPath(path)), problem)
        }
    }
}
