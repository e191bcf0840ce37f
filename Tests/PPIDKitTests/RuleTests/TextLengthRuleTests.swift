import Foundation
@testable import PPIDKit
import Testing

/// PPID015: texts over their limit are one error each, found before anything expensive, and no
/// finding repeats the huge value.
@Suite struct TextLengthRuleTests {
    static func item(judul: String = "Profil Dinas", ringkasan: String = "Alamat dan tugas.", penguasa: String = "Sekretariat",
                     tag: String = "profil") -> String {
        """
        informasi:
          - id: profil
            judul: \(judul)
            ringkasan: \(ringkasan)
            kategori: berkala
            dasar: Pasal 9 ayat (2) huruf a
            penguasa: \(penguasa)
            penanggung_jawab: Kepala Dinas
            waktu_pembuatan: 2026
            bentuk: [softcopy]
            retensi: 5 tahun
            diperbarui: 2026-10-01
            tag: [\(tag)]
        """
    }

    static func findings(_ files: [String: String?]) async throws -> [Diagnostic] {
        let fixture = try ContentFixture.minimal(files)
        defer { fixture.remove() }
        return await fixture.findings()
    }

    static func lengthFindings(_ files: [String: String?]) async throws -> [String] {
        try await findings(files).filter { $0.rule == .ppid015 }.map { "\($0.place) \($0.message)" }
    }

    @Test func titleLimitIs300Characters() async throws {
        let atLimit = try await Self.lengthFindings(["opd/diskominfo/dip.yml": Self.item(judul: String(repeating: "é", count: 300))])
        #expect(atLimit.isEmpty, "\(atLimit)")
        let over = try await Self.lengthFindings(["opd/diskominfo/dip.yml": Self.item(judul: String(repeating: "a", count: 301))])
        #expect(over.count == 1)
        #expect(over.first?.hasPrefix("Content/opd/diskominfo/dip.yml:3:12 \"dip.informasi[1].judul\" terlalu panjang: 301 karakter, batasnya 300") == true, "\(over)")
    }

    @Test func namesOfBadanPublikAndOPDAreTitles() async throws {
        let long = String(repeating: "Kabupaten ", count: 31)
        let found = try await Self.lengthFindings([
            "ppid.yml": Samples.ppid.replacingOccurrences(of: "nama: Pemerintah Kabupaten Contoh", with: "nama: \(long)"),
            "opd/diskominfo/opd.yml": Samples.opd.replacingOccurrences(of: "nama: Dinas Komunikasi dan Informatika", with: "nama: \(long)"),
        ])
        #expect(found.count == 2, "\(found)")
        #expect(found.contains { $0.hasPrefix("Content/ppid.yml:1:7 \"ppid.nama\" terlalu panjang") })
        #expect(found.contains { $0.hasPrefix("Content/opd/diskominfo/opd.yml:1:7 \"opd.nama\" terlalu panjang") })
    }

    @Test func otherOneLineFieldsAndListEntriesStopAt1000() async throws {
        let ok = try await Self.lengthFindings(["opd/diskominfo/dip.yml": Self.item(penguasa: String(repeating: "s", count: 1_000),
                                                                                  tag: String(repeating: "t", count: 1_000))])
        #expect(ok.isEmpty, "\(ok)")
        let over = try await Self.lengthFindings(["opd/diskominfo/dip.yml": Self.item(penguasa: String(repeating: "s", count: 1_001),
                                                                                    tag: String(repeating: "t", count: 1_001))])
        #expect(over.count == 2, "\(over)")
        #expect(over.contains { $0.contains("\"dip.informasi[1].penguasa\" terlalu panjang: 1.001 karakter, batasnya 1.000") })
        #expect(over.contains { $0.contains("\"dip.informasi[1].tag[1]\" terlalu panjang") })
        // A page title in the front matter, too: it is repeated in the menu of every page.
        let page = try await Self.lengthFindings(["halaman/profil.md": "---\njudul: \(String(repeating: "p", count: 301))\n---\nIsi.\n"])
        #expect(page.count == 1 && page[0].hasPrefix("Content/halaman/profil.md:2:8 "), "\(page)")
    }

    @Test func paragraphsStopAt20000() async throws {
        let ok = try await Self.lengthFindings(["opd/diskominfo/dip.yml": Self.item(ringkasan: String(repeating: "r", count: 20_000))])
        #expect(ok.isEmpty, "\(ok)")
        let over = try await Self.lengthFindings(["opd/diskominfo/dip.yml": Self.item(ringkasan: String(repeating: "r", count: 20_001))])
        #expect(over.count == 1 && over[0].contains("batasnya 20.000"), "\(over)")
        let dik = """
            dikecualikan:
              - id: rekam-medis
                judul: Rekam medis pasien
                dasar_hukum: [Pasal 17 huruf h angka 2]
                konsekuensi: \(String(repeating: "k", count: 20_001))
                kepentingan_publik: \(String(repeating: "p", count: 20_001))
                jangka_waktu: permanen
                penetapan: { nomor: 1/2024, tanggal: 2024-02-15, oleh: PPID }
            """
        let exemption = try await Self.lengthFindings(["opd/diskominfo/dik.yml": dik])
        #expect(exemption.count == 2, "\(exemption)")
    }

    @Test func markdownBodiesStopAt500000() async throws {
        let line = String(repeating: "kata ", count: 19) + "akhi\n" // 100 characters
        let atLimit = "---\njudul: Panjang\n---\n" + String(repeating: line, count: 5_000)
        let ok = try await Self.lengthFindings(["halaman/panjang.md": atLimit])
        #expect(ok.isEmpty, "\(ok)")
        let over = try await Self.lengthFindings(["halaman/panjang.md": atLimit + "x",
                                                  "opd/diskominfo/sop/keberatan.md": Samples.sop + String(repeating: line, count: 5_001)])
        #expect(over.count == 2, "\(over)")
        #expect(over.contains { $0.hasPrefix("Content/halaman/panjang.md:4:1 Isi berkas ini terlalu panjang: 500.001 karakter, batasnya 500.000") })
    }

    /// A megabyte title: one finding that quotes a short prefix, no other rule repeats it, and the
    /// whole report stays small.
    @Test func aMegabyteTitleGivesOneShortFinding() async throws {
        let huge = String(repeating: "Laporan ", count: 131_072) // 1 MiB
        let fixture = try ContentFixture.minimal(["opd/diskominfo/dip.yml": Self.item(judul: huge, penguasa: huge)])
        defer { fixture.remove() }
        let validation = await fixture.validate()
        let found = validation.diagnostics.sorted
        let long = found.filter { $0.rule == .ppid015 }
        #expect(long.count == 2)
        #expect(found.allSatisfy { $0.message.utf8.count < 600 }, "\(found.map(\.message.utf8.count))")
        #expect(long.first?.message.contains("(\"Laporan Laporan Laporan Laporan Laporan …\")") == true)
        // Nothing else talks about that item (the id derived from it, duplicates, vocabulary …).
        #expect(!found.contains { $0.location.file.hasSuffix("dip.yml") && $0.rule != .ppid015 }, "\(found.map(\.rule))")
        let report = DiagnosticReport(validation.diagnostics, sources: validation.loaded.inventory.allTexts)
        #expect(report.render(.text).utf8.count < 4_000)
        #expect(report.render(.json).utf8.count < 4_000)
        #expect(report.render(.github).utf8.count < 4_000)
    }

    /// Values of every kind are measured before their own checks, and keys are quoted short.
    @Test func hugeDatesWordsAndKeysAreNotEchoed() async throws {
        let huge = String(repeating: "x", count: 200_000)
        let dip = Self.item()
            .replacingOccurrences(of: "diperbarui: 2026-10-01", with: "diperbarui: \(huge)")
            .replacingOccurrences(of: "kategori: berkala", with: "kategori: berkala\(huge)")
            // YAML allows implicit keys up to 1 024 characters.
            .replacingOccurrences(of: "bentuk: [softcopy]", with: "bentuk: \(huge)\n    \(String(repeating: "k", count: 1_000)): 1")
        let found = try await Self.findings(["opd/diskominfo/dip.yml": dip])
        #expect(found.allSatisfy { $0.message.utf8.count < 600 }, "\(found.map { "\($0.rule.rawValue) \($0.message.utf8.count)" })")
        let rules = found.filter { $0.location.file.hasSuffix("dip.yml") }.map(\.rule.rawValue)
        #expect(rules.filter { $0 == "PPID015" }.count == 3, "\(rules)")
        #expect(!rules.contains("PPID005") && !rules.contains("PPID101"), "\(rules)")
        #expect(rules.contains("PPID002"))
    }

    /// `ppid build` stops with the error and writes no site (not a site hundreds of times the input).
    @Test func buildWithAMegabyteNameStopsWithoutASite() throws {
        let huge = String(repeating: "Kabupaten ", count: 104_858)
        let fixture = try ContentFixture.minimal([
            "ppid.yml": Samples.ppid.replacingOccurrences(of: "nama: Pemerintah Kabupaten Contoh", with: "nama: \(huge)"),
        ])
        defer { fixture.remove() }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-site-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try PPIDProcess.run(["build", "--content", fixture.path, "--templates", RichSite.templatesPath,
                                          "--output", output.path, "--tanggal", "2026-11-25"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("PPID015"), "\(result.stderr.prefix(2_000))")
        #expect(result.stdout.utf8.count + result.stderr.utf8.count < 8_000)
        #expect(PPIDProcess.snapshot(output).isEmpty)
    }
}

/// An id is a folder of the site: one derived from a long (but allowed) title, or written too
/// long, is a finding, not a "File name too long" write error.
@Suite struct LongIDTests {
    @Test func longDerivedAndWrittenIDsAreFindings() async throws {
        let title = String(repeating: "sangat panjang ", count: 19) + "akhir" // 290 characters, under the title limit
        let dip = TextLengthRuleTests.item(judul: title).replacingOccurrences(of: "  - id: profil\n    judul:", with: "  - judul:")
        let dik = """
            dikecualikan:
              - id: \(String(repeating: "a-", count: 120))z
                judul: Rekam medis pasien
                dasar_hukum: [Pasal 17 huruf h angka 2]
                konsekuensi: Membuka rekam medis mengungkap riwayat kesehatan seseorang dan pengobatannya.
                kepentingan_publik: Menutup rekam medis melindungi privasi pasien dan kepercayaan pada layanan kesehatan.
                jangka_waktu: permanen
                penetapan: { nomor: 1/2024, tanggal: 2024-02-15, oleh: PPID }
            """
        let found = try await TextLengthRuleTests.findings(["opd/diskominfo/dip.yml": dip, "opd/diskominfo/dik.yml": dik])
            .filter { $0.rule == .ppid008 }.map { "\($0.place) \($0.message)" }
        #expect(found.count == 2, "\(found)")
        #expect(found.contains { $0.hasPrefix("Content/opd/diskominfo/dip.yml:2:12 id yang diturunkan dari judul terlalu panjang untuk alamat halaman (") && $0.contains("tambahkan kunci id yang pendek, misalnya \"sangat-panjang-sangat-panjang") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("Content/opd/diskominfo/dik.yml:2:9 id \"a-a-a-") }, "\(found)")
        let short = try await TextLengthRuleTests.findings(["opd/diskominfo/dip.yml": TextLengthRuleTests.item(judul: String(repeating: "a", count: 200))
            .replacingOccurrences(of: "  - id: profil\n    judul:", with: "  - judul:")])
        #expect(!short.contains { $0.rule == .ppid008 })
    }
}
