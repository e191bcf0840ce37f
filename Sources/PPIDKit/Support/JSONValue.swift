/// A JSON value with ordered object keys, serialised deterministically (stable keys, UTF-8, no
/// escaping of "/" or non-ASCII). Used for reports, open data and the search index.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    /// A number with at most one decimal, as the statistics publish it.
    case decimal(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])
    /// Text already serialised for this position (see `elements(_:indent:level:)`), written as is.
    case raw(String)

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    public static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    public static func optional(_ value: Int?) -> JSONValue { value.map(JSONValue.int) ?? .null }
    public static func optional(_ value: Double?) -> JSONValue { value.map(JSONValue.decimal) ?? .null }
    public static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

    /// - Parameter indent: pretty-print with this many spaces per level; nil for compact output.
    public func serialized(indent: Int? = nil) -> String {
        var out = ""
        write(into: &out, indent: indent, level: 0)
        return out
    }

    /// `values` serialised as consecutive elements of an array at `level`: pieces made this way
    /// and wrapped in `.raw` inside one `.array` give the same text as the whole array.
    public static func elements(_ values: [JSONValue], indent: Int?, level: Int) -> String {
        var out = ""
        for (index, value) in values.enumerated() {
            if index > 0 {
                out += ","
                value.newline(&out, indent, level)
            }
            value.write(into: &out, indent: indent, level: level)
        }
        return out
    }

    private func write(into out: inout String, indent: Int?, level: Int) {
        switch self {
        case .raw(let text): out += text
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .decimal(let value): out += JSONValue.formatDecimal(value)
        case .string(let value): JSONValue.escape(value, into: &out)
        case .array(let values):
            if values.isEmpty { out += "[]"; return }
            out += "["
            for (index, value) in values.enumerated() {
                if index > 0 { out += "," }
                newline(&out, indent, level + 1)
                value.write(into: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent, level)
            out += "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out += "," }
                newline(&out, indent, level + 1)
                JSONValue.escape(key, into: &out)
                out += indent == nil ? ":" : ": "
                value.write(into: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent, level)
            out += "}"
        }
    }

    private func newline(_ out: inout String, _ indent: Int?, _ level: Int) {
        guard let indent else { return }
        out += "\n"
        out += String(repeating: " ", count: indent * level)
    }

    /// 87.6 → "87.6", 99.0 → "99.0", 2 → "2.0": one decimal, as the figures are rounded.
    static func formatDecimal(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        let tenths = (value * 10).rounded()
        let negative = tenths < 0
        let magnitude = Int(abs(tenths))
        return "\(negative ? "-" : "")\(magnitude / 10).\(magnitude % 10)"
    }

    static func escape(_ text: String, into out: inout String) {
        out += "\""
        // Most texts need no escape at all: append them whole (0xE2 leads U+2028 and U+2029).
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
            out += text
            out += "\""
            return
        }
        // Byte by byte (every byte of a multi-byte character is 0x80 or above and copied as it is),
        // into one buffer appended once: tens of thousands of findings quote titles.
        let source = Array(text.utf8)
        var escaped: [UInt8] = []
        escaped.reserveCapacity(source.count + 16)
        func append(_ literal: StaticString) {
            literal.withUTF8Buffer { escaped.append(contentsOf: $0) }
        }
        var index = 0
        while index < source.count {
            let byte = source[index]
            switch byte {
            case 0x22: append("\\\"")
            case 0x5C: append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            case 0xE2 where index + 2 < source.count && source[index + 1] == 0x80 && (source[index + 2] == 0xA8 || source[index + 2] == 0xA9):
                append(source[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                index += 3
                continue
            case ..<0x20:
                let hex = String(byte, radix: 16)
                escaped.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default:
                escaped.append(byte)
            }
            index += 1
        }
        out += String(decoding: escaped, as: UTF8.self)
        out += "\""
    }
}
