/// Writes a text as a YAML scalar that every YAML reader (ours, the editor's schema checker)
/// reads back as exactly that text: plain when it is unmistakably ordinary text, otherwise
/// double-quoted with escapes. The one YAML writer of `ppid` (imports and scaffolds).
public enum YAMLScalarWriter {
    static let reservedWords: Set<String> = ["y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"]

    /// Punctuation a plain scalar may hold after its first character, in block and flow context.
    static let plainPunctuation: Set<Character> = [" ", ".", "(", ")", "/", "-", "'", "&", "+", "%", "–", "—", "’", "“", "”"]

    public static func scalar(_ text: String, inFlow: Bool = false) -> String {
        isPlainSafe(text, inFlow: inFlow) ? text : quoted(text)
    }

    static func isPlainSafe(_ text: String, inFlow: Bool) -> Bool {
        if let ascii = asciiPlainSafe(text.utf8, inFlow: inFlow) { return ascii }
        guard let first = text.first, let last = text.last, first.isLetter || first.isNumber, last != " " else { return false }
        guard !reservedWords.contains(text.lowercased()) else { return false }
        // Numbers, dates, times and versions start with a digit and hold no space and letter.
        if first.isNumber && !(text.contains(" ") && text.contains(where: \.isLetter)) { return false }
        for character in text {
            if character.isLetter || character.isNumber { continue }
            if character == "," && !inFlow { continue }
            if plainPunctuation.contains(character) { continue }
            return false
        }
        return !text.contains("  ")
    }

    /// The same judgement for plain ASCII texts, byte by byte (most cells); nil for other texts.
    static func asciiPlainSafe(_ bytes: String.UTF8View, inFlow: Bool) -> Bool? {
        guard let first = bytes.first, let last = bytes.last else { return false }
        var hasSpace = false, hasLetter = false, previousSpace = false
        for byte in bytes {
            if byte >= 0x80 { return nil }
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                hasLetter = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                break
            case UInt8(ascii: " "):
                if previousSpace { return false }
                hasSpace = true
            case UInt8(ascii: ","):
                if inFlow { return false }
            case UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "/"), UInt8(ascii: "-"),
                 UInt8(ascii: "'"), UInt8(ascii: "&"), UInt8(ascii: "+"), UInt8(ascii: "%"):
                break
            default:
                return false
            }
            previousSpace = byte == UInt8(ascii: " ")
        }
        let firstIsLetter = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first | 0x20)
        let firstIsDigit = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
        guard firstIsLetter || firstIsDigit, last != UInt8(ascii: " ") else { return false }
        if firstIsDigit && !(hasSpace && hasLetter) { return false }
        if bytes.count <= 5, reservedWords.contains(String(decoding: bytes, as: UTF8.self).lowercased()) { return false }
        return true
    }

    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\u{85}": result += "\\N"
            case "\u{A0}": result += "\\_"
            case "\u{2028}": result += "\\L"
            case "\u{2029}": result += "\\P"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0xD800...0xDFFF).contains(scalar.value) || scalar.value == 0xFEFF {
                    result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16).uppercased()
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
