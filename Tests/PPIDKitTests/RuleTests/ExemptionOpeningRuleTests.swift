@testable import PPIDKit
import Testing

/// PPID213 (an exemption ends within 30 working days) and PPID214 (`dibuka` and `dari_dik`), with
/// the rules they displace: PPID003/004 inside `dibuka`, PPID205, PPID206 and PPID210 (LIFECYCLE.md).
@Suite struct ExemptionOpeningRuleTests {
    /// The one-item DIK of `RuleFixture.exemptionFile` (penetapan on line 7–10) with `dibuka` from line 11.
    static func dik(jangkaWaktu: String = "2026-06-30", tanggal: String = "2025-02-01", dibuka: String?) -> String {
        RuleFixture.exemptionFile(jangkaWaktu: jangkaWaktu, tanggal: tanggal) + (dibuka.map { "\n    dibuka:\($0)\n" } ?? "\n")
    }

    static let complete = """

          tanggal: 2026-07-01
          nomor: 005/PPID-Diskominfo/2026
          alasan: jangka-waktu-berakhir
    """

    static let id = "hasil-uji-penetrasi-sistem-informasi-pemerintah-daerah"

    // MARK: PPID213

    @Test func aPeriodEndingWithinThirtyWorkingDaysAsksForTheAnnouncement() async throws {
        let found = try await RuleFixture.findings(of: .ppid213, ["opd/diskominfo/dik.yml": Self.dik(jangkaWaktu: "2026-12-18", dibuka: nil)])
        #expect(found.count == 1, "\(RuleFixture.describe(found))")
        #expect(found.first?.place == "\(RuleFixture.dik):6:19")
        #expect(found.first?.severity == .warning)
        let message = found.first?.message ?? ""
        #expect(message.contains("berakhir pada 2026-12-18 (17 hari kerja lagi)"), "\(message)")
        #expect(message.contains("siapkan pengumuman pembukaannya sebelum 18 Desember 2026"), "\(message)")
        #expect(message.contains("PP 61/2010"), "\(message)")
    }

    @Test func aPeriodInYearsEndsCountedFromThePenetapan() async throws {
        let found = try await RuleFixture.findings(of: .ppid213, ["opd/diskominfo/dik.yml": Self.dik(jangkaWaktu: "4 tahun", tanggal: "2022-12-10", dibuka: nil)])
        #expect(found.count == 1, "\(RuleFixture.describe(found))")
        #expect(found.first?.message.contains("berakhir pada 2026-12-10") == true, "\(RuleFixture.describe(found))")
    }

    @Test func theThirtiethWorkingDayWarnsAndTheThirtyFirstDoesNot() async throws {
        let calendar = WorkingDayCalendar()
        let thirtieth = calendar.deadline(after: ContentFixture.today, workingDays: 30)
        let thirtyFirst = calendar.deadline(after: ContentFixture.today, workingDays: 31)
        let warned = try await RuleFixture.findings(of: .ppid213, ["opd/diskominfo/dik.yml": Self.dik(jangkaWaktu: thirtieth.iso, dibuka: nil)])
        #expect(warned.count == 1, "\(thirtieth.iso): \(RuleFixture.describe(warned))")
        let quiet = try await RuleFixture.findings(of: .ppid213, ["opd/diskominfo/dik.yml": Self.dik(jangkaWaktu: thirtyFirst.iso, dibuka: nil)])
        #expect(quiet.isEmpty, "\(thirtyFirst.iso): \(RuleFixture.describe(quiet))")
    }

    @Test func noWarningOnceTheOpeningIsDecidedOrForPeriodsWithoutAnEnd() async throws {
        let future = """

              tanggal: 2026-12-19
              nomor: 005/PPID-Diskominfo/2026
              alasan: jangka-waktu-berakhir
        """
        for (period, dibuka) in [("2026-12-18", Optional(future)), ("permanen", nil), ("sampai audit selesai", nil), ("2026-11-24", nil)] {
            let found = try await RuleFixture.findings(of: .ppid213, ["opd/diskominfo/dik.yml": Self.dik(jangkaWaktu: period, dibuka: dibuka)])
            #expect(found.isEmpty, "\(period): \(RuleFixture.describe(found))")
        }
    }

    // MARK: PPID205

    @Test func anEndedPeriodWithDibukaIsNoLongerReportedAsExpired() async throws {
        let opened = try await RuleFixture.findings(["opd/diskominfo/dik.yml": Self.dik(dibuka: Self.complete)])
        #expect(opened.isEmpty, "\(RuleFixture.describe(opened))")
        let standing = try await RuleFixture.findings(of: .ppid205, ["opd/diskominfo/dik.yml": Self.dik(dibuka: nil)])
        #expect(standing.count == 1)
    }

    // MARK: PPID214

    @Test func aDibukaWithoutNomorIsPPID214NotPPID003() async throws {
        let found = try await RuleFixture.findings(["opd/diskominfo/dik.yml": Self.dik(dibuka: """

              tanggal: 2026-07-01
              alasan: jangka-waktu-berakhir
        """)])
        #expect(found.map(\.rule) == [.ppid214], "\(RuleFixture.describe(found))")
        #expect(found.first?.place == "\(RuleFixture.dik):12:7")
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("\"nomor\"") == true)
    }

    @Test func anUnknownAlasanIsPPID214WithTheNearestWord() async throws {
        let found = try await RuleFixture.findings(["opd/diskominfo/dik.yml": Self.dik(dibuka: """

              tanggal: 2026-07-01
              nomor: 005/PPID-Diskominfo/2026
              alasan: jangka-waktu-berakhr
        """)])
        #expect(found.map(\.rule) == [.ppid214], "\(RuleFixture.describe(found))")
        #expect(found.first?.place == "\(RuleFixture.dik):14:15")
        #expect(found.first?.message.contains("Maksud Anda \"jangka-waktu-berakhir\"?") == true, "\(found.first?.message ?? "")")
    }

    @Test func aDibukaOfTheWrongShapeOrEmptyIsPPID214NotPPID004() async throws {
        for dibuka in [" ya", " [2026-07-01]", "", """

              tanggal: [2026-07-01]
              nomor: 005/PPID-Diskominfo/2026
              alasan: jangka-waktu-berakhir
        """] {
            let found = try await RuleFixture.findings(["opd/diskominfo/dik.yml": Self.dik(dibuka: dibuka)])
            // An item whose dibuka is not usable still stands, and its period has ended.
            let rules = found.map(\.rule).filter { $0 != .ppid205 }
            #expect(rules == [.ppid214], "\(dibuka): \(RuleFixture.describe(found))")
        }
    }

    @Test func aDibukaBeforeThePenetapanIsPPID214() async throws {
        let found = try await RuleFixture.findings(["opd/diskominfo/dik.yml": Self.dik(dibuka: """

              tanggal: 2025-01-15
              nomor: 005/PPID-Diskominfo/2026
              alasan: uji-konsekuensi-ulang
        """)])
        #expect(found.map(\.rule) == [.ppid214], "\(RuleFixture.describe(found))")
        #expect(found.first?.place == "\(RuleFixture.dik):12:16")
        #expect(found.first?.message.contains("dibuka.tanggal 2025-01-15 lebih awal daripada penetapan.tanggal 2025-02-01") == true)
    }

    @Test func aDariDikThatNamesNoExemptionOfItsOPDIsPPID214() async throws {
        let dip = Samples.dip + "\n    dari_dik: hasil-uji-penetrasi-sistem-informasi-pemerintah-daera\n"
        let found = try await RuleFixture.findings(["opd/diskominfo/dik.yml": Self.dik(dibuka: Self.complete),
                                                    "opd/diskominfo/dip.yml": dip])
        #expect(found.map(\.rule) == [.ppid214], "\(RuleFixture.describe(found))")
        #expect(found.first?.place.hasPrefix("\(RuleFixture.dip):") == true)
        #expect(found.first?.message.contains("maksud Anda \"\(Self.id)\"?") == true, "\(found.first?.message ?? "")")
        let named = try await RuleFixture.findings(["opd/diskominfo/dik.yml": Self.dik(dibuka: Self.complete),
                                                    "opd/diskominfo/dip.yml": Samples.dip + "\n    dari_dik: \(Self.id)\n"])
        #expect(named.isEmpty, "\(RuleFixture.describe(named))")
    }

    // MARK: PPID210, PPID010, PPID206, PPID014

    @Test func rawHTMLInTheCatatanIsDroppedAndSaidSo() async throws {
        let found = try await RuleFixture.findings(["opd/diskominfo/dik.yml": Self.dik(dibuka: Self.complete + "\n      catatan: Lihat <b>lampiran</b>.")])
        #expect(found.map(\.rule) == [.ppid014], "\(RuleFixture.describe(found))")
        #expect(found.first?.place == "\(RuleFixture.dik):15:16")
    }

    @Test func theBerkasOfAnOpenedItemIsAllowedAndMustExist() async throws {
        let withBerkas = Self.complete + "\n      berkas: berkas/hasil-uji.pdf"
        let missing = try await RuleFixture.findings(["opd/diskominfo/dik.yml": Self.dik(dibuka: withBerkas)])
        #expect(missing.map(\.rule) == [.ppid010], "\(RuleFixture.describe(missing))")
        #expect(missing.first?.place == "\(RuleFixture.dik):15:15")
        let present = try await RuleFixture.findings(["opd/diskominfo/dik.yml": Self.dik(dibuka: withBerkas),
                                                      "opd/diskominfo/berkas/hasil-uji.pdf": "%PDF-1.4"])
        #expect(present.isEmpty, "\(RuleFixture.describe(present))")
    }

    @Test func anOpenedItemAndItsDIPEntryAreNoClash() async throws {
        let dip = Samples.dip.replacingOccurrences(of: "judul: Daftar Aplikasi Layanan Publik", with: "judul: Hasil uji penetrasi sistem informasi pemerintah daerah")
            + "\n    dari_dik: \(Self.id)\n"
        let found = try await RuleFixture.findings(of: .ppid206, ["opd/diskominfo/dik.yml": Self.dik(dibuka: Self.complete),
                                                                  "opd/diskominfo/dip.yml": dip])
        #expect(found.isEmpty, "\(RuleFixture.describe(found))")
        let clash = try await RuleFixture.findings(of: .ppid206, ["opd/diskominfo/dik.yml": Self.dik(dibuka: nil),
                                                                  "opd/diskominfo/dip.yml": dip])
        #expect(clash.count == 1)
    }
}
