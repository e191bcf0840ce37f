/// CSV of the open-data files: RFC 4180, UTF-8, LF line ends (also after the last record), a
/// header row; null is an empty cell and lists are joined with "; " (SITE.md). A field is quoted
/// when it holds a quote, a comma or a line end; quotes inside are doubled.
enum OpenDataCSV {
    static let listSeparator = "; "

    static func encode(_ rows: [[String]]) -> String {
        var out = ""
        out.reserveCapacity(rows.count * 256)
        for row in rows {
            for (index, field) in row.enumerated() {
                if index > 0 { out += "," }
                if field.utf8.contains(where: { $0 == 0x22 || $0 == 0x2C || $0 == 0x0A || $0 == 0x0D }) {
                    out += "\""
                    out += field.utf8.contains(0x22) ? field.replacingAll("\"", with: "\"\"") : field
                    out += "\""
                } else {
                    out += field
                }
            }
            out += "\n"
        }
        return out
    }

    static func list(_ values: [String]) -> String {
        values.joined(separator: listSeparator)
    }

    /// The characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection").
    static let formulaStarts: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]

    /// A text cell (never a number: decide by the value's type, not by its look) as written to
    /// CSV: one that begins like a formula gets a leading `'` so that a spreadsheet shows it as
    /// text and never runs it (SITE.md). The JSON keeps the value as it is.
    static func text(_ value: String) -> String {
        guard let first = value.utf8.first, formulaStarts.contains(first) else { return value }
        return "'" + value
    }

    /// A number cell: null is an empty cell.
    static func cell(_ value: Int?) -> String { value.map(String.init) ?? "" }
    /// A one-decimal figure (`28.8`), or an empty cell for null.
    static func cell(_ value: Tenths?) -> String { value?.description ?? "" }
}

/// The JSON of the period-based open data (`pengaduan.json`, `layanan-informasi.json`):
/// `{"badan_publik", "tanggal_acuan", "periode": [...]}`.
enum OpenDataPeriods {
    static func document(badanPublik: String, referenceDate: CalendarDate, periods: [JSONValue]) -> String {
        JSONValue.object([
            ("badan_publik", .string(badanPublik)),
            ("tanggal_acuan", .string(referenceDate.iso)),
            ("periode", .array(periods)),
        ]).serialized(indent: 2) + "\n"
    }

    /// A one-decimal figure, or null.
    static func tenths(_ value: Tenths?) -> JSONValue { value?.json ?? .null }
}
