import Foundation
import ZIPFoundation

/// An Office Open XML workbook (`.xlsx`), read with ZIPFoundation and streaming XML parsers:
/// `xl/workbook.xml` (sheet names, date system), its relationships, `sharedStrings.xml`,
/// `styles.xml` (which cell formats are dates) and each sheet's XML when it is asked for.
public struct XLSXWorkbook: Workbook {
    /// No part of a real DIP workbook comes near this; a larger one is a zip bomb or a mistake.
    static let maxPartBytes = 256 * 1_048_576

    private struct SheetPart: Sendable {
        var name: String
        var hidden: Bool
        var path: String
    }

    public let fileName: String
    private let data: Data
    private let parts: [SheetPart]
    private let sharedStrings: [String]
    private let dateStyles: [Bool]
    public let dateSystem: DateSystem

    public var sheetNames: [(name: String, hidden: Bool)] { parts.map { ($0.name, $0.hidden) } }

    public init(contentsOf url: URL) throws(SpreadsheetError) {
        let fileName = url.lastPathComponent
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .unreadable(fileName) }
        try self.init(data: data, fileName: fileName)
    }

    public init(data: Data, fileName: String) throws(SpreadsheetError) {
        self.fileName = fileName
        self.data = data
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch { throw .notAWorkbook(fileName) }

        let rootRelations = RelationshipsPartParser()
        var workbookPath = "xl/workbook.xml"
        if let rels = try Self.part("_rels/.rels", in: archive, fileName: fileName), XMLPart.parse(rels, with: rootRelations),
           let office = rootRelations.ordered.first(where: { $0.type.hasSuffix("/officeDocument") }) {
            workbookPath = Self.resolve(office.target, relativeTo: "")
        }
        guard let workbookXML = try Self.part(workbookPath, in: archive, fileName: fileName) else { throw .notAWorkbook(fileName) }
        let workbook = WorkbookPartParser()
        guard XMLPart.parse(workbookXML, with: workbook) else { throw .brokenPart(file: fileName, part: workbookPath) }
        dateSystem = workbook.dateSystem

        let folder = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let relationsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (workbookPath.split(separator: "/").last.map(String.init) ?? "workbook.xml") + ".rels"
        let relations = RelationshipsPartParser()
        if let rels = try Self.part(relationsPath, in: archive, fileName: fileName) {
            guard XMLPart.parse(rels, with: relations) else { throw .brokenPart(file: fileName, part: relationsPath) }
        }
        parts = workbook.sheets.compactMap { entry in
            guard let relation = relations.relationships[entry.relationshipID], relation.type.hasSuffix("/worksheet") else { return nil }
            return SheetPart(name: entry.name, hidden: entry.hidden, path: Self.resolve(relation.target, relativeTo: folder))
        }

        let stringsPath = relations.ordered.first { $0.type.hasSuffix("/sharedStrings") }
            .map { Self.resolve($0.target, relativeTo: folder) } ?? "xl/sharedStrings.xml"
        let strings = SharedStringsPartParser()
        if let xml = try Self.part(stringsPath, in: archive, fileName: fileName) {
            guard XMLPart.parse(xml, with: strings) else { throw .brokenPart(file: fileName, part: stringsPath) }
        }
        sharedStrings = strings.strings

        let stylesPath = relations.ordered.first { $0.type.hasSuffix("/styles") }
            .map { Self.resolve($0.target, relativeTo: folder) } ?? "xl/styles.xml"
        let styles = StylesPartParser()
        if let xml = try Self.part(stylesPath, in: archive, fileName: fileName) {
            guard XMLPart.parse(xml, with: styles) else { throw .brokenPart(file: fileName, part: stylesPath) }
        }
        dateStyles = styles.dateStyles
    }

    public func sheet(named name: String) throws(SpreadsheetError) -> Sheet {
        guard let part = parts.first(where: { $0.name == name }) else { throw .noSuchSheet(name) }
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch { throw .notAWorkbook(fileName) }
        guard let xml = try Self.part(part.path, in: archive, fileName: fileName) else {
            throw .brokenPart(file: fileName, part: part.path)
        }
        let parser = WorksheetPartParser(name: part.name, sharedStrings: sharedStrings, dateStyles: dateStyles, dateSystem: dateSystem)
        guard XMLPart.parse(xml, with: parser) else { throw .brokenPart(file: fileName, part: part.path) }
        return parser.sheet
    }

    /// A part's bytes, or nil when the archive has no such entry.
    private static func part(_ path: String, in archive: Archive, fileName: String) throws(SpreadsheetError) -> Data? {
        guard let entry = archive[path] ?? archive.first(where: { $0.path.lowercased() == path.lowercased() }) else { return nil }
        guard entry.uncompressedSize <= UInt64(maxPartBytes) else { throw .tooLarge(file: fileName, part: path) }
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry, skipCRC32: true) { chunk in
                data.append(chunk)
                if data.count > maxPartBytes { throw SpreadsheetError.tooLarge(file: fileName, part: path) }
            }
        } catch let error as SpreadsheetError {
            throw error
        } catch {
            throw .brokenPart(file: fileName, part: path)
        }
        return data
    }

    /// A relationship target as a path inside the zip: absolute (`/xl/…`) or relative to `folder`.
    static func resolve(_ target: String, relativeTo folder: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var components = folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { if !components.isEmpty { components.removeLast() } } else if piece != "." { components.append(String(piece)) }
        }
        return components.joined(separator: "/")
    }
}
