/// Working days (hari kerja) as UU 14/2008 counts its deadlines: Monday to Friday, less national
/// holidays and cuti bersama (REQUESTS.md, "Working days"). The one calendar every deadline of
/// `ppid` uses — requests, objections, disputes and exemptions that end.
public struct WorkingDayCalendar: Sendable {
    /// Days off by day number.
    private let daysOff: Set<Int>
    /// Years with a calendar (built-in or local); other years count weekends only (PPID508).
    public let knownYears: Set<Int>

    /// The built-in years, with each local file added to (or replacing) its year.
    public init(builtIn: [Int: [Holiday]] = BuiltInHolidays.years, local: [LocalCalendarYear] = []) {
        var byYear = builtIn
        var workingCuti: Set<Int> = []
        for file in local {
            byYear[file.year] = (file.replacesBuiltIn ? [] : byYear[file.year] ?? []) + file.holidays
            if file.cutiBersamaIsWorkingDay { workingCuti.insert(file.year) }
        }
        var off: Set<Int> = []
        for (year, holidays) in byYear {
            for holiday in holidays where holiday.date.year == year {
                if holiday.kind == .cutiBersama && workingCuti.contains(year) { continue }
                off.insert(holiday.date.dayNumber)
            }
        }
        daysOff = off
        knownYears = Set(byYear.keys)
    }

    /// 0 Sunday … 6 Saturday.
    static func weekday(_ date: CalendarDate) -> Int {
        ((date.dayNumber % 7) + 11) % 7
    }

    public func isWorkingDay(_ date: CalendarDate) -> Bool {
        let weekday = Self.weekday(date)
        return weekday != 0 && weekday != 6 && !daysOff.contains(date.dayNumber)
    }

    /// Whether `year` has a holiday calendar.
    public func hasCalendar(for year: Int) -> Bool { knownYears.contains(year) }

    /// The working days d with `start` < d ≤ `end` (0 when `end` is not after `start`).
    public func workingDays(after start: CalendarDate, through end: CalendarDate) -> Int {
        guard end > start else { return 0 }
        var count = 0
        var day = start.dayNumber + 1
        while day <= end.dayNumber {
            if isWorkingDay(CalendarDate(dayNumber: day)) { count += 1 }
            day += 1
        }
        return count
    }

    /// Working days from a receipt on `received` to an answer on `answered`: the answer day moves to
    /// the next working day when it is none, and the receipt day never counts.
    public func workingDays(received: CalendarDate, answered: CalendarDate) -> Int {
        workingDays(after: received, through: nextWorkingDay(onOrAfter: answered))
    }

    /// `date` when it is a working day, else the next one.
    public func nextWorkingDay(onOrAfter date: CalendarDate) -> CalendarDate {
        var day = date
        // Bounded: no calendar has more than a few weeks of consecutive days off.
        for _ in 0..<366 where !isWorkingDay(day) { day = day.adding(days: 1) }
        return day
    }

    /// The `count`-th working day after `start` (the deadline of a time limit of `count` working days).
    public func deadline(after start: CalendarDate, workingDays count: Int) -> CalendarDate {
        var day = start
        var remaining = max(0, count)
        while remaining > 0 {
            day = day.adding(days: 1)
            if isWorkingDay(day) { remaining -= 1 }
        }
        return day
    }

    /// The years between two dates (inclusive) that have no calendar.
    public func yearsWithoutCalendar(from start: CalendarDate, through end: CalendarDate) -> [Int] {
        guard start <= end else { return [] }
        return (start.year...end.year).filter { !hasCalendar(for: $0) }
    }
}
