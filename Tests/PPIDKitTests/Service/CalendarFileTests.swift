import Foundation
@testable import PPIDKit
import Testing

/// `kalender/<tahun>.yml` adds to or replaces the built-in days of its year, and `cuti_bersama:
/// kerja` makes collective leave a working day (REQUESTS.md, "Working days"); every deadline
/// (requests, objections, exemptions that end) counts with the result.
@Suite struct CalendarFileTests {
    static func calendar(_ files: [String: String?]) async throws -> WorkingDayCalendar {
        let fixture = try ContentFixture.minimal(files)
        defer { fixture.remove() }
        return await fixture.validate().model.calendar
    }

    static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    @Test func aLocalDayOffIsAddedToTheBuiltInYear() async throws {
        let calendar = try await Self.calendar(["kalender/2026.yml": "tahun: 2026\nlibur:\n  - { tanggal: 2026-06-19, nama: Hari jadi kabupaten }\n"])
        #expect(!calendar.isWorkingDay(Self.day("2026-06-19")))
        #expect(!calendar.isWorkingDay(Self.day("2026-03-19")))   // Nyepi stays a holiday
        // Received Thursday 18 June: Friday 19 June is off, so the first working day is Monday 22.
        #expect(calendar.workingDays(received: Self.day("2026-06-18"), answered: Self.day("2026-06-22")) == 1)
    }

    @Test func replacingTheBuiltInYearAndWorkingCutiBersama() async throws {
        let replaced = try await Self.calendar(["kalender/2026.yml": "tahun: 2026\nganti_bawaan: true\nlibur:\n  - { tanggal: 2026-01-01, nama: Tahun Baru }\n"])
        #expect(replaced.isWorkingDay(Self.day("2026-03-19")))    // Nyepi no longer listed
        #expect(!replaced.isWorkingDay(Self.day("2026-01-01")))
        let working = try await Self.calendar(["kalender/2026.yml": "tahun: 2026\ncuti_bersama: kerja\n"])
        #expect(working.isWorkingDay(Self.day("2026-03-18")))     // cuti bersama Nyepi
        #expect(!working.isWorkingDay(Self.day("2026-03-19")))    // Nyepi itself
    }

    @Test func aYearWithOnlyALocalFileHasThatCalendar() async throws {
        let calendar = try await Self.calendar(["kalender/2027.yml": "tahun: 2027\nlibur:\n  - { tanggal: 2027-01-01, nama: Tahun Baru 2027 Masehi }\n"])
        #expect(calendar.hasCalendar(for: 2027))
        #expect(!calendar.isWorkingDay(Self.day("2027-01-01")))
        #expect(!calendar.hasCalendar(for: 2028))
    }

    @Test func aFileNamedForAnotherYearIsPPID004() async throws {
        let fixture = try ContentFixture.minimal(["kalender/2026.yml": "tahun: 2027\n"])
        defer { fixture.remove() }
        let found = await fixture.findings().filter { $0.rule == .ppid004 }
        #expect(found.map(\.place) == ["Content/kalender/2026.yml:1:8"])
    }

    @Test func theRequestExamplesOfTheSpec() {
        let calendar = WorkingDayCalendar()
        // Received Tuesday 17 March 2026 (18–24 March are Nyepi, Idulfitri and cuti bersama).
        #expect(calendar.workingDays(received: Self.day("2026-03-17"), answered: Self.day("2026-03-25")) == 1)
        // Received Friday 13 March: the 10-day deadline is Monday 6 April (3 April is Wafat Yesus Kristus).
        #expect(calendar.deadline(after: Self.day("2026-03-13"), workingDays: 10) == Self.day("2026-04-06"))
    }
}
