import Mustache

/// How `{{name}}` escapes text in every template of the theme: the same five replacements as
/// swift-mustache's own HTML content type (`<` `>` `&` `"` `'`), made on UTF-8 bytes instead of
/// one dictionary lookup per `Character` (its escaper was a tenth of a build's time). Text with
/// nothing to escape, most of it, is returned as it is.
///
/// The theme uses it through the `CONTENT_TYPE` pragma `TemplateSet` puts in front of each
/// template (`pragma`); a template of the theme that names another content type still gets it.
struct HTMLEscaper: MustacheContentType {
    /// The content-type name the pragma refers to.
    static let name = "PPID_HTML"
    /// Put in front of each template's text; renders as nothing.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}"

    /// Registers the escaper under `name` (idempotent; swift-mustache keeps the table).
    static func register() {
        MustacheContentTypes.register(HTMLEscaper(), named: name)
    }

    func escapeText(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var extra = 0
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "<"), UInt8(ascii: ">"): extra += 3
                case UInt8(ascii: "&"), UInt8(ascii: "'"): extra += 4
                case UInt8(ascii: "\""): extra += 5
                default: break
                }
            }
            if extra == 0 { return nil }
            return String(unsafeUninitializedCapacity: bytes.count + extra) { out in
                var index = 0
                func put(_ replacement: StaticString) {
                    replacement.withUTF8Buffer { piece in
                        for byte in piece { out[index] = byte; index += 1 }
                    }
                }
                for byte in bytes {
                    switch byte {
                    case UInt8(ascii: "<"): put("&lt;")
                    case UInt8(ascii: ">"): put("&gt;")
                    case UInt8(ascii: "&"): put("&amp;")
                    case UInt8(ascii: "\""): put("&quot;")
                    case UInt8(ascii: "'"): put("&#39;")
                    default: out[index] = byte; index += 1
                    }
                }
                return index
            }
        } ?? text
    }
}
