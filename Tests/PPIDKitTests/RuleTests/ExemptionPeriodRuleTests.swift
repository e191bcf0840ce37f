@testable import PPIDKit
import Testing

/// PPID004 on `jangka_waktu`: every period outside its grammar is refused, with the nearest form.
@Suite struct ExemptionPeriodRuleTests {
    private func findings(_ period: String, basis: String = "Pasal 17 huruf c angka 7") async throws -> [Diagnostic] {
        let fixture = try ContentFixture.minimal(["opd/diskominfo/dik.yml": RuleFixture.exemptionFile(dasarHukum: basis, jangkaWaktu: period)])
        defer { fixture.remove() }
        return await fixture.findings().filter { $0.rule == .ppid004 }
    }

    @Test(arguments: [
        ("Tidak terbatas", "tulis \"permanen\""),
        ("selamanya", "Pasal 20"),
        ("5 thn", "tulis \"5 tahun\""),
        ("5 th.", "tulis \"5 tahun\""),
        ("3 Tahunan", "tulis \"3 tahun\""),
        ("6 bulan", "dalam bulan tidak dikenal"),
        ("Dibuka setelah proses lelang selesai", "\"sampai proses lelang selesai\""),
        ("Diberikan jika pemohon adalah pihak berperkara", "\"sampai pemohon adalah pihak berperkara\""),
        ("Dapat dibuka pada waktu pemeriksaan", "sampai"),
        ("31/12/2027", "\"2027-12-31\""),
        ("sampai", "sebutkan peristiwanya"),
        ("lima tahun", "Bentuk yang sah"),
    ])
    func periodsOutsideTheGrammarAreRefusedWithTheNearestForm(_ period: String, _ hint: String) async throws {
        let found = try await findings(period)
        #expect(found.count == 1, "\(period): \(RuleFixture.describe(found))")
        #expect(found.first?.place == "\(RuleFixture.dik):6:19", "\(RuleFixture.describe(found))")
        #expect(found.first?.message.contains(hint) == true, "\(period): \(found.first?.message ?? "")")
        #expect(found.first?.severity == .error)
    }

    @Test(arguments: ["permanen", "Permanen", "4 tahun", "5 (lima) tahun", "5 tahun sejak ditetapkan", "5 tahun sejak penetapan",
                      "2029-01-31", "sampai putusan pengadilan berkekuatan hukum tetap"])
    func periodsInTheGrammarPass(_ period: String) async throws {
        let found = try await findings(period, basis: "Pasal 17 huruf h angka 2")
        #expect(found.isEmpty, "\(period): \(RuleFixture.describe(found))")
    }

    @Test func writtenFormsOfYearsCountFromTheDecision() {
        #expect(ExemptionPeriod("5 (lima) tahun") == .years(5))
        #expect(ExemptionPeriod("5 tahun sejak ditetapkan") == .years(5))
        #expect(ExemptionPeriod("5 thn") == nil)
        #expect(ExemptionPeriod("tidak terbatas") == nil)
    }
}
