/// Everything `ppid` knows about complaints: the rows of every `pengaduan/*.csv` (our columns
/// only), the tables they came from, and the periods of `ringkasan.yml`.
public struct ComplaintData: Sendable {
    /// Tables in path order; `ComplaintRecord.table` indexes this list.
    public var tables: [ComplaintTable]
    /// Rows in path order, then file order.
    public var records: [ComplaintRecord]
    /// Entries of `ringkasan.yml` in file order.
    public var summaries: [ComplaintSummaryPeriod]
    /// Lines for the text report before its summary (how a file's dates were read).
    public var notes: [String] = []

    public init(tables: [ComplaintTable], records: [ComplaintRecord], summaries: [ComplaintSummaryPeriod]) {
        self.tables = tables
        self.records = records
        self.summaries = summaries
    }

    public static let empty = ComplaintData(tables: [], records: [], summaries: [])

    public var isEmpty: Bool { records.isEmpty && summaries.isEmpty }

    public func table(of record: ComplaintRecord) -> ComplaintTable { tables[record.table] }

    /// The location of a cell of a row.
    public func location(of record: ComplaintRecord, _ column: ComplaintColumn) -> SourceLocation {
        tables[record.table].location(line: record.line, column)
    }
}

/// Reads complaints: `kolom.yml`, then every CSV in parallel, then `ringkasan.yml`.
public enum ComplaintLoader {
    public static func load(_ loaded: LoadedContent, into diagnostics: inout DiagnosticBag) async -> ComplaintData {
        let mapping = ComplaintColumnMapping(loaded.complaintColumns, into: &diagnostics)
        let reader = ComplaintTableReader(mapping: mapping)
        // One cause, one finding: exports read through a `kolom.yml` that could not be parsed
        // (PPID001) would only draw findings that follow from it.
        let readable = !loaded.inventory.isUnusable("pengaduan/kolom.yml")
        let sources = readable ? Array(loaded.inventory.complaintTables.enumerated()) : []
        let results = await ParallelMap.run(sources) { reader.read($0.element, tableIndex: $0.offset) }
        var tables: [ComplaintTable] = []
        var records: [ComplaintRecord] = []
        var notes: [String] = []
        for result in results {
            notes += result.notes
            tables.append(result.table)
            records += result.records
            diagnostics.append(contentsOf: result.diagnostics)
        }
        let summaries = ComplaintSummaryPeriod.read(loaded.complaintSummary, into: &diagnostics)
        var data = ComplaintData(tables: tables, records: records, summaries: summaries)
        data.notes = notes
        return data
    }
}
