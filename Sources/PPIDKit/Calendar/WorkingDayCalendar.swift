/// Working days (hari kerja) as UU 14/2008 counts its deadlines: Monday to Friday, less national
/// holidays and cuti bersama (REQUESTS.md, "Working days"). The one calendar every deadline of
/// `ppid` uses — requests, objections, disputes and exemptions that end.
///
/// Counting is constant-time inside `indexedYears` (a running count of working days per day,
/// built once): a province's register of 100 000 requests is counted for every period without
/// walking day by day. Outside that range days are walked one by one.
public struct WorkingDayCalendar: Sendable {
    /// Days off by day number.
    private let daysOff: Set<Int>
    /// Years with a calendar (built-in or local); other years count weekends only (PPID508).
    public let knownYears: Set<Int>
    /// The years counted through `running`.
    static let indexedYears = 2000...2100
    /// Day number of 1 January of the first indexed year.
    private let firstDay: Int
    /// `running[i]`: working days from the first indexed day up to and including day `firstDay + i`.
    private let running: [Int32]

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
        let first = CalendarDate(year: Self.indexedYears.lowerBound, month: 1, day: 1)?.dayNumber ?? 0
        let last = CalendarDate(year: Self.indexedYears.upperBound, month: 12, day: 31)?.dayNumber ?? 0
        var running: [Int32] = []
        running.reserveCapacity(max(0, last - first + 1))
        var count: Int32 = 0
        for day in stride(from: first, through: last, by: 1) {
            if Self.isWorkingDay(dayNumber: day, daysOff: off) { count += 1 }
            running.append(count)
        }
        firstDay = first
        self.running = running
    }

    /// 0 Sunday … 6 Saturday.
    static func weekday(_ date: CalendarDate) -> Int { weekday(dayNumber: date.dayNumber) }

    static func weekday(dayNumber: Int) -> Int { ((dayNumber % 7) + 11) % 7 }

    private static func isWorkingDay(dayNumber: Int, daysOff: Set<Int>) -> Bool {
        let weekday = weekday(dayNumber: dayNumber)
        return weekday != 0 && weekday != 6 && !daysOff.contains(dayNumber)
    }

    private func isWorkingDay(dayNumber: Int) -> Bool {
        let index = dayNumber - firstDay
        if index >= 1, index < running.count { return running[index] != running[index - 1] }
        return Self.isWorkingDay(dayNumber: dayNumber, daysOff: daysOff)
    }

    public func isWorkingDay(_ date: CalendarDate) -> Bool { isWorkingDay(dayNumber: date.dayNumber) }

    /// Whether `year` has a holiday calendar.
    public func hasCalendar(for year: Int) -> Bool { knownYears.contains(year) }

    /// The working days d with `start` < d ≤ `end` (0 when `end` is not after `start`).
    public func workingDays(after start: CalendarDate, through end: CalendarDate) -> Int {
        workingDays(afterDay: start.dayNumber, throughDay: end.dayNumber)
    }

    private func workingDays(afterDay start: Int, throughDay end: Int) -> Int {
        guard end > start else { return 0 }
        let (a, b) = (start - firstDay, end - firstDay)
        if a >= 0, b < running.count { return Int(running[b] - running[a]) }
        var count = 0
        for day in (start + 1)...end where isWorkingDay(dayNumber: day) { count += 1 }
        return count
    }

    /// Working days from a receipt on `received` to an answer on `answered`: the answer day moves to
    /// the next working day when it is none, and the receipt day never counts.
    public func workingDays(received: CalendarDate, answered: CalendarDate) -> Int {
        workingDays(afterDay: received.dayNumber, throughDay: nextWorkingDay(onOrAfter: answered.dayNumber))
    }

    /// `date` when it is a working day, else the next one.
    public func nextWorkingDay(onOrAfter date: CalendarDate) -> CalendarDate {
        CalendarDate(dayNumber: nextWorkingDay(onOrAfter: date.dayNumber))
    }

    private func nextWorkingDay(onOrAfter start: Int) -> Int {
        var day = start
        // Bounded: no calendar has more than a few weeks of consecutive days off.
        for _ in 0..<366 where !isWorkingDay(dayNumber: day) { day += 1 }
        return day
    }

    /// The `count`-th working day after `start` (the deadline of a time limit of `count` working days).
    public func deadline(after start: CalendarDate, workingDays count: Int) -> CalendarDate {
        var day = start.dayNumber
        var remaining = max(0, count)
        while remaining > 0 {
            day += 1
            if isWorkingDay(dayNumber: day) { remaining -= 1 }
        }
        return CalendarDate(dayNumber: day)
    }

    /// The years between two dates (inclusive) that have no calendar.
    public func yearsWithoutCalendar(from start: CalendarDate, through end: CalendarDate) -> [Int] {
        guard start <= end else { return [] }
        return (start.year...end.year).filter { !hasCalendar(for: $0) }
    }
}
