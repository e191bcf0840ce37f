import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Streaming (SAX) readers for the parts of an Office Open XML workbook. Element and attribute
/// names are compared without their namespace prefix (`x:c` is `c`), as some writers prefix them.
enum XMLPart {
    static func localName(_ name: String) -> Substring {
        if let colon = name.lastIndex(of: ":") { return name[name.index(after: colon)...] }
        return name[...]
    }

    static func attribute(_ attributes: [String: String], _ name: String) -> String? {
        if let value = attributes[name] { return value }
        return attributes.first { localName($0.key) == name }?.value
    }

    /// Runs a parser over a part; false when the XML is not well-formed.
    static func parse(_ data: Data, with delegate: XMLParserDelegate) -> Bool {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        return parser.parse()
    }

    /// OOXML writes characters XML cannot hold as `_xHHHH_` (e.g. `_x000D_`); this decodes them.
    static func decodeEscapes(_ text: String) -> String {
        var sawUnderscore = false, found = false
        for byte in text.utf8 {
            if sawUnderscore && byte == UInt8(ascii: "x") { found = true; break }
            sawUnderscore = byte == UInt8(ascii: "_")
        }
        guard found else { return text }
        var result = ""
        var rest = text[...]
        while let range = rest.range(of: "_x") {
            result += rest[..<range.lowerBound]
            let after = rest[range.upperBound...]
            let hex = after.prefix(4)
            if hex.count == 4, after.dropFirst(4).first == "_", let code = UInt32(hex, radix: 16),
               let scalar = Unicode.Scalar(code) {
                result.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                result += "_x"
                rest = after
            }
        }
        return result + rest
    }
}

/// `xl/workbook.xml`: the sheets in order (name, state, relationship id) and the date system.
final class WorkbookPartParser: NSObject, XMLParserDelegate {
    struct SheetEntry {
        var name: String
        var relationshipID: String
        var hidden: Bool
    }

    var sheets: [SheetEntry] = []
    var dateSystem: DateSystem = .from1900

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        switch XMLPart.localName(elementName) {
        case "sheet":
            let id = attributes.first { XMLPart.localName($0.key) == "id" && $0.key != "sheetId" }?.value ?? ""
            let state = XMLPart.attribute(attributes, "state") ?? "visible"
            sheets.append(SheetEntry(name: XMLPart.attribute(attributes, "name") ?? "", relationshipID: id,
                                     hidden: state != "visible"))
        case "workbookPr":
            let value = (XMLPart.attribute(attributes, "date1904") ?? "").lowercased()
            if value == "1" || value == "true" { dateSystem = .from1904 }
        default:
            break
        }
    }
}

/// A `_rels/*.rels` part: relationship id → (type, target).
final class RelationshipsPartParser: NSObject, XMLParserDelegate {
    struct Relationship {
        var type: String
        var target: String
    }

    var relationships: [String: Relationship] = [:]
    var ordered: [Relationship] = []

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        guard XMLPart.localName(elementName) == "Relationship" else { return }
        let relationship = Relationship(type: XMLPart.attribute(attributes, "Type") ?? "",
                                        target: XMLPart.attribute(attributes, "Target") ?? "")
        if let id = XMLPart.attribute(attributes, "Id") { relationships[id] = relationship }
        ordered.append(relationship)
    }
}

/// `xl/sharedStrings.xml`: every `<si>`'s text, rich-text runs concatenated, phonetic runs left out.
final class SharedStringsPartParser: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current = ""
    private var inItem = false, inText = false, phoneticDepth = 0

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        switch XMLPart.localName(elementName) {
        case "si": inItem = true; current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = inItem && phoneticDepth == 0
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch XMLPart.localName(elementName) {
        case "si": strings.append(XMLPart.decodeEscapes(current)); inItem = false
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
}

/// `xl/styles.xml`: for each cell format (`cellXfs/xf`, by index), whether it shows a date.
final class StylesPartParser: NSObject, XMLParserDelegate {
    private var customFormats: [Int: String] = [:]
    private var formatIDs: [Int] = []
    private var inCellFormats = false

    var dateStyles: [Bool] {
        formatIDs.map { NumberFormat.isDate(id: $0, code: customFormats[$0]) }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        switch XMLPart.localName(elementName) {
        case "numFmt":
            if let id = XMLPart.attribute(attributes, "numFmtId").flatMap(Int.init) {
                customFormats[id] = XMLPart.attribute(attributes, "formatCode") ?? ""
            }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats:
            formatIDs.append(XMLPart.attribute(attributes, "numFmtId").flatMap(Int.init) ?? 0)
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if XMLPart.localName(elementName) == "cellXfs" { inCellFormats = false }
    }
}

/// A worksheet part: cell values (shared and inline strings, numbers, booleans, errors, formulas'
/// cached values, dates by their style) and merged ranges.
final class WorksheetPartParser: NSObject, XMLParserDelegate {
    private(set) var sheet: Sheet
    private let sharedStrings: [String]
    private let dateStyles: [Bool]
    private let dateSystem: DateSystem

    private var row = 0, column = 0
    private var cellType = "n", cellStyle = 0
    private var valueText = "", inlineText = ""
    private var inValue = false, inInlineText = false, inInline = false, hasValue = false, phoneticDepth = 0

    init(name: String, sharedStrings: [String], dateStyles: [Bool], dateSystem: DateSystem) {
        sheet = Sheet(name: name)
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
        self.dateSystem = dateSystem
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        switch XMLPart.localName(elementName) {
        case "row":
            row = XMLPart.attribute(attributes, "r").flatMap(Int.init) ?? row + 1
            column = 0
        case "c":
            if let reference = XMLPart.attribute(attributes, "r").flatMap({ CellReference(a1: $0) }) {
                row = reference.row
                column = reference.column
            } else {
                column += 1
            }
            cellType = XMLPart.attribute(attributes, "t") ?? "n"
            cellStyle = XMLPart.attribute(attributes, "s").flatMap(Int.init) ?? 0
            valueText = ""; inlineText = ""; hasValue = false
        case "v": inValue = true; hasValue = true
        case "is": inInline = true; hasValue = true
        case "rPh": phoneticDepth += 1
        case "t": inInlineText = inInline && phoneticDepth == 0
        case "mergeCell":
            if let range = XMLPart.attribute(attributes, "ref").flatMap({ MergedRange(a1: $0) }) { sheet.merge(range) }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch XMLPart.localName(elementName) {
        case "v": inValue = false
        case "is": inInline = false
        case "t": inInlineText = false
        case "rPh": phoneticDepth -= 1
        case "c":
            if hasValue, row > 0, column > 0, let value = cellValue() {
                sheet.set(value, at: CellReference(row: row, column: column))
            }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue { valueText += string } else if inInlineText { inlineText += string }
    }

    private func cellValue() -> CellValue? {
        switch cellType {
        case "s":
            guard let index = Int(valueText.trimmingCharacters(in: .whitespaces)), sharedStrings.indices.contains(index) else { return nil }
            return .text(sharedStrings[index])
        case "inlineStr":
            return .text(XMLPart.decodeEscapes(inlineText))
        case "str":
            return .text(XMLPart.decodeEscapes(valueText))
        case "b":
            return .boolean(valueText.trimmingCharacters(in: .whitespaces) == "1")
        case "e":
            return .error(valueText)
        case "d":
            // ISO 8601 date (strict OOXML); the date part is what we keep.
            return CalendarDate(iso: valueText.prefix(10)).map(CellValue.date) ?? .text(valueText)
        default:
            guard let number = Double(valueText.trimmingCharacters(in: .whitespaces)) else {
                return valueText.isEmpty ? nil : .text(valueText)
            }
            if dateStyles.indices.contains(cellStyle), dateStyles[cellStyle], let date = dateSystem.date(fromSerial: number) {
                return .date(date)
            }
            return .number(number)
        }
    }
}
