/// Reads one `pengaduan/*.csv` through the shared `ExportTableReader` (our columns only; PPID404
/// for personal-data columns, PPID408 for structure), then turns each row into a record with
/// `ComplaintRowParser`.
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

    public func read(_ source: SourceText, tableIndex: Int) -> Result {
        let read = ExportTableReader(mapping: mapping, kind: .complaints).read(source)
        guard read.usable else { return Result(table: read.table, records: [], diagnostics: read.diagnostics) }
        let parser = ComplaintRowParser(table: read.table, tableIndex: tableIndex, mapping: mapping, dateFormat: read.dateFormat)
        var findings = RepeatedRowFindings()
        var records: [ComplaintRecord] = []
        records.reserveCapacity(read.rows.count)
        for row in read.rows {
            if let record = parser.parse(row.values, line: row.line, into: &findings) { records.append(record) }
        }
        return Result(table: read.table, records: records, diagnostics: read.diagnostics + findings.diagnostics, notes: read.notes)
    }

    /// `;` when the header line has more semicolons than commas outside quotes, else `,`.
    static func delimiter(ofHeaderIn text: String) -> Unicode.Scalar { CSVShape.delimiter(ofHeaderIn: text) }
}
