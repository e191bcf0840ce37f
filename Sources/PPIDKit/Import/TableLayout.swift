/// Where the table is on a sheet: its header row (found, not assumed), an optional sub-heading
/// row under merged headings, an optional column-number row, and which field each column fills.
public struct TableLayout: Sendable {
    /// One column that fills a field.
    public struct Column: Sendable, Hashable {
        public var number: Int
        public var field: ImportField
        /// The heading as written (`Waktu dan Tempat Pembuatan / Waktu` for a sub-heading).
        public var heading: String
        /// For a tick column under a merged heading (`Jenis Informasi` over `Berkala`): the value
        /// a non-empty cell stands for (`berkala`, `softcopy` …).
        public var mark: String?
        /// The cell the deciding heading stands in.
        public var headingCell: CellReference
    }

    public static let headerSearchRows = 15
    public static let minimumMatches = 3

    public var headerRow: Int
    public var subheadingRow: Int?
    public var numberingRow: Int?
    public var columns: [Column]
    /// Columns with a heading no rule placed (number, heading).
    public var unplaced: [(Int, String)]
    public var notes: [ImportNote]

    public var lastHeadingRow: Int { numberingRow ?? subheadingRow ?? headerRow }

    public func column(_ field: ImportField) -> Column? { columns.first { $0.field == field && $0.mark == nil } }

    /// The header row: the first of the sheet's first 15 non-empty rows in which at least three
    /// cells (a merged cell counting once) match a heading rule or the `--kolom` map.
    public static func headerRow(in sheet: Sheet, kind: ImportKind, map: ColumnMap) -> Int? {
        let lastColumn = max(1, sheet.lastColumn)
        for row in sheet.rowNumbers.prefix(headerSearchRows) {
            var seen = Set<CellReference>(), matches = 0
            for column in 1...lastColumn {
                let origin = sheet.origin(of: CellReference(row: row, column: column))
                guard seen.insert(origin).inserted, let value = sheet.ownValue(at: origin) else { continue }
                if field(for: value.displayText, kind: kind, map: map) != nil { matches += 1 }
            }
            if matches >= minimumMatches { return row }
        }
        return nil
    }

    static func field(for text: String, kind: ImportKind, map: ColumnMap) -> ImportField? {
        let heading = HeadingText(text)
        return map.field(for: heading) ?? HeadingRules.field(for: heading, kind: kind)
    }

    public init?(sheet: Sheet, kind: ImportKind, map: ColumnMap) {
        guard let header = Self.headerRow(in: sheet, kind: kind, map: map) else { return nil }
        headerRow = header
        columns = []
        unplaced = []
        notes = []
        let rows = sheet.rowNumbers
        let next = rows.first { $0 > header }
        let lastColumn = sheet.lastColumn
        subheadingRow = next.flatMap { Self.isSubheadingRow($0, under: header, in: sheet, kind: kind, map: map) ? $0 : nil }
        let afterHeadings = rows.first { $0 > (subheadingRow ?? header) }
        numberingRow = afterHeadings.flatMap { Self.isNumberingRow($0, in: sheet) ? $0 : nil }

        var taken: [ImportField: Column] = [:]
        var seenOrigins = Set<CellReference>()
        for number in 1...max(1, lastColumn) {
            let topCell = CellReference(row: header, column: number)
            let topOrigin = sheet.origin(of: topCell)
            let top = sheet.ownValue(at: topOrigin)?.displayText.collapsedWhitespace ?? ""
            var sub = ""
            if let subheadingRow {
                let subCell = CellReference(row: subheadingRow, column: number)
                let subOrigin = sheet.origin(of: subCell)
                if subOrigin.row == subheadingRow { sub = sheet.ownValue(at: subOrigin)?.displayText.collapsedWhitespace ?? "" }
            }
            guard !(top.isEmpty && sub.isEmpty) else { continue }
            var placed: Column?
            if !sub.isEmpty, let field = Self.field(for: sub, kind: kind, map: map) {
                placed = Column(number: number, field: field, heading: top.isEmpty ? sub : "\(top) / \(sub)",
                                headingCell: CellReference(row: subheadingRow ?? header, column: number))
            } else if let field = Self.field(for: top, kind: kind, map: map) {
                let mark = sub.isEmpty ? nil : Self.mark(sub, for: field)
                if sub.isEmpty && !seenOrigins.insert(topOrigin).inserted { continue }  // a wide heading: its first column
                placed = Column(number: number, field: field, heading: sub.isEmpty ? top : "\(top) / \(sub)", mark: mark,
                                headingCell: mark == nil ? topOrigin : CellReference(row: subheadingRow ?? header, column: number))
            }
            guard var column = placed else {
                unplaced.append((number, sub.isEmpty ? top : (top.isEmpty ? sub : "\(top) / \(sub)")))
                continue
            }
            if column.field == .numbering || column.field == .ignored || column.mark != nil {
                columns.append(column)
                continue
            }
            if let earlier = taken[column.field] {
                guard let alternative = Self.alternative(for: column, taken: taken) else {
                    notes.append(ImportNote(.unplaced, in: sheet, at: column.headingCell,
                        "kolom \(CellReference.letters(ofColumn: number)) \"\(column.heading)\" juga cocok dengan \(column.field.name), yang sudah dibaca dari kolom \(CellReference.letters(ofColumn: earlier.number)); isinya diabaikan (petakan dengan --kolom bila perlu)"))
                    continue
                }
                column.field = alternative
            }
            taken[column.field] = column
            columns.append(column)
        }
    }

    /// A second column for a field already taken, read as a neighbouring field where its heading
    /// says so: a second `judul` column with "ringkasan" is `ringkasan`; a second `penetapan`
    /// column with "tanggal" is `penetapan.tanggal`, with "oleh"/"pejabat" `penetapan.oleh`.
    static func alternative(for column: Column, taken: [ImportField: Column]) -> ImportField? {
        let heading = HeadingText(column.heading)
        let candidate: ImportField?
        switch column.field {
        case .judul where heading.contains("ringkasan"): candidate = .ringkasan
        case .penetapanNomor where heading.containsAny("tanggal", "tgl"): candidate = .penetapanTanggal
        case .penetapanNomor where heading.containsAny("oleh", "pejabat"): candidate = .penetapanOleh
        default: candidate = nil
        }
        guard let candidate, taken[candidate] == nil else { return nil }
        return candidate
    }

    /// The value a tick column stands for, from its sub-heading: a category under a `kategori`
    /// heading, a form under a `bentuk` heading.
    static func mark(_ subheading: String, for field: ImportField) -> String? {
        switch field {
        case .kategori: return ValueNormalizer.category(in: subheading)
        case .bentuk:
            let forms = ValueNormalizer.forms(in: subheading)
            return forms.count == 1 && forms[0].known ? forms[0].word : nil
        default: return nil
        }
    }

    /// A row right under the header is its second heading row when the header has a merged
    /// heading over several columns and this row has text under it, or when two of its cells
    /// match heading rules by themselves.
    static func isSubheadingRow(_ row: Int, under header: Int, in sheet: Sheet, kind: ImportKind, map: ColumnMap) -> Bool {
        guard !isNumberingRow(row, in: sheet) else { return false }
        for range in sheet.merges where range.first.row == header && range.last.row == header && range.width >= 2 {
            for column in range.first.column...range.last.column
            where sheet.origin(of: CellReference(row: row, column: column)).row == row
                && sheet.ownValue(at: CellReference(row: row, column: column)).map({ !$0.isBlank }) == true {
                return true
            }
        }
        var matches = 0
        for (_, value) in sheet.rows[row] ?? [:] where field(for: value.displayText, kind: kind, map: map) != nil {
            matches += 1
        }
        return matches >= 2
    }

    /// A row whose cells are only column numbers (`1 2 3 …`, `(1) (2) …`), at least two of them.
    static func isNumberingRow(_ row: Int, in sheet: Sheet) -> Bool {
        let cells = (sheet.rows[row] ?? [:]).values
        guard cells.count >= 2 else { return false }
        return cells.allSatisfy { value in
            switch value {
            case .number(let number): return number == number.rounded() && number >= 0 && number < 100
            case .text(let text):
                var digits = text.trimmedWhitespace
                if digits.hasPrefix("("), digits.hasSuffix(")") { digits = String(digits.dropFirst().dropLast()) }
                if digits.hasSuffix(".") { digits = String(digits.dropLast()) }
                return !digits.isEmpty && digits.count <= 3 && digits.allSatisfy(\.isASCIIDigit)
            default: return false
            }
        }
    }
}
