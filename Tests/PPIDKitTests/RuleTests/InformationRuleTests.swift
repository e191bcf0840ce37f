@testable import PPIDKit
import Testing

/// PPID101–PPID107: one broken fixture that makes each rule fire, one good one that keeps it quiet.
@Suite struct InformationRuleTests {
    /// A DIP with one item: the lines given, after `judul` (line 2), at four spaces.
    private func dip(_ lines: String) -> String {
        "informasi:\n  - judul: Peta Rawan Banjir Kabupaten\n" + lines
    }

    private let complete = """
        ringkasan: Peta daerah rawan banjir.
        penguasa: Bidang Kedaruratan
        penanggung_jawab: Kepala Pelaksana BPBD
        bentuk: [softcopy]
        retensi: 5 tahun

    """

    // MARK: PPID101

    @Test func ppid101KategoriNotAnAllowedWord() async throws {
        let found = try await RuleFixture.findings(of: .ppid101, [
            "opd/diskominfo/dip.yml": dip("    kategori: berkalla\n    waktu_pembuatan: 2026\n" + complete),
        ])
        #expect(found.map(\.place) == ["\(RuleFixture.dip):3:15"], "\(RuleFixture.describe(found))")
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("\"berkalla\"") == true)
        #expect(found.first?.message.contains("berkala, serta-merta, setiap-saat") == true)
        #expect(found.first?.message.contains("Maksud Anda \"berkala\"?") == true)
    }

    @Test func ppid101QuietOnAllowedWords() async throws {
        let found = try await RuleFixture.findings(of: .ppid101, [
            "opd/diskominfo/dip.yml": dip("    kategori: serta-merta\n    waktu_pembuatan: 2026\n    berkas: berkas/profil.pdf\n" + complete),
        ])
        #expect(found.isEmpty, "\(RuleFixture.describe(found))")
    }

    // MARK: PPID102

    @Test func ppid102BasisOfAnotherCategory() async throws {
        let found = try await RuleFixture.findings(of: .ppid102, [
            "opd/diskominfo/dip.yml": dip("    kategori: berkala\n    dasar: Pasal 11 ayat (1) huruf c\n    waktu_pembuatan: 2026\n    diperbarui: 2026-10-01\n" + complete),
        ])
        #expect(found.map(\.place) == ["\(RuleFixture.dip):4:12"], "\(RuleFixture.describe(found))")
        #expect(found.first?.severity == .error)
        let message = found.first?.message ?? ""
        #expect(message.contains("\"Pasal 11 ayat (1) huruf c\""))
        #expect(message.contains("dasar informasi setiap-saat"))
        #expect(message.contains("Pasal 9 ayat (2) huruf X"))
    }

    @Test func ppid102InvalidReferenceShowsTheExpectedForm() async throws {
        let found = try await RuleFixture.findings(of: .ppid102, [
            "opd/diskominfo/dip.yml": dip("    kategori: berkala\n    dasar: Pasal 9 ayat (2) huruf e\n    waktu_pembuatan: 2026\n    diperbarui: 2026-10-01\n" + complete),
        ])
        #expect(found.map(\.place) == ["\(RuleFixture.dip):4:12"])
        #expect(found.first?.message == "dasar \"Pasal 9 ayat (2) huruf e\" tidak sah: Pasal 9 ayat (2) tidak memiliki huruf \"e\"; gunakan huruf a–d, misalnya \"Pasal 9 ayat (2) huruf c\".")
    }

    @Test func ppid102NotAnArticleAndExemptionBasis() async throws {
        let text = dip("    kategori: serta-merta\n    dasar: Keadaan darurat bencana\n    waktu_pembuatan: 2026\n    tautan: https://contoh.go.id/peta\n" + complete)
            + "  - judul: Data Dukcapil\n    kategori: setiap-saat\n    dasar: Pasal 17 huruf h\n    waktu_pembuatan: 2026\n" + complete
        let found = try await RuleFixture.findings(of: .ppid102, ["opd/diskominfo/dip.yml": text])
        #expect(found.map(\.place) == ["\(RuleFixture.dip):4:12", "\(RuleFixture.dip):14:12"], "\(RuleFixture.describe(found))")
        #expect(found.first?.message.contains("rujukan harus diawali \"Pasal\"") == true)
        #expect(found.first?.message.contains("\"Pasal 10\", \"Pasal 10 ayat (1)\" atau \"Pasal 10 ayat (2)\"") == true)
        #expect(found.last?.message.contains("dasar informasi yang dikecualikan") == true)
    }

    @Test func ppid102QuietOnFittingOrAbsentBasis() async throws {
        let text = dip("    kategori: serta-merta\n    dasar: pasal 10 ayat 1 UU 14/2008\n    waktu_pembuatan: 2026\n    tautan: https://contoh.go.id/peta\n" + complete)
            + "  - judul: Rencana Kerja 2026\n    kategori: setiap-saat\n    waktu_pembuatan: 2026\n" + complete
        let found = try await RuleFixture.findings(of: .ppid102, ["opd/diskominfo/dip.yml": text])
        #expect(found.isEmpty, "\(RuleFixture.describe(found))")
    }

    // MARK: PPID103

    @Test func ppid103BerkalaOlderThanSixMonths() async throws {
        let found = try await RuleFixture.findings(of: .ppid103, [
            "opd/diskominfo/dip.yml": dip("    kategori: berkala\n    waktu_pembuatan: 2026\n    diperbarui: 2026-05-24\n    berkas: berkas/profil.pdf\n" + complete),
        ])
        #expect(found.map(\.place) == ["\(RuleFixture.dip):5:17"], "\(RuleFixture.describe(found))")
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.contains("2026-05-24") == true)
        #expect(found.first?.message.contains("Pasal 9 ayat (3)") == true)
    }

    @Test func ppid103QuietAtExactlySixMonths() async throws {
        let found = try await RuleFixture.findings(of: .ppid103, [
            "opd/diskominfo/dip.yml": dip("    kategori: berkala\n    waktu_pembuatan: 2026\n    diperbarui: 2026-05-25\n    berkas: berkas/profil.pdf\n" + complete),
        ])
        #expect(found.isEmpty, "\(RuleFixture.describe(found))")
    }

    // MARK: PPID104

    @Test func ppid104BerkalaWithoutDiperbarui() async throws {
        let text = dip("    kategori: berkala\n    waktu_pembuatan: 2026\n    berkas: berkas/profil.pdf\n" + complete)
            + "  - judul: Laporan Kinerja\n    kategori: berkala\n    waktu_pembuatan: 2026\n    diperbarui:\n    berkas: berkas/profil.pdf\n" + complete
        let found = try await RuleFixture.findings(["opd/diskominfo/dip.yml": text])
        let hits = found.filter { $0.rule == .ppid104 }
        #expect(hits.map(\.place) == ["\(RuleFixture.dip):2:5", "\(RuleFixture.dip):14:5"], "\(RuleFixture.describe(found))")
        #expect(hits.first?.severity == .error)
        #expect(hits.first?.message.contains("\"Peta Rawan Banjir Kabupaten\" tidak memiliki \"diperbarui\"") == true)
        #expect(!found.contains { $0.rule == .ppid003 }, "PPID104 instead of PPID003")
    }

    @Test func ppid104QuietOnOtherCategoriesAndOnBadDates() async throws {
        let text = dip("    kategori: setiap-saat\n    waktu_pembuatan: 2026\n" + complete)
            + "  - judul: Laporan Kinerja\n    kategori: berkala\n    waktu_pembuatan: 2026\n    diperbarui: 2026-3-1\n    berkas: berkas/profil.pdf\n" + complete
        let found = try await RuleFixture.findings(["opd/diskominfo/dip.yml": text])
        #expect(!found.contains { $0.rule == .ppid104 }, "\(RuleFixture.describe(found))")
        #expect(found.filter { $0.rule == .ppid005 }.map(\.place) == ["\(RuleFixture.dip):13:17"], "a bad date is PPID005 only")
    }

    // MARK: PPID105

    @Test func ppid105AnnouncedButNotOnTheSite() async throws {
        let found = try await RuleFixture.findings(of: .ppid105, [
            "opd/diskominfo/dip.yml": dip("    kategori: serta-merta\n    waktu_pembuatan: 2026\n" + complete),
        ])
        #expect(found.map(\.place) == ["\(RuleFixture.dip):2:5"], "\(RuleFixture.describe(found))")
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.contains("serta-merta \"Peta Rawan Banjir Kabupaten\"") == true)
        #expect(found.first?.message.contains("\"berkas\" maupun \"tautan\"") == true)
    }

    @Test func ppid105QuietOnSetiapSaatAndLinkedItems() async throws {
        let text = dip("    kategori: setiap-saat\n    waktu_pembuatan: 2026\n" + complete)
            + "  - judul: Peringatan Dini Cuaca\n    kategori: serta-merta\n    waktu_pembuatan: 2026\n    tautan: https://bmkg.go.id\n" + complete
        let found = try await RuleFixture.findings(of: .ppid105, ["opd/diskominfo/dip.yml": text])
        #expect(found.isEmpty, "\(RuleFixture.describe(found))")
    }

    // MARK: PPID106

    @Test func ppid106DatesAfterToday() async throws {
        let text = dip("    kategori: berkala\n    waktu_pembuatan: 2027\n    diperbarui: 2026-11-26\n    berkas: berkas/profil.pdf\n" + complete)
            + "  - judul: Data Aplikasi\n    kategori: setiap-saat\n    waktu_pembuatan: 2026-12-01\n" + complete
        let found = try await RuleFixture.findings(of: .ppid106, ["opd/diskominfo/dip.yml": text])
        #expect(found.map(\.place) == ["\(RuleFixture.dip):4:22", "\(RuleFixture.dip):5:17", "\(RuleFixture.dip):14:22"],
                "\(RuleFixture.describe(found))")
        #expect(found.allSatisfy { $0.severity == .error })
        #expect(found.first?.message.contains("waktu_pembuatan 2027 melewati hari ini (2026-11-25)") == true)
        #expect(found[1].message.contains("diperbarui 2026-11-26") == true)
    }

    @Test func ppid106QuietOnTodayAndThisYear() async throws {
        let found = try await RuleFixture.findings(of: .ppid106, [
            "opd/diskominfo/dip.yml": dip("    kategori: berkala\n    waktu_pembuatan: 2026\n    diperbarui: 2026-11-25\n    berkas: berkas/profil.pdf\n" + complete),
        ])
        #expect(found.isEmpty, "\(RuleFixture.describe(found))")
    }

    // MARK: PPID107

    @Test func ppid107OneFindingPerMissingHuruf() async throws {
        let text = "penetapan:\n  nomor: 1/2026\n" + dip("    kategori: berkala\n    dasar: Pasal 9 ayat (2) huruf b\n    waktu_pembuatan: 2026\n    diperbarui: 2026-10-01\n    berkas: berkas/profil.pdf\n" + complete)
        let found = try await RuleFixture.findings(of: .ppid107, ["opd/diskominfo/dip.yml": text])
        #expect(found.map(\.place) == ["\(RuleFixture.dip):3:1", "\(RuleFixture.dip):3:1"], "\(RuleFixture.describe(found))")
        #expect(found.allSatisfy { $0.severity == .warning })
        let messages = found.map(\.message).sorted()
        #expect(messages.first?.contains("Pasal 9 ayat (2) huruf a UU 14/2008: profil") == true)
        #expect(messages.last?.contains("Pasal 9 ayat (2) huruf c UU 14/2008: laporan keuangan") == true)
        #expect(!messages.contains { $0.contains("kegiatan dan kinerja") })
    }

    @Test func ppid107SetiapSaatItemsDoNotCount() async throws {
        let text = dip("    kategori: setiap-saat\n    dasar: Pasal 11 ayat (1) huruf a\n    waktu_pembuatan: 2026\n" + complete)
        let found = try await RuleFixture.findings(of: .ppid107, ["opd/diskominfo/dip.yml": text])
        #expect(found.count == 3)
        #expect(found.contains { $0.message.contains("kegiatan dan kinerja") })
    }

    @Test func ppid107QuietWhenAllThreeArePresent() async throws {
        let found = try await RuleFixture.findings(of: .ppid107, [:])
        #expect(found.isEmpty, "\(RuleFixture.describe(found))")
    }
}
