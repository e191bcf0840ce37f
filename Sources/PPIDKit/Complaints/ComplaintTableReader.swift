import CSV

/// Reads one `pengaduan/*.csv` with the CSV library: the delimiter (`,` or `;`) as the header
/// shows, quoted fields with delimiters and line ends inside, each record's physical start line.
/// Only our columns are kept; the other fields of a row are dropped as soon as it is read.
/// Findings: PPID404 (personal-data columns), PPID408 (structure), and those of `ComplaintRowParser`.
public struct ComplaintTableReader: Sendable {
    public let mapping: ComplaintColumnMapping

    public init(mapping: ComplaintColumnMapping) {
        self.mapping = mapping
    }

    public struct Result: Sendable {
        public var table: ComplaintTable
        public var records: [ComplaintRecord]
        public var diagnostics: [Diagnostic]
        /// Lines for the text report, before the summary ("tanggal di … dibaca sebagai DD/MM/YYYY").
        public var notes: [String] = []
    }

    /// The date columns of a complaint table, whose values decide its date format together.
    static let dateColumns: [ComplaintColumn] = [.tanggalMasuk, .tanggalTindakLanjut, .tanggalSelesai]

    public func read(_ source: SourceText, tableIndex: Int) -> Result {
        var diagnostics = DiagnosticBag()
        // The loader turned CRLF into LF; a lone CR (old Mac files) also ends a line.
        let text = source.text.utf8.contains(UInt8(ascii: "\r")) ? source.text.replacingAll("\r", with: "\n") : source.text
        let delimiter = Self.delimiter(ofHeaderIn: text)
        var table = ComplaintTable(file: source.displayPath, delimiter: Character(delimiter), columns: [:])
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, delimiter: delimiter)
        } catch {
            diagnostics.add(.ppid408, at: source.location(), "Berkas CSV tidak dapat dibaca; simpan ulang sebagai CSV UTF-8 dengan baris judul kolom.")
            return Result(table: table, records: [], diagnostics: diagnostics.all)
        }
        guard let header = reader.next(), !Self.isBlank(header) else {
            diagnostics.add(.ppid408, at: source.location(),
                "Berkas CSV kosong atau tanpa baris judul kolom; baris pertama harus memuat judul kolom: \(ComplaintColumn.names.joined(separator: ", ")).")
            return Result(table: table, records: [], diagnostics: diagnostics.all)
        }
        table.columns = layout(header, file: source, into: &diagnostics)
        // A column whose mapping was refused (personal data) is already an error at the mapping.
        let missing = ComplaintColumn.allCases.filter { $0.isRequired && table.columns[$0] == nil }
        for column in missing where !mapping.refusedTargets.contains(column) {
            diagnostics.add(.ppid408, at: source.location(),
                "Kolom wajib \"\(column.rawValue)\" tidak ada di baris judul. Tambahkan kolom itu, atau petakan judul kolom ekspor Anda di pengaduan/kolom.yml (kolom: {\"Judul di ekspor\": \(column.rawValue)}).")
        }
        guard missing.isEmpty else { return Result(table: table, records: [], diagnostics: diagnostics.all) }

        // Only our columns are kept: each row becomes its eight values as soon as it is read.
        let indices = ComplaintColumn.allCases.map { (table.columns[$0]?.number ?? 0) - 1 }
        var rows: [(line: Int, values: [String])] = []
        var line = 1 + Self.lineBreaks(in: header) + 1
        while let fields = reader.next() {
            let start = line
            line += 1 + Self.lineBreaks(in: fields)
            if Self.isBlank(fields) { continue }
            guard fields.count == header.count else {
                reportFieldCount(fields.count, header: header, at: source.location(line: start), into: &diagnostics)
                continue
            }
            rows.append((start, indices.map { $0 >= 0 ? ComplaintRowParser.trimmed(fields[$0]) : "" }))
        }

        var notes: [String] = []
        let format = dateFormat(of: rows, table: table, notes: &notes, into: &diagnostics)
        let parser = ComplaintRowParser(table: table, tableIndex: tableIndex, mapping: mapping, dateFormat: format)
        var findings = RepeatedRowFindings()
        var records: [ComplaintRecord] = []
        records.reserveCapacity(rows.count)
        for row in rows {
            if let record = parser.parse(row.values, line: row.line, into: &findings) { records.append(record) }
        }
        diagnostics.append(contentsOf: findings.diagnostics)
        return Result(table: table, records: records, diagnostics: diagnostics.all, notes: notes)
    }

    /// `format_tanggal`, else what the file's date values show (`ExportDateDetection`): day-first
    /// with a note, or an error at the first ambiguous value.
    private func dateFormat(of rows: [(line: Int, values: [String])], table: ComplaintTable, notes: inout [String],
                            into diagnostics: inout DiagnosticBag) -> ExportDateFormat {
        if let format = mapping.dateFormat { return format }
        let cells = rows.lazy.flatMap { row in Self.dateColumns.lazy.map { (row.line, $0, row.values[$0.index]) } }
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
                diagnostics.add(.ppid005, at: table.location(line: line, column),
                    "Tanggal \"\(value)\" di \(table.describe(column)) dapat dibaca hari dulu atau bulan dulu, dan tidak ada tanggal di berkas ini yang harinya di atas 12. Nyatakan formatnya di pengaduan/kolom.yml, misalnya format_tanggal: DD/MM/YYYY (atau MM/DD/YYYY).")
            }
            return .dayFirst(separator: "/")
        }
    }

    /// Our columns by header; dropped columns that look personal are PPID404 at the header line.
    private func layout(_ header: [String], file: SourceText, into diagnostics: inout DiagnosticBag) -> [ComplaintColumn: ComplaintTable.Column] {
        var columns: [ComplaintColumn: ComplaintTable.Column] = [:]
        for (offset, raw) in header.enumerated() {
            let name = raw.trimmedWhitespace
            let number = offset + 1
            if mapping.isRefused(name) { continue }
            if let column = mapping.column(forHeader: name) {
                if let earlier = columns[column] {
                    diagnostics.add(.ppid408, at: file.location(line: 1, column: number),
                        "Kolom \"\(name)\" dan kolom \"\(earlier.header)\" (kolom ke-\(earlier.number)) sama-sama dibaca sebagai \(column.rawValue); hapus salah satunya atau perbaiki pemetaan di pengaduan/kolom.yml.")
                    continue
                }
                columns[column] = ComplaintTable.Column(number: number, header: name)
            } else if let personal = PersonalDataColumns.match(name) {
                diagnostics.add(.ppid404, at: file.location(line: 1, column: number),
                    "Kolom \"\(name)\" dapat berisi data pribadi pelapor (\(PersonalDataColumns.describe(personal.word))); kolom ini dibuang saat dibaca dan tidak pernah diterbitkan. Sebaiknya hapus kolom ini dari berkas ekspor sebelum menyimpannya di folder konten.")
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
        diagnostics.add(.ppid408, at: location, message)
    }

    /// `;` when the header line has more semicolons than commas outside quotes, else `,`.
    static func delimiter(ofHeaderIn text: String) -> Unicode.Scalar {
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
}
