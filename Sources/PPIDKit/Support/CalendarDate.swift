/// A calendar date without time or zone, as content files write it (`YYYY-MM-DD`).
/// Arithmetic is done on day numbers, so it is exact and independent of the machine's clock and zone.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` (four, two and two digits).
    public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let y = Self.number(bytes[0..<4]), let m = Self.number(bytes[5..<7]), let d = Self.number(bytes[8..<10])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Parses a date that may carry a time after it (`YYYY-MM-DD HH:MM[:SS]` or with `T`); the time is ignored.
    public init?(isoWithOptionalTime text: some StringProtocol) {
        let trimmed = text.trimmedWhitespace
        if trimmed.utf8.count == 10 { self.init(iso: trimmed); return }
        guard trimmed.utf8.count > 10 else { return nil }
        let datePart = trimmed.prefix(10)
        let rest = trimmed.dropFirst(10)
        guard let separator = rest.first, separator == " " || separator == "T" else { return nil }
        let time = rest.dropFirst()
        let pieces = time.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(pieces.count),
              pieces.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        self.init(iso: datePart)
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard (48...57).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date of a day number (civil_from_days).
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// Adds months, clamping the day to the month's end (2024-01-31 + 1 month = 2024-02-29).
    public func adding(months: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) + months
        let newYear = Swift.min(Swift.max(total / 12, 1), 9999)
        let newMonth = total % 12 + 1
        let newDay = Swift.min(day, CalendarDate.daysIn(month: newMonth, year: newYear))
        return CalendarDate(unchecked: newYear, newMonth, newDay)
    }

    public func adding(years: Int) -> CalendarDate { adding(months: years * 12) }

    /// Whole calendar days from `self` to `other`.
    public func days(until other: CalendarDate) -> Int { other.dayNumber - dayNumber }

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public var description: String { iso }

    public var iso: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: Swift.max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// "25 November 2026".
    public var indonesian: String {
        "\(day) \(CalendarDate.monthNames[month - 1]) \(year)"
    }

    public static let monthNames = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
                                    "Agustus", "September", "Oktober", "November", "Desember"]

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// `waktu_pembuatan`: a full date, or only a year.
public enum PartialDate: Sendable, Hashable, CustomStringConvertible {
    case date(CalendarDate)
    case year(Int)

    public init?(_ text: String) {
        if let date = CalendarDate(iso: text) { self = .date(date); return }
        if text.utf8.count == 4, text.allSatisfy(\.isASCIIDigit), let year = Int(text), year >= 1 { self = .year(year); return }
        return nil
    }

    /// A year-only date is after today only if its year is greater than today's year.
    public func isAfter(_ today: CalendarDate) -> Bool {
        switch self {
        case .date(let date): return date > today
        case .year(let year): return year > today.year
        }
    }

    /// The date used for ordering (a year counts as its first day).
    public var sortDate: CalendarDate {
        switch self {
        case .date(let date): return date
        case .year(let year): return CalendarDate(year: year, month: 1, day: 1) ?? CalendarDate(dayNumber: 0)
        }
    }

    public var description: String {
        switch self {
        case .date(let date): return date.iso
        case .year(let year): return String(year)
        }
    }

    public var indonesian: String {
        switch self {
        case .date(let date): return date.indonesian
        case .year(let year): return String(year)
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
