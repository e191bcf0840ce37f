/// One exported CSV file as read: where it is and where our columns stand in it.
public struct ExportTable<Column: ExportColumn>: Sendable {
    public struct Field: Sendable, Hashable {
        /// 1-based field number.
        public var number: Int
        /// The header as written in the file.
        public var header: String
    }

    /// The path users see (`Content/pengaduan/laporan-2025.csv`).
    public var file: String
    public var delimiter: Character
    /// Our columns present in the file, by our column name.
    public var columns: [Column: Field]

    public init(file: String, delimiter: Character, columns: [Column: Field]) {
        self.file = file
        self.delimiter = delimiter
        self.columns = columns
    }

    public func column(_ column: Column) -> Field? { columns[column] }

    /// The location of a cell (the row's start line, the column's field number).
    public func location(line: Int, _ column: Column) -> SourceLocation {
        SourceLocation(file: file, line: line, column: columns[column]?.number ?? 1)
    }

    /// `kolom "Tanggal Laporan" (tanggal_masuk)`, or `kolom "status"` when the header is our name.
    public func describe(_ column: Column) -> String {
        guard let header = columns[column]?.header else { return "kolom \(column.rawValue)" }
        return header == column.rawValue ? "kolom \"\(header)\"" : "kolom \"\(header)\" (\(column.rawValue))"
    }
}

/// The rows of one exported table, our columns only, before they are interpreted.
public struct ExportRows<Column: ExportColumn>: Sendable {
    public struct Row: Sendable {
        /// The physical line the row starts on.
        public var line: Int
        /// Trimmed values by `Column.index` ("" when the column is absent).
        public var values: [String]

        public subscript(_ column: Column) -> String { values[column.index] }
    }

    public var table: ExportTable<Column>
    public var rows: [Row]
    /// `format_tanggal`, or what the file's dates show.
    public var dateFormat: ExportDateFormat
    public var diagnostics: [Diagnostic]
    /// Lines for the text report ("tanggal di … dibaca sebagai DD/MM/YYYY").
    public var notes: [String]
    /// False when the file could not be read at all, or a required column is missing.
    public var usable: Bool
}
