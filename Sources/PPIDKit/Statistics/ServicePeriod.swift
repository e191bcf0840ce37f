/// A reporting period of the information service (REQUESTS.md, "Figures"): a calendar year or one
/// of its semesters, ending on its last day or the reference date, whichever is earlier.
public struct ServicePeriod: Sendable, Hashable {
    public enum Kind: String, Sendable { case tahun, semester }

    /// `2025`, `2025-s1`, `2025-s2`.
    public var label: String
    public var kind: Kind
    public var year: Int
    /// 1 or 2 for a semester.
    public var semester: Int?
    public var dari: CalendarDate
    /// The period's last day (not clamped).
    public var sampai: CalendarDate
    /// The last day counted: `sampai` or the reference date, whichever is earlier.
    public var end: CalendarDate
    /// Whether the period is over on the reference date.
    public var lengkap: Bool

    public func contains(_ date: CalendarDate) -> Bool { date >= dari && date <= end }

    /// "Tahun 2025", "Semester I 2026".
    public var title: String {
        switch semester {
        case 1: return "Semester I \(year)"
        case 2: return "Semester II \(year)"
        default: return "Tahun \(year)"
        }
    }

    /// Every year from `firstYear` to the reference date's year, newest first, each followed by
    /// its semesters that have started (`-s1`, then `-s2`).
    public static func all(firstYear: Int, today: CalendarDate) -> [ServicePeriod] {
        guard firstYear <= today.year else { return [] }
        var periods: [ServicePeriod] = []
        for year in stride(from: today.year, through: firstYear, by: -1) {
            guard let first = CalendarDate(year: year, month: 1, day: 1), let last = CalendarDate(year: year, month: 12, day: 31),
                  let midEnd = CalendarDate(year: year, month: 6, day: 30), let midStart = CalendarDate(year: year, month: 7, day: 1) else { continue }
            periods.append(make("\(year)", .tahun, year, nil, first, last, today))
            periods.append(make("\(year)-s1", .semester, year, 1, first, midEnd, today))
            if midStart <= today { periods.append(make("\(year)-s2", .semester, year, 2, midStart, last, today)) }
        }
        return periods
    }

    private static func make(_ label: String, _ kind: Kind, _ year: Int, _ semester: Int?, _ dari: CalendarDate,
                             _ sampai: CalendarDate, _ today: CalendarDate) -> ServicePeriod {
        ServicePeriod(label: label, kind: kind, year: year, semester: semester, dari: dari, sampai: sampai,
                      end: min(sampai, today), lengkap: today > sampai)
    }
}
