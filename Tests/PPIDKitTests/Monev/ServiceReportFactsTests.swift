@testable import PPIDKit
import Testing

/// `laporan-layanan`, `ringkasan-akses` and `tepat-waktu` read the registers through
/// `ServiceReportFacts`; without facts they are not checkable, never met.
@Suite struct ServiceReportFactsTests {
    private func outcome(_ check: MonevCheck, _ facts: ServiceReportFacts?, year: Int = 2026) async throws -> MonevCheckOutcome {
        let fixture = try ContentFixture.minimal()
        defer { fixture.remove() }
        let report = try await MonevFixture.score(fixture.path, year: year, facts: facts)
        return try #require(report.groups.flatMap(\.items).first { $0.item.check == check }).outcome
    }

    private func report(_ ditetapkan: String?, draft: Bool = false) -> ServiceReportFacts {
        ServiceReportFacts(hasRegisters: true, yearsWithRequests: [2025],
                           reports: [2025: .init(ditetapkan: ditetapkan.flatMap { CalendarDate(iso: $0) }, isDraft: draft)])
    }

    @Test func withoutFactsTheRegisterChecksAreNotCheckable() async throws {
        for check in [MonevCheck.laporanLayanan, .ringkasanAkses, .tepatWaktu] {
            let result = try await outcome(check, nil)
            #expect(result.value == nil && result.low == .zero && result.high == .one, "\(check)")
        }
    }

    @Test func theAnnualReportIsDueBy31March() async throws {
        #expect(try await outcome(.laporanLayanan, report("2026-03-31")).value == .one)
        #expect(try await outcome(.laporanLayanan, report("2026-04-01")).value == .zero)
        #expect(try await outcome(.laporanLayanan, report(nil)).value == .zero)
        #expect(try await outcome(.laporanLayanan, report("2026-02-01", draft: true)).value == .zero)
        let none = ServiceReportFacts(hasRegisters: true, yearsWithRequests: [2025])
        let missing = try await outcome(.laporanLayanan, none)
        #expect(missing.value == .zero && missing.shortfalls.first?.berkas == "layanan/laporan/2025.md")
        // No request in 2025: nothing to report on, so not checkable.
        let quiet = ServiceReportFacts(hasRegisters: true, yearsWithRequests: [2024])
        #expect(try await outcome(.laporanLayanan, quiet).value == nil)
    }

    @Test func semestersAndTimeliness() async throws {
        let facts = ServiceReportFacts(hasRegisters: true, yearsWithRequests: [2025],
                                       requestsBySemester: [.init(year: 2025, semester: 2): 4],
                                       onTimePercent: [2025: Score(175, over: 2), 2024: Optional<Score>.none])
        #expect(try await outcome(.ringkasanAkses, facts).value == Score(1, over: 2))
        #expect(try await outcome(.tepatWaktu, facts).value == Score(7, over: 8))
        #expect(try await outcome(.tepatWaktu, facts, year: 2025).value == nil)   // null figure
        #expect(try await outcome(.ringkasanAkses, ServiceReportFacts(hasRegisters: false)).value == nil)
    }
}
