/// One `pengaduan/*.csv` file as read: where it is and where our columns stand in it.
public struct ComplaintTable: Sendable {
    public struct Column: Sendable, Hashable {
        /// 1-based field number.
        public var number: Int
        /// The header as written in the file.
        public var header: String
    }

    /// The path users see (`Content/pengaduan/laporan-2025.csv`).
    public var file: String
    public var delimiter: Character
    /// Our columns present in the file, by our column name.
    public var columns: [ComplaintColumn: Column]

    public func column(_ column: ComplaintColumn) -> Column? { columns[column] }

    /// The location of a cell (the row's start line, the column's field number).
    public func location(line: Int, _ column: ComplaintColumn) -> SourceLocation {
        SourceLocation(file: file, line: line, column: columns[column]?.number ?? 1)
    }

    /// `kolom "Tanggal Laporan" (tanggal_masuk)`, or `kolom "status"` when the header is our name.
    public func describe(_ column: ComplaintColumn) -> String {
        guard let header = columns[column]?.header else { return "kolom \(column.rawValue)" }
        return header == column.rawValue ? "kolom \"\(header)\"" : "kolom \"\(header)\" (\(column.rawValue))"
    }
}
