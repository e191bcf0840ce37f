@testable import PPIDKit
import Testing

/// Working days on known dates of the 2025 and 2026 calendars (SKB of the three ministers).
@Suite struct WorkingDayCalendarTests {
    let calendar = WorkingDayCalendar()

    private func date(_ text: String) -> CalendarDate {
        CalendarDate(iso: text) ?? CalendarDate(dayNumber: 0)
    }

    @Test func weekdaysAndWeekends() {
        #expect(WorkingDayCalendar.weekday(date("1970-01-01")) == 4, "a Thursday")
        #expect(WorkingDayCalendar.weekday(date("2026-12-01")) == 2, "a Tuesday")
        #expect(calendar.isWorkingDay(date("2026-12-01")))
        #expect(!calendar.isWorkingDay(date("2026-11-29")), "Sunday")
        #expect(!calendar.isWorkingDay(date("2026-11-28")), "Saturday")
    }

    @Test func holidaysAndCutiBersamaOf2026() {
        for day in ["2026-01-01", "2026-01-16", "2026-02-16", "2026-02-17", "2026-03-18", "2026-03-19", "2026-03-20",
                    "2026-03-23", "2026-03-24", "2026-04-03", "2026-05-01", "2026-05-14", "2026-05-15", "2026-05-27",
                    "2026-05-28", "2026-06-01", "2026-06-16", "2026-08-17", "2026-08-25", "2026-12-24", "2026-12-25"] {
            #expect(!calendar.isWorkingDay(date(day)), "\(day)")
        }
        #expect(BuiltInHolidays.year2026.filter { $0.kind == .libur }.count == 17)
        #expect(BuiltInHolidays.year2026.filter { $0.kind == .cutiBersama }.count == 8)
        #expect(BuiltInHolidays.year2025.filter { $0.kind == .libur }.count == 17)
        #expect(BuiltInHolidays.year2025.filter { $0.kind == .cutiBersama }.count == 11, "10, and 18 August added by the 2025 amendment")
        #expect(!calendar.isWorkingDay(date("2025-08-18")))
        #expect(!calendar.isWorkingDay(date("2025-04-07")), "cuti bersama Idulfitri 2025")
    }

    @Test func aRequestReceivedTheDayBeforeNyepi2026() {
        // Tuesday 17 March 2026; 18–24 March are Nyepi, Idulfitri and their cuti bersama.
        #expect(calendar.workingDays(received: date("2026-03-17"), answered: date("2026-03-25")) == 1)
        #expect(calendar.deadline(after: date("2026-03-17"), workingDays: 10) == date("2026-04-08"))
    }

    @Test func tenWorkingDaysFromFriday13March2026EndOnMonday6April() {
        #expect(calendar.deadline(after: date("2026-03-13"), workingDays: 10) == date("2026-04-06"))
        #expect(calendar.deadline(after: date("2026-03-13"), workingDays: 17) == date("2026-04-15"))
    }

    @Test func theReceiptDayNeverCountsAndAnAnswerOnADayOffMovesForward() {
        #expect(calendar.workingDays(received: date("2026-12-01"), answered: date("2026-12-01")) == 0)
        #expect(calendar.workingDays(received: date("2026-11-29"), answered: date("2026-11-30")) == 1, "received on Sunday")
        // Answered on Saturday 5 December: counted to Monday 7 December.
        #expect(calendar.workingDays(received: date("2026-12-01"), answered: date("2026-12-05")) == 4)
        #expect(calendar.workingDays(after: date("2026-12-01"), through: date("2026-12-05")) == 3, "no moving forward at a period's end")
        // Idulfitri 2025: received Friday 28 March (cuti bersama), answered Tuesday 8 April.
        #expect(calendar.workingDays(received: date("2025-03-28"), answered: date("2025-04-08")) == 1)
    }

    @Test func aLocalCalendarAddsReplacesAndTurnsCutiBersamaIntoWorkingDays() {
        let local = LocalCalendarYear(year: 2026, holidays: [Holiday(date("2026-06-19"), "Hari jadi kabupaten")], cutiBersamaIsWorkingDay: true)
        let withLocal = WorkingDayCalendar(local: [local])
        #expect(!withLocal.isWorkingDay(date("2026-06-19")))
        #expect(withLocal.isWorkingDay(date("2026-03-18")), "cuti bersama worked here")
        #expect(!withLocal.isWorkingDay(date("2026-03-19")), "Nyepi stays a holiday")
        let replacing = WorkingDayCalendar(local: [LocalCalendarYear(year: 2026, holidays: [], replacesBuiltIn: true)])
        #expect(replacing.isWorkingDay(date("2026-03-19")))
        let future = WorkingDayCalendar(local: [LocalCalendarYear(year: 2027, holidays: [Holiday(date("2027-01-01"), "Tahun Baru")])])
        #expect(future.hasCalendar(for: 2027))
        #expect(!future.isWorkingDay(date("2027-01-01")))
        #expect(calendar.yearsWithoutCalendar(from: date("2024-12-30"), through: date("2027-01-04")) == [2024, 2027])
    }
}
