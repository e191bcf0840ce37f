/// How the dates of an exported table (complaints, registers) are written: ISO by default, or
/// the `format_tanggal` of its `kolom.yml` (`DD/MM/YYYY`, `DD-MM-YYYY`, `MM/DD/YYYY`,
/// `YYYY/MM/DD`). One- or two-digit days and months are read; a time after the date
/// (`HH:MM` or `HH:MM:SS`, after a space or `T`) is ignored. An ISO value is read whatever the
/// format (a four-digit first part can only be a year).
public enum ExportDateFormat: Sendable, Hashable {
    case iso
    case dayFirst(separator: Character)
    case monthFirst(separator: Character)
    case yearFirst(separator: Character)

    /// The formats `format_tanggal` accepts, as written there.
    public static let spellings = ["YYYY-MM-DD", "DD/MM/YYYY", "DD-MM-YYYY", "MM/DD/YYYY", "YYYY/MM/DD"]

    public init?(spelling: String) {
        switch spelling.trimmedWhitespace.uppercased() {
        case "YYYY-MM-DD": self = .iso
        case "DD/MM/YYYY", "D/M/YYYY": self = .dayFirst(separator: "/")
        case "DD-MM-YYYY", "D-M-YYYY": self = .dayFirst(separator: "-")
        case "DD.MM.YYYY", "D.M.YYYY": self = .dayFirst(separator: ".")
        case "MM/DD/YYYY", "M/D/YYYY": self = .monthFirst(separator: "/")
        case "MM-DD-YYYY", "M-D-YYYY": self = .monthFirst(separator: "-")
        case "YYYY/MM/DD", "YYYY/M/D": self = .yearFirst(separator: "/")
        default: return nil
        }
    }

    /// `DD/MM/YYYY`, as a message names the format.
    public var spelling: String {
        switch self {
        case .iso: return "YYYY-MM-DD"
        case .dayFirst(let separator): return "DD\(separator)MM\(separator)YYYY"
        case .monthFirst(let separator): return "MM\(separator)DD\(separator)YYYY"
        case .yearFirst(let separator): return "YYYY\(separator)MM\(separator)DD"
        }
    }

    /// The date of a trimmed cell, or nil when it is not a date in this format.
    public func date(_ text: String) -> CalendarDate? {
        if let date = text.utf8.count == 10 ? CalendarDate(iso: text) : CalendarDate(isoWithOptionalTime: text) { return date }
        if self == .iso { return nil }
        guard let parts = DateParts(text) else { return nil }
        switch self {
        case .iso:
            return nil
        case .dayFirst(let separator):
            guard parts.separator == separator, parts.third.digits == 4, parts.first.digits <= 2, parts.second.digits <= 2 else { return nil }
            return CalendarDate(year: parts.third.value, month: parts.second.value, day: parts.first.value)
        case .monthFirst(let separator):
            guard parts.separator == separator, parts.third.digits == 4, parts.first.digits <= 2, parts.second.digits <= 2 else { return nil }
            return CalendarDate(year: parts.third.value, month: parts.first.value, day: parts.second.value)
        case .yearFirst(let separator):
            guard parts.separator == separator, parts.first.digits == 4, parts.second.digits <= 2, parts.third.digits <= 2 else { return nil }
            return CalendarDate(year: parts.first.value, month: parts.second.value, day: parts.third.value)
        }
    }

    /// A day-first date with any of `/`, `-`, `.` (`31/12/2025`, `1-2-2025 08:30`): the Indonesian
    /// way of writing a date. Used by hints, `ppid impor` and `jangka_waktu` hints alike.
    public static func dayFirstDate(_ text: String) -> CalendarDate? {
        guard let parts = DateParts(text), parts.third.digits == 4, parts.first.digits <= 2, parts.second.digits <= 2 else { return nil }
        return CalendarDate(year: parts.third.value, month: parts.second.value, day: parts.first.value)
    }

    /// The ISO spelling of a value that is a day-first date (`31/12/2025` → `2025-12-31`), for a hint.
    public static func isoHint(for text: String) -> String? {
        dayFirstDate(text)?.iso
    }
}

/// `31/12/2025 08:30` split into its three numbers and separator; the time, when present, must be
/// `H:MM` or `H:MM:SS`.
struct DateParts {
    struct Number { var value: Int; var digits: Int }
    var first: Number
    var second: Number
    var third: Number
    var separator: Character

    init?(_ text: String) {
        var datePart = Substring(text)
        if let space = text.firstIndex(where: { $0 == " " || $0 == "T" }) {
            datePart = text[..<space]
            let time = text[text.index(after: space)...].trimmedWhitespace
            let pieces = time.split(separator: ":", omittingEmptySubsequences: false)
            guard (2...3).contains(pieces.count), (1...2).contains(pieces[0].count),
                  pieces.dropFirst().allSatisfy({ $0.count == 2 }),
                  pieces.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        }
        guard let separator = datePart.first(where: { $0 == "/" || $0 == "-" || $0 == "." }) else { return nil }
        let pieces = datePart.split(separator: separator, omittingEmptySubsequences: false)
        guard pieces.count == 3 else { return nil }
        var numbers: [Number] = []
        for piece in pieces {
            guard !piece.isEmpty, piece.count <= 4, piece.allSatisfy(\.isASCIIDigit), let value = Int(piece) else { return nil }
            numbers.append(Number(value: value, digits: piece.count))
        }
        first = numbers[0]
        second = numbers[1]
        third = numbers[2]
        self.separator = separator
    }
}

/// Which format a file's dates are in when its `kolom.yml` names none (ONBOARDING.md): over the
/// non-empty values of all its date columns, day-first when every value is `D/M/YYYY` and some
/// day is above 12; ambiguous when every value is `D/M/YYYY` and none is; ISO otherwise (values
/// in other forms are then reported one by one).
public enum ExportDateDetection: Sendable, Equatable {
    case iso
    /// Read day-first; the text report says so once.
    case dayFirst(separator: Character)
    /// Day or month first cannot be told: an error at the first value (its index in the values).
    case ambiguous(firstIndex: Int)

    public static func detect<Values: Sequence>(_ values: Values) -> ExportDateDetection where Values.Element == String {
        var separator: Character?
        var dayAboveTwelve = false
        var firstIndex: Int?
        for (index, value) in values.enumerated() where !value.isEmpty {
            guard let parts = DateParts(value), parts.third.digits == 4, parts.first.digits <= 2, parts.second.digits <= 2,
                  separator == nil || separator == parts.separator else { return .iso }
            separator = parts.separator
            if firstIndex == nil { firstIndex = index }
            if parts.first.value > 12 { dayAboveTwelve = true }
        }
        guard let separator, let firstIndex else { return .iso }
        return dayAboveTwelve ? .dayFirst(separator: separator) : .ambiguous(firstIndex: firstIndex)
    }
}
