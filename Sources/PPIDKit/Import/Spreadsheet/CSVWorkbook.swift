import CSV
import Foundation

/// A `.csv` file as a workbook of one sheet named after the file. Read with the CSV library as
/// the complaint tables are: `,` or `;` (whichever the first lines use more), a BOM ignored,
/// CRLF or CR line ends, quoted fields with delimiters and line breaks inside. Every cell is text.
public struct CSVWorkbook: Workbook {
    public let sheet: Sheet
    /// Whether the bytes were not UTF-8 and were read as Windows-1252 (Excel's "CSV" on Windows).
    public let readAsWindows1252: Bool

    public var sheetNames: [(name: String, hidden: Bool)] { [(sheet.name, false)] }

    public func sheet(named name: String) throws(SpreadsheetError) -> Sheet {
        guard name == sheet.name else { throw .noSuchSheet(name) }
        return sheet
    }

    public init(contentsOf url: URL) throws(SpreadsheetError) {
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .unreadable(url.lastPathComponent) }
        try self.init(data: data, name: url.lastPathComponent)
    }

    public init(data: Data, name: String) throws(SpreadsheetError) {
        var bytes = [UInt8](data)[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        var text: String
        if let utf8 = String(validating: bytes, as: UTF8.self) {
            text = utf8
            readAsWindows1252 = false
        } else if let legacy = String(data: Data(bytes), encoding: .windowsCP1252) {
            text = legacy
            readAsWindows1252 = true
        } else {
            throw .unreadable(name)
        }
        if text.utf8.contains(UInt8(ascii: "\r")) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingAll("\r", with: "\n")
        }
        let delimiter = Self.delimiter(of: text)
        var sheet = Sheet(name: name)
        do {
            let reader = try CSVReader(string: text, hasHeaderRow: false, delimiter: delimiter)
            var row = 0
            while let fields = reader.next() {
                row += 1
                for (offset, field) in fields.enumerated() {
                    sheet.set(.text(field), at: CellReference(row: row, column: offset + 1))
                }
            }
            if reader.error != nil { throw SpreadsheetError.brokenCSV(name) }
        } catch {
            throw .unreadable(name)
        }
        self.sheet = sheet
    }

    /// The delimiter most of the first lines prefer, each line judged as the complaint reader
    /// judges a header line (`ComplaintTableReader.delimiter(ofHeaderIn:)`): title rows above a
    /// table often hold no delimiter at all, so one line is not enough.
    static func delimiter(of text: String) -> Unicode.Scalar {
        var semicolonLines = 0, commaLines = 0
        for line in text.split(separator: "\n", maxSplits: 20, omittingEmptySubsequences: true).prefix(20) {
            let line = String(line)
            guard line.contains(",") || line.contains(";") else { continue }
            if ComplaintTableReader.delimiter(ofHeaderIn: line) == ";" { semicolonLines += 1 } else { commaLines += 1 }
        }
        return semicolonLines > commaLines ? ";" : ","
    }
}
