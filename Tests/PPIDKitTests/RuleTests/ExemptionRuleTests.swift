@testable import PPIDKit
import Testing

/// PPID201–PPID212: one broken fixture that makes each rule fire, one good one that keeps it quiet.
/// `RuleFixture.dik` puts `judul` at 2:12, `dasar_hukum` at 3:18, `konsekuensi` at 4:18,
/// `kepentingan_publik` at 5:25 and `jangka_waktu` at 6:19.
@Suite struct ExemptionRuleTests {

    private func findings(of rule: RuleID, dik text: String) async throws -> [Diagnostic] {
        try await RuleFixture.findings(of: rule, ["opd/diskominfo/dik.yml": text])
    }

    // MARK: PPID201

    @Test func ppid201UnknownHuruf() async throws {
        let found = try await findings(of: .ppid201, dik: RuleFixture.exemptionFile(dasarHukum: "Pasal 17 huruf k"))
        #expect(found.map(\.place) == ["\(RuleFixture.dik):3:18"], "\(RuleFixture.describe(found))")
        #expect(found.first?.severity == .error)
        #expect(found.first?.message == "dasar_hukum \"Pasal 17 huruf k\" tidak sah: Pasal 17 tidak memiliki huruf \"k\"; gunakan huruf a–j, misalnya \"Pasal 17 huruf h angka 2\".")
    }

    @Test func ppid201PointsAtTheBadListEntry() async throws {
        let found = try await findings(of: .ppid201, dik: RuleFixture.exemptionFile(dasarHukum: "\n      - Pasal 17 huruf h angka 2\n      - Pasal 17"))
        #expect(found.map(\.place) == ["\(RuleFixture.dik):5:9"], "\(RuleFixture.describe(found))")
        #expect(found.first?.message.contains("\"Pasal 17\" saja tidak cukup") == true)
    }

    @Test func ppid201BasisWithoutPasal17() async throws {
        let twoLetters = try await findings(of: .ppid201, dik: RuleFixture.exemptionFile(dasarHukum: "Pasal 17 huruf a dan b"))
        #expect(twoLetters.first?.message.contains("butir daftar tersendiri") == true)
        let otherArticle = try await findings(of: .ppid201, dik: RuleFixture.exemptionFile(dasarHukum: "Pasal 9 ayat (2) huruf a"))
        #expect(otherArticle.first?.message.contains("bukan rujukan Pasal 17") == true)
        let otherLaw = try await findings(of: .ppid201, dik: RuleFixture.exemptionFile(dasarHukum: "UU 27/2022 tentang Pelindungan Data Pribadi"))
        #expect(otherLaw.map(\.place) == ["\(RuleFixture.dik):3:18"])
        #expect(otherLaw.first?.message.contains("Pasal 17 huruf h angka 2") == true)
        let empty = try await findings(of: .ppid201, dik: RuleFixture.exemptionFile(dasarHukum: "\"\""))
        #expect(empty.map(\.place) == ["\(RuleFixture.dik):3:18"])
    }

    @Test func ppid201QuietOnValidReferences() async throws {
        let found = try await findings(of: .ppid201, dik: RuleFixture.exemptionFile(
            dasarHukum: "\n      - Pasal 17 huruf c angka 7 UU No. 14 Tahun 2008\n      - pasal 17 huruf B Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik"))
        #expect(found.isEmpty, "\(RuleFixture.describe(found))")
    }

    // MARK: PPID202

    @Test func ppid202ConsequenceTooShort() async throws {
        let text = RuleFixture.exemptionFile().replacingOccurrences(of: "    konsekuensi: Membuka hasil uji penetrasi memberi petunjuk kepada penyerang tentang celah sistem yang belum ditutup.",
                                              with: "    konsekuensi: |\n      Membahayakan sistem.\n")
        let found = try await findings(of: .ppid202, dik: text)
        #expect(found.map(\.place) == ["\(RuleFixture.dik):4:18"], "\(RuleFixture.describe(found))")
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("konsekuensi \"Membahayakan sistem.\" hanya 20 karakter") == true)
        #expect(found.first?.message.contains("Pasal 19") == true)
    }

    @Test func ppid202MissingIsReportedOnce() async throws {
        let text = RuleFixture.exemptionFile().replacingOccurrences(of: "    kepentingan_publik: Menutup hasil uji melindungi data warga dan layanan publik daring dari serangan yang lebih merugikan.\n", with: "")
        let found = try await findings(of: .ppid202, dik: text)
        #expect(found.map(\.place) == ["\(RuleFixture.dik):2:5"], "\(RuleFixture.describe(found))")
        #expect(found.first?.message.contains("\"kepentingan_publik\"") == true)
    }

    @Test func ppid202QuietAtFiftyCharacters() async throws {
        let fifty = String(repeating: "é", count: 25) + String(repeating: "a", count: 25)
        let text = RuleFixture.exemptionFile().replacingOccurrences(of: "    kepentingan_publik: Menutup hasil uji melindungi data warga dan layanan publik daring dari serangan yang lebih merugikan.",
                                              with: "    kepentingan_publik: \"  \(fifty)  \"")
        let found = try await findings(of: .ppid202, dik: text)
        #expect(found.isEmpty, "\(RuleFixture.describe(found))")
    }

    // MARK: PPID203

    @Test func ppid203DecisionsAreNeverExempt() async throws {
        let found = try await findings(of: .ppid203, dik: RuleFixture.exemptionFile(judul: "Salinan Surat Keputusan Bupati tentang Tim Keamanan Siber"))
        #expect(found.map(\.place) == ["\(RuleFixture.dik):2:12"], "\(RuleFixture.describe(found))")
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("\"surat keputusan\"") == true)
        #expect(found.first?.message.contains("Pasal 18 ayat (1) huruf b") == true)
    }

    @Test func ppid203FinancialReportsMustBeAnnounced() async throws {
        let found = try await findings(of: .ppid203, dik: RuleFixture.exemptionFile(judul: "Laporan Keuangan Diskominfo Tahun 2025"))
        #expect(found.map(\.place) == ["\(RuleFixture.dik):2:12"])
        #expect(found.first?.message.contains("Pasal 9 ayat (2) huruf c") == true)
    }

    @Test func ppid203QuietOnPersonalDataInsideADecision() async throws {
        let found = try await findings(of: .ppid203, dik: RuleFixture.exemptionFile(judul: "Data pribadi dalam berkas keputusan"))
        #expect(found.isEmpty, "\(RuleFixture.describe(found))")
        let medical = try await findings(of: .ppid203, dik: RuleFixture.exemptionFile(judul: "Rekam medis pasien"))
        #expect(medical.isEmpty)
    }

    // MARK: PPID204

    @Test func ppid204PermanentUnderHurufAToF() async throws {
        let found = try await findings(of: .ppid204, dik: RuleFixture.exemptionFile(dasarHukum: "[Pasal 17 huruf h angka 2, Pasal 17 huruf c angka 7]", jangkaWaktu: "Permanen"))
        #expect(found.map(\.place) == ["\(RuleFixture.dik):6:19"], "\(RuleFixture.describe(found))")
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("jangka_waktu \"Permanen\"") == true)
        #expect(found.first?.message.contains("Pasal 17 huruf c") == true)
        #expect(found.first?.message.contains("Pasal 20") == true)
    }

    @Test func ppid204QuietForPersonalSecrets() async throws {
        let found = try await findings(of: .ppid204, dik: RuleFixture.exemptionFile(dasarHukum: "Pasal 17 huruf h angka 2", jangkaWaktu: "permanen"))
        #expect(found.isEmpty, "\(RuleFixture.describe(found))")
    }

    // MARK: PPID205

    @Test func ppid205PeriodEnded() async throws {
        let years = try await findings(of: .ppid205, dik: RuleFixture.exemptionFile(jangkaWaktu: "1 tahun", tanggal: "2025-02-01"))
        #expect(years.map(\.place) == ["\(RuleFixture.dik):6:19"], "\(RuleFixture.describe(years))")
        #expect(years.first?.severity == .warning)
        #expect(years.first?.message.contains("\"1 tahun\" sejak penetapan 2025-02-01 telah berakhir pada 2026-02-01") == true)
        let date = try await findings(of: .ppid205, dik: RuleFixture.exemptionFile(jangkaWaktu: "2026-11-24"))
        #expect(date.map(\.place) == ["\(RuleFixture.dik):6:19"])
    }

    @Test func ppid205QuietOnEventsAndOnTheLastDay() async throws {
        let event = try await findings(of: .ppid205, dik: RuleFixture.exemptionFile(jangkaWaktu: "sampai putusan pengadilan berkekuatan hukum tetap"))
        #expect(event.isEmpty)
        let lastDay = try await findings(of: .ppid205, dik: RuleFixture.exemptionFile(jangkaWaktu: "2026-11-25"))
        #expect(lastDay.isEmpty, "\(RuleFixture.describe(lastDay))")
        let lastDayOfYears = try await findings(of: .ppid205, dik: RuleFixture.exemptionFile(jangkaWaktu: "1 tahun", tanggal: "2025-11-25"))
        #expect(lastDayOfYears.isEmpty)
    }

    // MARK: PPID206

    @Test func ppid206SameTitleInDIPAndDIK() async throws {
        let found = try await findings(of: .ppid206, dik: RuleFixture.exemptionFile(judul: "laporan   KINERJA tahun 2025"))
        #expect(found.map(\.place) == ["\(RuleFixture.dik):2:12"], "\(RuleFixture.describe(found))")
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("(\(RuleFixture.dip):15, judulnya sama)") == true)
    }

    @Test func ppid206SameIDInOneOPD() async throws {
        let text = RuleFixture.exemptionFile().replacingOccurrences(of: "  - judul: Hasil", with: "  - id: lk-2025\n    judul: Hasil")
        let found = try await RuleFixture.findings(["opd/diskominfo/dik.yml": text])
        #expect(found.filter { $0.rule == .ppid206 }.map(\.place) == ["\(RuleFixture.dik):3:12"], "\(RuleFixture.describe(found))")
        #expect(found.first { $0.rule == .ppid206 }?.message.contains("(\(RuleFixture.dip):26, id \"lk-2025\" sama)") == true)
        #expect(!found.contains { $0.rule == .ppid006 }, "a DIP–DIK clash is PPID206, not PPID006")
    }

    @Test func ppid206QuietOnDistinctInformation() async throws {
        let found = try await findings(of: .ppid206, dik: RuleFixture.exemptionFile(judul: "Laporan kinerja tahun 2025 yang memuat data pribadi"))
        #expect(found.isEmpty, "\(RuleFixture.describe(found))")
    }

    // MARK: PPID207

    @Test func ppid207DecisionAfterToday() async throws {
        let found = try await findings(of: .ppid207, dik: RuleFixture.exemptionFile(tanggal: "2026-11-26"))
        #expect(found.map(\.place) == ["\(RuleFixture.dik):9:16"], "\(RuleFixture.describe(found))")
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("2026-11-26 melewati hari ini (2026-11-25)") == true)
    }

    @Test func ppid207MissingOfficialIsReportedOnce() async throws {
        let text = RuleFixture.exemptionFile().replacingOccurrences(of: "      oleh: PPID Pelaksana Diskominfo", with: "")
        let found = try await findings(of: .ppid207, dik: text)
        #expect(found.map(\.place) == ["\(RuleFixture.dik):8:7"], "\(RuleFixture.describe(found))")
        #expect(found.first?.message.contains("\"oleh\"") == true)
    }

    @Test func ppid207QuietOnToday() async throws {
        let found = try await findings(of: .ppid207, dik: RuleFixture.exemptionFile(tanggal: "2026-11-25"))
        #expect(found.isEmpty, "\(RuleFixture.describe(found))")
    }

    // MARK: PPID208

    @Test func ppid208HurufJWithoutTheLaw() async throws {
        let found = try await findings(of: .ppid208, dik: RuleFixture.exemptionFile(dasarHukum: "Pasal 17 huruf j", extra: "    peraturan_lain: []\n"))
        #expect(found.map(\.place) == ["\(RuleFixture.dik):3:18"], "\(RuleFixture.describe(found))")
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("\"peraturan_lain\" tidak ada atau kosong") == true)
    }

    @Test func ppid208QuietWhenTheLawIsNamed() async throws {
        let found = try await findings(of: .ppid208, dik: RuleFixture.exemptionFile(dasarHukum: "Pasal 17 huruf j", extra: "    peraturan_lain: [UU 7/2017 tentang Pemilihan Umum]\n"))
        #expect(found.isEmpty, "\(RuleFixture.describe(found))")
    }

    // MARK: PPID209

    @Test func ppid209LawEnforcementBeyondThirtyYears() async throws {
        let years = try await findings(of: .ppid209, dik: RuleFixture.exemptionFile(dasarHukum: "Pasal 17 huruf a angka 1", jangkaWaktu: "31 tahun"))
        #expect(years.map(\.place) == ["\(RuleFixture.dik):6:19"], "\(RuleFixture.describe(years))")
        #expect(years.first?.severity == .warning)
        #expect(years.first?.message.contains("\"31 tahun\" melebihi 30 tahun") == true)
        let date = try await findings(of: .ppid209, dik: RuleFixture.exemptionFile(dasarHukum: "Pasal 17 huruf a", jangkaWaktu: "2055-02-02"))
        #expect(date.map(\.place) == ["\(RuleFixture.dik):6:19"])
    }

    @Test func ppid209QuietAtThirtyYears() async throws {
        let years = try await findings(of: .ppid209, dik: RuleFixture.exemptionFile(dasarHukum: "Pasal 17 huruf a", jangkaWaktu: "30 tahun"))
        #expect(years.isEmpty)
        let date = try await findings(of: .ppid209, dik: RuleFixture.exemptionFile(dasarHukum: "Pasal 17 huruf a", jangkaWaktu: "2055-02-01"))
        #expect(date.isEmpty, "\(RuleFixture.describe(date))")
        let otherHuruf = try await findings(of: .ppid209, dik: RuleFixture.exemptionFile(dasarHukum: "Pasal 17 huruf h", jangkaWaktu: "50 tahun"))
        #expect(otherHuruf.isEmpty)
    }

    // MARK: PPID210

    @Test func ppid210WithheldDocumentsAreNeverPublished() async throws {
        let found = try await findings(of: .ppid210, dik: RuleFixture.exemptionFile(extra: "    berkas: berkas/lk-2025.pdf\n"))
        #expect(found.map(\.place) == ["\(RuleFixture.dik):7:5"], "\(RuleFixture.describe(found))")
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("\"berkas\"") == true)
    }

    @Test func ppid210QuietWithoutDocuments() async throws {
        let found = try await findings(of: .ppid210, dik: RuleFixture.exemptionFile())
        #expect(found.isEmpty)
    }

    // MARK: PPID211

    @Test func ppid211OnlyRegulationsBelowALaw() async throws {
        let found = try await findings(of: .ppid211, dik: RuleFixture.exemptionFile(dasarHukum: "Pasal 17 huruf j",
                                                            extra: "    peraturan_lain: [Perbup 5/2020, Peraturan Menteri Dalam Negeri 3/2017]\n"))
        #expect(found.map(\.place) == ["\(RuleFixture.dik):3:18"], "\(RuleFixture.describe(found))")
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.contains("\"Perbup 5/2020\", \"Peraturan Menteri Dalam Negeri 3/2017\"") == true)
    }

    @Test(arguments: ["UU 17/2023 tentang Kesehatan", "Undang-Undang Nomor 23 Tahun 2006", "Perppu 1/2020",
                      "Pasal 322 KUHP", "Kitab Undang-Undang Hukum Acara Pidana"])
    func ppid211QuietWhenALawIsAmongThem(_ law: String) async throws {
        let found = try await findings(of: .ppid211, dik: RuleFixture.exemptionFile(dasarHukum: "Pasal 17 huruf j",
                                                            extra: "    peraturan_lain: [Perbup 5/2020, \(law)]\n"))
        #expect(found.isEmpty, "\(RuleFixture.describe(found))")
    }

    // MARK: PPID212

    @Test func ppid212PublicOfficeIsNotAPersonalSecret() async throws {
        let found = try await findings(of: .ppid212, dik: RuleFixture.exemptionFile(judul: "LHKPN Kepala Dinas", dasarHukum: "Pasal 17 huruf h angka 3"))
        #expect(found.map(\.place) == ["\(RuleFixture.dik):2:12"], "\(RuleFixture.describe(found))")
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.contains("\"lhkpn\"") == true)
        #expect(found.first?.message.contains("Pasal 18 ayat (2) huruf b") == true)
        let profile = try await findings(of: .ppid212, dik: RuleFixture.exemptionFile(judul: "Riwayat hidup dalam profil pejabat", dasarHukum: "Pasal 17 huruf h"))
        #expect(profile.count == 1)
    }

    @Test func ppid212QuietOnPrivateMatters() async throws {
        let found = try await findings(of: .ppid212, dik: RuleFixture.exemptionFile(judul: "Rekam medis pasien", dasarHukum: "Pasal 17 huruf h angka 2"))
        #expect(found.isEmpty)
        let otherHuruf = try await findings(of: .ppid212, dik: RuleFixture.exemptionFile(judul: "Profil pejabat intelijen", dasarHukum: "Pasal 17 huruf c angka 6"))
        #expect(otherHuruf.isEmpty)
    }
}
