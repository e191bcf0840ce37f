/// Reads the rows under a table's header into `ImportedRow`s: empty rows and section rows
/// skipped (a section row sets the category of the rows below it), merged cells' values given
/// to every cell they cover, cells in columns no heading placed reported.
public struct TableReader: Sendable {
    public struct ImportedRow: Sendable {
        public var row: Int
        /// The cell each field was read from and its value.
        public var cells: [ImportField: (CellReference, CellValue)]
        /// Values of tick columns that are ticked, by field (`kategori: [berkala]`).
        public var marks: [ImportField: [String]]
        /// The category of the section the row stands in, and the section row's cell.
        public var section: (category: String, cell: CellReference)?
    }

    public struct Result: Sendable {
        public var rows: [ImportedRow]
        public var notes: [ImportNote]
    }

    public let sheet: Sheet
    public let layout: TableLayout
    public let kind: ImportKind

    public init(sheet: Sheet, layout: TableLayout, kind: ImportKind) {
        self.sheet = sheet
        self.layout = layout
        self.kind = kind
    }

    public func read() -> Result {
        var notes: [ImportNote] = []
        var rows: [ImportedRow] = []
        var emptyRows: [Int] = []
        var unplacedCells: [Int: [CellReference]] = [:]
        let placedColumns = Set(layout.columns.map(\.number))
        let numberingColumns = Set(layout.columns.filter { $0.field == .numbering }.map(\.number))
        let judulColumn = layout.column(.judul)?.number
        let lastColumn = max(sheet.lastColumn, layout.columns.map(\.number).max() ?? 0)
        var section: (category: String, cell: CellReference)?

        let titleRows = sheet.rowNumbers.filter { $0 < layout.headerRow }
        if let first = titleRows.first, let last = titleRows.last {
            notes.append(ImportNote(.skipped, in: sheet, at: (CellReference(row: first, column: 1)),
                first == last ? "baris \(first) di atas judul kolom (judul tabel) dilewati"
                              : "baris \(first)–\(last) di atas judul kolom (judul tabel) dilewati"))
        }
        if let numbering = layout.numberingRow {
            notes.append(ImportNote(.skipped, in: sheet, at: (CellReference(row: numbering, column: 1)),
                "baris \(numbering) hanya berisi nomor kolom dan dilewati"))
        }

        for row in sheet.rowNumbers where row > layout.lastHeadingRow {
            // The distinct cells that give this row a value (a merged cell once), in column order.
            var contents: [(origin: CellReference, columns: [Int], value: CellValue)] = []
            var indexByOrigin: [CellReference: Int] = [:]
            for column in 1...max(1, lastColumn) {
                let cell = CellReference(row: row, column: column)
                let origin = sheet.origin(of: cell)
                guard let value = sheet.ownValue(at: origin), !value.isBlank else { continue }
                if let index = indexByOrigin[origin] {
                    contents[index].columns.append(column)
                } else {
                    indexByOrigin[origin] = contents.count
                    contents.append((origin, [column], value))
                }
            }
            // A number in the `No` column alone makes no item (templates are often numbered ahead).
            let meaningful = contents.filter { content in
                !(content.columns.allSatisfy(numberingColumns.contains) && Self.isNumberOrMarker(content.value))
                    && !ValueNormalizer.isPlaceholder(ValueNormalizer.text(content.value))
            }
            // A row whose only values continue merged cells from rows above holds nothing new.
            if meaningful.isEmpty || meaningful.allSatisfy({ $0.origin.row < row }) {
                emptyRows.append(row)
                continue
            }
            // A section or caption row: one text cell, possibly after a letter or roman numeral.
            var lone = meaningful
            if lone.count == 2, Self.isMarker(lone[0].value) { lone.removeFirst() }
            // A letter or roman numeral (`A`, `II.`) before the text marks a section, even in the `No` column.
            let marked = contents.contains { Self.isMarker($0.value) }
            if lone.count == 1, case .text(let text) = lone[0].value {
                let content = lone[0]
                let onlyJudul = judulColumn.map { content.columns == [$0] && content.origin.row == row } ?? false
                if kind == .dip, let category = ValueNormalizer.category(in: text) {
                    section = (category, content.origin)
                    notes.append(ImportNote(.guess, in: sheet, at: (content.origin),
                        "baris \(row) dibaca sebagai judul bagian \"\(ValueNormalizer.text(content.value))\": butir di bawahnya berkategori \(category)"))
                    continue
                }
                if !onlyJudul || marked {
                    notes.append(ImportNote(.skipped, in: sheet, at: (content.origin),
                        "baris \(row) hanya berisi \"\(Self.excerpt(ValueNormalizer.text(content.value)))\"\(onlyJudul ? "" : " di luar kolom judul"); dibaca sebagai judul bagian atau keterangan dan dilewati"))
                    continue
                }
            }

            var imported = ImportedRow(row: row, cells: [:], marks: [:], section: section)
            for column in layout.columns where column.field != .numbering && column.field != .ignored {
                let cell = CellReference(row: row, column: column.number)
                guard let value = sheet.value(at: cell), !value.isBlank else { continue }
                if let mark = column.mark {
                    if Self.isTicked(value) { imported.marks[column.field, default: []].append(mark) }
                    continue
                }
                imported.cells[column.field] = (cell, value)
            }
            for content in contents where !content.columns.contains(where: placedColumns.contains) {
                unplacedCells[content.columns[0], default: []].append(content.origin)
            }
            rows.append(imported)
        }

        if !emptyRows.isEmpty {
            notes.append(ImportNote(.skipped, in: sheet, at: (CellReference(row: emptyRows[0], column: 1)),
                "\(emptyRows.count) baris kosong dilewati (baris \(Self.list(emptyRows.map(String.init))))"))
        }
        for (column, cells) in unplacedCells.sorted(by: { $0.key < $1.key }) {
            let heading = layout.unplaced.first { $0.0 == column }?.1
            let what = heading.map { "kolom \(CellReference.letters(ofColumn: column)) \"\($0)\" tidak dikenali" }
                ?? "kolom \(CellReference.letters(ofColumn: column)) tidak berjudul"
            notes.append(ImportNote(.unplaced, in: sheet, at: (cells[0]),
                "\(what); isinya di \(cells.count) sel diabaikan (\(Self.list(cells.map(\.description)))). Beri judul yang dikenali, atau petakan dengan --kolom peta.yml, misalnya kolom: {\"\(heading ?? "Judul kolom")\": ringkasan} (atau \": abaikan\" untuk membuangnya tanpa laporan)"))
        }
        return Result(rows: rows, notes: notes)
    }

    /// `A`, `B.`, `II`, `(c)`: a section's letter or roman numeral.
    static func isMarker(_ value: CellValue) -> Bool {
        guard case .text(let raw) = value else { return false }
        var text = raw.trimmedWhitespace
        if text.hasPrefix("("), text.hasSuffix(")") { text = String(text.dropFirst().dropLast()) }
        if text.hasSuffix(".") || text.hasSuffix(")") { text = String(text.dropLast()) }
        guard !text.isEmpty else { return false }
        if text.count == 1, let first = text.first, first.isLetter { return true }
        return text.count <= 6 && text.uppercased().allSatisfy { "IVXLC".contains($0) }
    }

    /// A row number as the `No` column writes it: `1`, `1.`, `(1)`, `a`, `II.`.
    static func isNumberOrMarker(_ value: CellValue) -> Bool {
        if case .number = value { return true }
        if isMarker(value) { return true }
        var text = ValueNormalizer.text(value)
        if text.hasPrefix("("), text.hasSuffix(")") { text = String(text.dropFirst().dropLast()) }
        if text.hasSuffix(".") { text = String(text.dropLast()) }
        return !text.isEmpty && text.split(separator: ".").allSatisfy { $0.allSatisfy(\.isASCIIDigit) && !$0.isEmpty }
    }

    /// Whether a tick column's cell says yes: anything but a dash, `tidak`, `0` or `FALSE`.
    static func isTicked(_ value: CellValue) -> Bool {
        switch value {
        case .boolean(let yes): return yes
        case .number(let number): return number != 0
        default:
            let text = ValueNormalizer.text(value).lowercased()
            return !text.isEmpty && !ValueNormalizer.isPlaceholder(text) && !["tidak", "tdk", "0", "false", "n"].contains(text)
        }
    }

    /// The first five of a list, then "… (N dalam semua)".
    static func list(_ items: [String]) -> String {
        items.count <= 5 ? items.joined(separator: ", ") : items.prefix(5).joined(separator: ", ") + ", …"
    }

    static func excerpt(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(57)) + "…"
    }
}
