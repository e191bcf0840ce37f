import CSV

/// Reads one exported CSV file (complaints, request or objection register) with the CSV library:
/// the delimiter (`,` or `;`) as the header shows, quoted fields with delimiters and line ends
/// inside, each record's physical start line. Only our columns are kept: the other fields of a
/// row are dropped as soon as it is read, and a dropped column that may hold personal data is
/// reported by its header only (RULES.md, PPID404/PPID504).
public struct ExportTableReader<Column: ExportColumn>: Sendable {
    public let mapping: ExportColumnMapping<Column>
    public let kind: ExportTableKind

    public init(mapping: ExportColumnMapping<Column>, kind: ExportTableKind) {
        self.mapping = mapping
        self.kind = kind
    }

    public func read(_ source: SourceText) -> ExportRows<Column> {
        var diagnostics = DiagnosticBag()
        // The loader turned CRLF into LF; a lone CR (old Mac files) also ends a line.
        let text = source.text.utf8.contains(UInt8(ascii: "\r")) ? source.text.replacingAll("\r", with: "\n") : source.text
        let delimiter = CSVShape.delimiter(ofHeaderIn: text)
        var table = ExportTable<Column>(file: source.displayPath, delimiter: Character(delimiter), columns: [:])
        func failed() -> ExportRows<Column> {
            ExportRows(table: table, rows: [], dateFormat: .iso, diagnostics: diagnostics.all, notes: [], usable: false)
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, delimiter: delimiter)
        } catch {
            diagnostics.add(kind.structureRule, at: source.location(), "Berkas CSV tidak dapat dibaca; simpan ulang sebagai CSV UTF-8 dengan baris judul kolom.")
            return failed()
        }
        guard let header = reader.next(), !CSVShape.isBlank(header) else {
            diagnostics.add(kind.structureRule, at: source.location(),
                "Berkas CSV kosong atau tanpa baris judul kolom; baris pertama harus memuat judul kolom: \(Column.names.joined(separator: ", ")).")
            return failed()
        }
        table.columns = layout(header, file: source, into: &diagnostics)
        // A column whose mapping was refused (personal data) is already an error at the mapping.
        let missing = Column.allCases.filter { $0.isRequired && table.columns[$0] == nil }
        for column in missing where !mapping.refusedTargets.contains(column) {
            diagnostics.add(kind.structureRule, at: source.location(),
                "Kolom wajib \"\(column.rawValue)\" tidak ada di baris judul. Tambahkan kolom itu, atau petakan judul kolom ekspor Anda di \(kind.mappingFile) (kolom: {\"Judul di ekspor\": \(column.rawValue)}).")
        }
        guard missing.isEmpty else { return failed() }

        let indices = Column.allCases.map { (table.columns[$0]?.number ?? 0) - 1 }
        var rows: [ExportRows<Column>.Row] = []
        var line = 1 + CSVShape.lineBreaks(in: header) + 1
        while let fields = reader.next() {
            let start = line
            line += 1 + CSVShape.lineBreaks(in: fields)
            if CSVShape.isBlank(fields) { continue }
            guard fields.count == header.count else {
                reportFieldCount(fields.count, header: header, at: source.location(line: start), into: &diagnostics)
                continue
            }
            rows.append(.init(line: start, values: indices.map { $0 >= 0 ? CSVShape.trimmed(fields[$0]) : "" }))
        }
        var notes: [String] = []
        let format = dateFormat(of: rows, table: table, notes: &notes, into: &diagnostics)
        return ExportRows(table: table, rows: rows, dateFormat: format, diagnostics: diagnostics.all, notes: notes, usable: true)
    }

    /// `format_tanggal`, else what the file's date values show (`ExportDateDetection`): day-first
    /// with a note, or an error at the first ambiguous value.
    private func dateFormat(of rows: [ExportRows<Column>.Row], table: ExportTable<Column>, notes: inout [String],
                            into diagnostics: inout DiagnosticBag) -> ExportDateFormat {
        if let format = mapping.dateFormat { return format }
        let cells = rows.lazy.flatMap { row in Column.dateColumns.lazy.map { (row.line, $0, row[$0]) } }
        switch ExportDateDetection.detect(cells.map(\.2)) {
        case .iso:
            return .iso
        case .dayFirst(let separator):
            let format = ExportDateFormat.dayFirst(separator: separator)
            notes.append("tanggal di \(table.file) dibaca sebagai \(format.spelling)")
            return format
        case .ambiguous(let index):
            let cell = Array(cells.dropFirst(index).prefix(1))
            if let (line, column, value) = cell.first {
                diagnostics.add(kind.ambiguousDateRule, at: table.location(line: line, column),
                    "Tanggal \"\(value)\" di \(table.describe(column)) dapat dibaca hari dulu atau bulan dulu, dan tidak ada tanggal di berkas ini yang harinya di atas 12. Nyatakan formatnya di \(kind.mappingFile), misalnya format_tanggal: DD/MM/YYYY (atau MM/DD/YYYY).")
            }
            return .dayFirst(separator: "/")
        }
    }

    /// Our columns by header; dropped columns that look personal are reported at the header line.
    private func layout(_ header: [String], file: SourceText, into diagnostics: inout DiagnosticBag) -> [Column: ExportTable<Column>.Field] {
        var columns: [Column: ExportTable<Column>.Field] = [:]
        for (offset, raw) in header.enumerated() {
            let name = raw.trimmedWhitespace
            let number = offset + 1
            if mapping.isRefused(name) { continue }
            if let column = mapping.column(forHeader: name) {
                if let earlier = columns[column] {
                    diagnostics.add(kind.structureRule, at: file.location(line: 1, column: number),
                        "Kolom \"\(name)\" dan kolom \"\(earlier.header)\" (kolom ke-\(earlier.number)) sama-sama dibaca sebagai \(column.rawValue); hapus salah satunya atau perbaiki pemetaan di \(kind.mappingFile).")
                    continue
                }
                columns[column] = .init(number: number, header: name)
            } else if let personal = PersonalDataColumns.match(name) {
                diagnostics.add(kind.personalRule, at: file.location(line: 1, column: number),
                    "Kolom \"\(name)\" dapat berisi data pribadi \(kind.person) (\(PersonalDataColumns.describe(personal.word))); kolom ini dibuang saat dibaca dan tidak pernah diterbitkan. Sebaiknya hapus kolom ini dari berkas ekspor sebelum menyimpannya di folder konten.")
            }
        }
        return columns
    }

    private func reportFieldCount(_ count: Int, header: [String], at rowStart: SourceLocation, into diagnostics: inout DiagnosticBag) {
        var location = rowStart
        let message: String
        if count < header.count {
            location.column = count + 1
            let name = header[count].trimmedWhitespace
            message = "Baris ini memiliki \(count) kolom, sedangkan baris judul memiliki \(header.count); kolom \"\(name)\" dan sesudahnya tidak ada. Periksa tanda kutip dan pemisah pada baris ini (nilai yang memuat pemisah atau baris baru harus diapit tanda kutip \")."
        } else {
            location.column = header.count + 1
            message = "Baris ini memiliki \(count) kolom, sedangkan baris judul memiliki \(header.count); kolom ke-\(header.count + 1) tidak punya judul. Periksa tanda kutip dan pemisah pada baris ini (nilai yang memuat pemisah atau baris baru harus diapit tanda kutip \")."
        }
        diagnostics.add(kind.structureRule, at: location, message)
    }
}

/// The shape of CSV text, before the CSV library reads it.
public enum CSVShape {
    /// `;` when the header line has more semicolons than commas outside quotes, else `,`.
    public static func delimiter(ofHeaderIn text: String) -> Unicode.Scalar {
        var commas = 0, semicolons = 0, quoted = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") { quoted.toggle(); continue }
            if quoted { continue }
            if byte == UInt8(ascii: "\n") { break }
            if byte == UInt8(ascii: ",") { commas += 1 }
            if byte == UInt8(ascii: ";") { semicolons += 1 }
        }
        return semicolons > commas ? ";" : ","
    }

    /// Line ends inside a record's fields (they can only come from quoted fields).
    static func lineBreaks(in fields: [String]) -> Int {
        var count = 0
        for field in fields {
            for byte in field.utf8 where byte == UInt8(ascii: "\n") { count += 1 }
        }
        return count
    }

    static func isBlank(_ fields: [String]) -> Bool {
        fields.allSatisfy { $0.allSatisfy(\.isWhitespace) }
    }

    /// `trimmedWhitespace` without its cost when the field starts and ends with a visible ASCII
    /// character (almost every cell): Unicode white-space lookups dominate reading otherwise.
    static func trimmed(_ field: String) -> String {
        let utf8 = field.utf8
        guard let first = utf8.first, let last = utf8.last else { return "" }
        if first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return field }
        return field.trimmedWhitespace
    }

    /// `collapsedWhitespace` for a trimmed field, fast when it is ASCII without runs of white space.
    static func collapsed(_ field: String) -> String {
        var previousSpace = false
        for byte in field.utf8 {
            if byte >= 0x80 || (byte < 0x20) { return field.collapsedWhitespace }
            let space = byte == 0x20
            if space && previousSpace { return field.collapsedWhitespace }
            previousSpace = space
        }
        return field
    }
}
