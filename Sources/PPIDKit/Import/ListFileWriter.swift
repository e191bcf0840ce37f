/// Writes imported items as our `dip.yml`/`dik.yml`: a new file with the schema line and a
/// comment saying where the items came from, or the same items appended to an existing file's
/// list (the rest of the file left exactly as it was).
public struct ListFileWriter: Sendable {
    public let kind: ImportKind

    /// Where the items came from, for the comment block.
    public struct Origin: Sendable {
        public var file: String
        /// Nil for a CSV file (its only table).
        public var sheet: String?
        public var date: CalendarDate
        public var firstRow: Int?
        public var lastRow: Int?

        public init(file: String, sheet: String?, date: CalendarDate, firstRow: Int? = nil, lastRow: Int? = nil) {
            self.file = file
            self.sheet = sheet
            self.date = date
            self.firstRow = firstRow
            self.lastRow = lastRow
        }

        var sentence: String {
            let rows = firstRow.flatMap { first in lastRow.map { "baris \(first)–\($0)" } }
            return "\(file)\(sheet.map { ", lembar \"\($0)\"" } ?? "")\(rows.map { ", \($0)" } ?? ""), diimpor \(date.iso) dengan \"ppid impor\""
        }
    }

    public init(kind: ImportKind) {
        self.kind = kind
    }

    public func newFile(opdName: String, origin: Origin, items: [ImportedItem], listDecision: [ImportedItem.Entry]) -> String {
        var text = "# yaml-language-server: $schema=../../../skema/\(kind.rawValue).schema.json\n"
        text += "# \(kind.title) \(opdName)\n"
        text += "# Sumber: \(origin.sentence).\n"
        text += "# Periksa setiap butir, lengkapi yang kosong, lalu jalankan \"ppid check\".\n"
        if !listDecision.isEmpty {
            text += "penetapan:\n"
            for entry in listDecision { text += render(entry, indent: 2) }
        }
        text += "\n\(kind.listKey):\n"
        text += itemsText(items, indent: "  ")
        return text
    }

    /// The items as list entries at an indentation, a blank line between them.
    func itemsText(_ items: [ImportedItem], indent: String) -> String {
        items.map { item in
            var text = "\(indent)- id: \(YAMLScalarWriter.scalar(item.id))\n"
            for entry in item.entries { text += render(entry, indent: indent.count + 2) }
            return text
        }.joined(separator: "\n")
    }

    func render(_ entry: ImportedItem.Entry, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        switch entry.value {
        case .text(let text): return "\(pad)\(entry.key): \(YAMLScalarWriter.scalar(text))\n"
        case .word(let word): return "\(pad)\(entry.key): \(word)\n"
        case .list(let words):
            return "\(pad)\(entry.key): [\(words.map { YAMLScalarWriter.scalar($0, inFlow: true) }.joined(separator: ", "))]\n"
        case .mapping(let entries):
            return "\(pad)\(entry.key):\n" + entries.map { render($0, indent: indent + 2) }.joined()
        }
    }

    /// The existing file with the items added at the end of its list. The list may be a block
    /// list, an empty flow list (`informasi: []`, as `ppid new opd` writes it), empty, or absent.
    public func append(_ items: [ImportedItem], to existing: String, origin: Origin) throws(ImportProblem) -> String {
        var lines = existing.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let comment = "# Ditambahkan dari \(origin.sentence)."
        let key = kind.listKey
        guard let keyLine = lines.firstIndex(where: { $0.hasPrefix("\(key):") }) else {
            return lines.joined(separator: "\n") + "\n\n\(key):\n  \(comment)\n" + itemsText(items, indent: "  ")
        }
        let rest = lines[keyLine].dropFirst(key.count + 1).trimmedWhitespace
        let valueText = rest.split(separator: "#", maxSplits: 1).first.map { $0.trimmedWhitespace } ?? ""
        guard valueText.isEmpty || valueText == "[]" else {
            throw .usage("Daftar \"\(key):\" di \(kind.fileName) ditulis dalam satu baris; ubah menjadi daftar butir \"- \" lalu ulangi dengan --tambah.")
        }
        // The list's lines: everything up to the next top-level key.
        var end = keyLine + 1
        var itemIndent: String?
        while end < lines.count {
            let line = lines[end]
            if let first = line.first, first != " ", first != "#", first != "-" { break }
            if itemIndent == nil, let dash = line.firstIndex(of: "-"), line[..<dash].allSatisfy({ $0 == " " }),
               line[line.index(after: dash)...].first.map({ $0 == " " }) ?? true {
                itemIndent = String(line[..<dash])
            }
            end += 1
        }
        // Trailing blank and comment lines stay after the new items.
        var insertAt = end
        while insertAt > keyLine + 1, lines[insertAt - 1].trimmedWhitespace.isEmpty || lines[insertAt - 1].hasPrefix("#") {
            insertAt -= 1
        }
        let indent = itemIndent ?? "  "
        if valueText == "[]" { lines[keyLine] = "\(key):" + (rest.contains("#") ? " #" + (rest.split(separator: "#", maxSplits: 1).last ?? "") : "") }
        var block = [String]()
        if insertAt > keyLine + 1 { block.append("") }
        block.append("\(indent)\(comment)")
        block += itemsText(items, indent: indent).split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLast()
        lines.insert(contentsOf: block, at: insertAt)
        return lines.joined(separator: "\n") + "\n"
    }
}
