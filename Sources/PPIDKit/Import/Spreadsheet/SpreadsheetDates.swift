/// How a workbook counts dates: serial numbers of days from 1900 (with Lotus 1-2-3's fictitious
/// 29 February 1900) or from 1904 (old Mac Excel, `date1904` in `workbook.xml`).
public enum DateSystem: Sendable {
    case from1900
    case from1904

    /// The calendar date of a serial number; the time of day (the fraction) is dropped.
    /// Nil for serial numbers before the system's first day, serial 60 of the 1900 system (the
    /// day that never was), and anything past the year 9999.
    public func date(fromSerial serial: Double) -> CalendarDate? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let day = Int(serial.rounded(.down))
        switch self {
        case .from1900:
            guard day >= 1, day != 60 else { return nil }
            // 1899-12-31 is serial 0; from serial 61 on, one fictitious day is behind us.
            let base = CalendarDate(year: 1899, month: 12, day: 31)?.dayNumber ?? 0
            return CalendarDate(dayNumber: base + (day > 60 ? day - 1 : day))
        case .from1904:
            let base = CalendarDate(year: 1904, month: 1, day: 1)?.dayNumber ?? 0
            return CalendarDate(dayNumber: base + day)
        }
    }
}

/// Whether a number format shows a date: the built-in date formats (ids 14–22, 45–47), or a
/// custom format code with a day, month or year part outside quoted text and `[…]` sections.
public enum NumberFormat {
    static let builtInDateIDs: Set<Int> = Set(14...22).union(45...47)

    public static func isDate(id: Int, code: String?) -> Bool {
        if let code { return isDate(code: code) }
        return builtInDateIDs.contains(id)
    }

    public static func isDate(code: String) -> Bool {
        var inQuotes = false, inBrackets = false, escaped = false
        var sawDayOrYear = false, sawMonth = false, sawTime = false
        // Only the first section (positive numbers) decides.
        for character in code {
            if escaped { escaped = false; continue }
            if inQuotes { if character == "\"" { inQuotes = false }; continue }
            if inBrackets { if character == "]" { inBrackets = false }; continue }
            switch character {
            case "\"": inQuotes = true
            case "[": inBrackets = true
            case "\\", "_", "*": escaped = true
            case ";": return sawDayOrYear || (sawMonth && !sawTime)
            case "d", "D", "y", "Y": sawDayOrYear = true
            case "m", "M": sawMonth = true
            case "h", "H", "s", "S": sawTime = true
            default: break
            }
        }
        // "m" alone is a month only without hours or seconds beside it (h:mm is a time).
        return sawDayOrYear || (sawMonth && !sawTime)
    }
}
