/// One cell's value as the spreadsheet stores it, before any meaning is given to it.
public enum CellValue: Sendable, Hashable {
    case text(String)
    case number(Double)
    /// A number cell whose number format is a date format, already converted with the workbook's
    /// date system.
    case date(CalendarDate)
    case boolean(Bool)
    /// An error value such as `#N/A` or `#REF!`.
    case error(String)

    /// The value as a person reads it in the cell (numbers without a needless `.0`).
    public var displayText: String {
        switch self {
        case .text(let text): return text
        case .number(let number): return Self.format(number)
        case .date(let date): return date.iso
        case .boolean(let value): return value ? "TRUE" : "FALSE"
        case .error(let code): return code
        }
    }

    /// Whether the cell holds nothing a person would see (empty or blank text).
    public var isBlank: Bool {
        if case .text(let text) = self { return text.allSatisfy(\.isWhitespace) }
        return false
    }

    static func format(_ number: Double) -> String {
        if number.isFinite, number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }
}

/// A cell's position: 1-based row and column, written `C12` (A1 notation).
public struct CellReference: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses `C12` (a `$` anywhere is ignored); nil for anything else.
    public init?(a1 text: some StringProtocol) {
        var column = 0, row = 0, sawDigit = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "$"): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where !sawDigit:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "a")...UInt8(ascii: "z") where !sawDigit:
                column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
            default:
                return nil
            }
            if column > 20_000 || row > 10_000_000 { return nil }
        }
        guard column > 0, row > 0 else { return nil }
        self.init(row: row, column: column)
    }

    /// The column's letters: 1 → `A`, 27 → `AA`.
    public static func letters(ofColumn column: Int) -> String {
        var number = column, letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }

    public var description: String { "\(Self.letters(ofColumn: column))\(row)" }

    public static func < (a: CellReference, b: CellReference) -> Bool {
        (a.row, a.column) < (b.row, b.column)
    }
}

/// A rectangle of merged cells (`A5:H5`); its value is the top-left cell's.
public struct MergedRange: Sendable, Hashable {
    public var first: CellReference
    public var last: CellReference

    public init(first: CellReference, last: CellReference) {
        self.first = CellReference(row: min(first.row, last.row), column: min(first.column, last.column))
        self.last = CellReference(row: max(first.row, last.row), column: max(first.column, last.column))
    }

    /// Parses `A5:H5`; a single reference is a one-cell range.
    public init?(a1 text: some StringProtocol) {
        let parts = text.split(separator: ":")
        guard let head = parts.first, let first = CellReference(a1: head) else { return nil }
        let last = parts.count > 1 ? CellReference(a1: parts[1]) : first
        guard let last, parts.count <= 2 else { return nil }
        self.init(first: first, last: last)
    }

    public func contains(_ cell: CellReference) -> Bool {
        (first.row...last.row).contains(cell.row) && (first.column...last.column).contains(cell.column)
    }

    public var width: Int { last.column - first.column + 1 }
    public var height: Int { last.row - first.row + 1 }
}
