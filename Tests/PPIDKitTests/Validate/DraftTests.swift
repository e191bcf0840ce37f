import Foundation
@testable import PPIDKit
import Testing

/// Drafts (`draf: true`, ONBOARDING.md "Drafts"): listed by PPID306, validated on their own, invisible
/// to every other rule and never published; `ppid serve` previews them marked "DRAF".
@Suite struct DraftTests {
    static let draftItem = """

      - id: anggaran-rahasia-draf
        judul: Rencana Anggaran Draf Zamrud
        ringkasan: Isi yang belum siap terbit.
        kategori: setiap-saat
        penguasa: Sekretariat
        penanggung_jawab: Kepala Dinas
        waktu_pembuatan: 2026
        bentuk: [softcopy]
        retensi: 5 tahun
        draf: true
    """

    static let draftExemption = """

      - id: catatan-draf
        judul: Catatan Pemeriksaan Draf Safir
        dasar_hukum: Pasal 17 huruf h angka 2
        konsekuensi: Membuka catatan ini mengungkap riwayat kesehatan seseorang yang dilindungi undang-undang.
        kepentingan_publik: Menutup catatan ini melindungi hak pribadi warga tanpa mengurangi layanan publik.
        jangka_waktu: permanen
        penetapan:
          nomor: 002/UK/PPID/2025
          tanggal: 2025-02-01
          oleh: PPID Pelaksana Diskominfo
        draf: true
    """

    static let draftPage = "---\njudul: Halaman Draf Mutiara\ndraf: true\n---\nTeks contoh yang belum siap.\n"

    static func draftContent() throws -> ContentFixture {
        try ContentFixture.minimal([
            "opd/diskominfo/dip.yml": Samples.dip + draftItem.replacingOccurrences(of: "    draf: true", with: "    berkas: berkas/draf-zamrud.pdf\n    draf: true"),
            "opd/diskominfo/berkas/draf-zamrud.pdf": "%PDF-1.4 draf",
            "opd/diskominfo/dik.yml": Samples.dik + draftExemption,
            "halaman/mutiara-draf.md": draftPage,
            "opd/diskominfo/sop/serta-merta.md": Samples.sop
                .replacingOccurrences(of: "jenis: permohonan-informasi", with: "jenis: serta-merta\ndraf: true")
                .replacingOccurrences(of: "SOP Pelayanan Permohonan Informasi Publik", with: "SOP Draf Berlian"),
        ])
    }

    @Test func eachFileWithDraftsIsListedOnceAtItsFirstDrafKey() async throws {
        let fixture = try ContentFixture.minimal([
            "opd/diskominfo/dip.yml": Samples.dip + Self.draftItem
                + Self.draftItem.replacingOccurrences(of: "anggaran-rahasia-draf", with: "anggaran-kedua")
                    .replacingOccurrences(of: "Zamrud", with: "Kedua"),
            "halaman/mutiara-draf.md": Self.draftPage,
        ])
        defer { fixture.remove() }
        let drafts = await fixture.findings().filter { $0.rule == .ppid306 }
        let text = try String(contentsOfFile: fixture.path + "/opd/diskominfo/dip.yml", encoding: .utf8)
        let firstDraf = (text.components(separatedBy: "\n").firstIndex(of: "    draf: true") ?? 0) + 1
        #expect(drafts.map(\.place) == ["Content/halaman/mutiara-draf.md:3:1", "Content/opd/diskominfo/dip.yml:\(firstDraf):5"])
        #expect(drafts.allSatisfy { $0.severity == .warning })
        #expect(drafts.last?.message.contains("2 draf") == true, "\(drafts.map(\.message))")
        #expect(drafts.first?.message.contains("1 draf") == true)
    }

    @Test func withoutDraftsTheFindingsAreThoseOfTheSameContentWithoutTheDraftItems() async throws {
        let fixture = try Self.draftContent()
        defer { fixture.remove() }
        let plain = try ContentFixture.minimal()
        defer { plain.remove() }
        let withDrafts = await fixture.findings().filter { $0.rule != .ppid306 }
        let without = await plain.findings()
        #expect(withDrafts == without, "\(withDrafts.map { "\($0.place) \($0.rule.rawValue)" })")
    }

    @Test func draftsOwnErrorsAreReported() async throws {
        let fixture = try ContentFixture.minimal([
            "opd/diskominfo/dik.yml": Samples.dik + Self.draftExemption.replacingOccurrences(of: "huruf h angka 2", with: "huruf k"),
            "opd/diskominfo/dip.yml": Samples.dip + Self.draftItem.replacingOccurrences(of: "kategori: setiap-saat", with: "kategori: kadang"),
        ])
        defer { fixture.remove() }
        let findings = await fixture.findings()
        #expect(findings.contains { $0.rule == .ppid201 && $0.message.contains("huruf k") })
        #expect(findings.contains { $0.rule == .ppid101 && $0.message.contains("kadang") })
    }

    @Test func aDraftClashesWithNoTitleButItsIDStaysUnique() async throws {
        let clash = Self.draftExemption.replacingOccurrences(of: "Catatan Pemeriksaan Draf Safir", with: "Laporan Kinerja Tahun 2025")
            .replacingOccurrences(of: "catatan-draf", with: "catatan-lain")
        let sameID = Self.draftItem.replacingOccurrences(of: "anggaran-rahasia-draf", with: "kinerja-2025")
        let fixture = try ContentFixture.minimal([
            "opd/diskominfo/dik.yml": Samples.dik + clash,
            "opd/diskominfo/dip.yml": Samples.dip + sameID,
        ])
        defer { fixture.remove() }
        let findings = await fixture.findings()
        #expect(!findings.contains { $0.rule == .ppid206 }, "\(findings.filter { $0.rule == .ppid206 }.map(\.message))")
        let duplicates = findings.filter { $0.rule == .ppid006 }
        #expect(duplicates.count == 1)
        #expect(duplicates.first?.message.contains("kinerja-2025") == true)
    }

    /// Drafts in an OPD other than the PPID Utama's: only that OPD is judged again, and the
    /// findings of every other OPD stay as they are (a duplicate id there included).
    @Test func draftsOfAnotherOPDAreJudgedWithoutDisturbingTheRest() async throws {
        let second = Samples.opd.replacingOccurrences(of: "Dinas Komunikasi dan Informatika", with: "Dinas Kesehatan")
        let duplicate = Samples.dip.replacingOccurrences(of: "id: kinerja-2025", with: "id: profil-diskominfo")
        var files: [String: String?] = [
            "opd/dinkes/opd.yml": second,
            "opd/dinkes/dip.yml": Samples.dip.replacingOccurrences(of: "berkas: berkas/", with: "tautan: https://contoh.go.id/"),
            "opd/diskominfo/dip.yml": duplicate,
        ]
        let plain = try ContentFixture.minimal(files)
        defer { plain.remove() }
        files["opd/dinkes/dip.yml"] = (files["opd/dinkes/dip.yml"] ?? "")! + Self.draftItem
            + Self.draftItem.replacingOccurrences(of: "anggaran-rahasia-draf", with: "lk-2025")
                .replacingOccurrences(of: "kategori: setiap-saat", with: "kategori: jarang")
        let drafted = try ContentFixture.minimal(files)
        defer { drafted.remove() }
        func normalized(_ fixture: ContentFixture, _ findings: [Diagnostic]) -> [Diagnostic] {
            findings.map { finding in
                var copy = finding
                copy.message = copy.message.replacingOccurrences(of: fixture.path, with: "Content")
                return copy
            }
        }
        let before = normalized(plain, await plain.findings())
        let after = normalized(drafted, await drafted.findings().filter { $0.rule != .ppid306 })
        #expect(before.filter { $0.rule == .ppid006 }.map(\.place).count == 1)
        let added = after.filter { !before.contains($0) }
        #expect(added.map(\.rule).sorted { $0.rawValue < $1.rawValue } == [.ppid006, .ppid101], "\(added.map(\.message))")
        #expect(added.allSatisfy { $0.location.file == "Content/opd/dinkes/dip.yml" })
        #expect(before.allSatisfy { after.contains($0) })

        let validation = await Validation.run(contentPath: drafted.path, today: ContentFixture.today, previewDrafts: true) { _ in
            SiteURLs(baseURL: "", relativeLinks: false)
        }
        #expect(validation.model.opds.map(\.slug).sorted() == ["dinkes", "diskominfo"])
        #expect(validation.model.opd("dinkes")?.informasi.filter(\.isDraft).map(\.judul).first == "DRAF: Rencana Anggaran Draf Zamrud")
        #expect(validation.model.opd("diskominfo")?.informasi.count == 4)
    }

    @Test func aDraftSOPKeepsPPID303QuietForItsKind() async throws {
        let draftKeberatan = Samples.sop.replacingOccurrences(of: "jenis: permohonan-informasi", with: "jenis: keberatan\ndraf: true")
        let drafted = try ContentFixture.minimal(["opd/diskominfo/sop/keberatan.md": draftKeberatan])
        defer { drafted.remove() }
        let missing = try ContentFixture.minimal(["opd/diskominfo/sop/keberatan.md": nil])
        defer { missing.remove() }
        #expect(await missing.findings().contains { $0.rule == .ppid303 && $0.message.contains("\"keberatan\"") })
        let findings = await drafted.findings()
        #expect(!findings.contains { $0.rule == .ppid303 })
        #expect(findings.contains { $0.rule == .ppid306 && $0.place == "Content/opd/diskominfo/sop/keberatan.md:4:1" })
    }

    @Test func aDraftDecreeKeepsPPID301QuietAndIsNotShown() async throws {
        let ppid = Samples.ppid.replacingOccurrences(of: "    nomor: 100/1/2025\n    tanggal: 2025-01-10", with: "    draf: true")
        let fixture = try ContentFixture.minimal(["ppid.yml": ppid])
        defer { fixture.remove() }
        let findings = await fixture.findings()
        #expect(!findings.contains { $0.rule == .ppid301 }, "\(findings.map(\.message))")
        #expect(findings.filter { $0.rule == .ppid306 }.map(\.place) == ["Content/ppid.yml:10:5"])
        #expect(await fixture.validate().model.badanPublik?.ppidUtama.sk == nil)

        let empty = try ContentFixture.minimal(["ppid.yml": Samples.ppid.replacingOccurrences(
            of: "  sk:\n    nomor: 100/1/2025\n    tanggal: 2025-01-10", with: "  sk: {draf: false}")])
        defer { empty.remove() }
        #expect(await empty.findings().filter { $0.rule == .ppid301 }.count == 2)
    }

    @Test func listDecisionsAndPelaksanaDecreesMayBeDrafts() async throws {
        let fixture = try ContentFixture.minimal([
            "opd/diskominfo/dip.yml": "penetapan: {draf: true}\n" + Samples.dip,
            "opd/diskominfo/opd.yml": Samples.opd + "\n  sk:\n    nomor: 800/2/2025\n    tanggal: 2025-03-01\n",
            "opd/diskominfo/dik.yml": "penetapan:\n  nomor: 3/DIK\n  draf: true\n" + Samples.dik,
        ])
        defer { fixture.remove() }
        let findings = await fixture.findings()
        #expect(!findings.contains { [.ppid002, .ppid003, .ppid004].contains($0.rule) }, "\(findings.map(\.message))")
        #expect(findings.filter { $0.rule == .ppid306 }.map(\.place)
                == ["Content/opd/diskominfo/dik.yml:3:3", "Content/opd/diskominfo/dip.yml:1:13"])
        let model = await fixture.validate().model
        #expect(model.opd("diskominfo")?.dipDecision == nil)
        #expect(model.opd("diskominfo")?.dikDecision == nil)

        let incomplete = try ContentFixture.minimal(["opd/diskominfo/opd.yml": Samples.opd + "\n  sk:\n    nomor: 800/2/2025\n"])
        defer { incomplete.remove() }
        #expect(await incomplete.findings().contains { $0.rule == .ppid003 && $0.message.contains("tanggal") })
    }

    @Test func strictFailsOnDrafts() async throws {
        let fixture = try Self.draftContent()
        defer { fixture.remove() }
        let validation = await fixture.validate()
        #expect(!validation.fails(strict: false))
        #expect(validation.fails(strict: true))
        #expect(validation.model.allInformation.allSatisfy { !$0.isDraft })
    }

    static func build(_ fixture: ContentFixture, includeDrafts: Bool) async throws -> [String: String] {
        let output = fixture.root.appendingPathComponent(includeDrafts ? "Pratinjau" : "Situs").path
        let options = BuildOptions(contentPath: fixture.path, templatesPath: RichSite.templatesPath, outputPath: output,
                                   today: ContentFixture.today, includeDrafts: includeDrafts)
        let outcome = includeDrafts ? await SiteBuilder(options: options).run(into: SiteWriter(outputPath: output))
                                    : await SiteBuilder(options: options).run()
        guard case .built = outcome else {
            Issue.record("situs tidak dibangun: \(outcome)")
            return [:]
        }
        var texts: [String: String] = [:]
        for (path, data) in PPIDProcess.snapshot(URL(fileURLWithPath: output)) {
            texts[path] = String(decoding: data, as: UTF8.self)
        }
        return texts
    }

    static let draftTitles = ["Zamrud", "zamrud", "Safir", "Mutiara", "Berlian", "anggaran-rahasia-draf", "catatan-draf", "mutiara-draf"]

    @Test func buildPublishesNoDraftAnywhere() async throws {
        let fixture = try Self.draftContent()
        defer { fixture.remove() }
        let site = try await Self.build(fixture, includeDrafts: false)
        #expect(site.count > 10)
        for (path, text) in site {
            for title in Self.draftTitles {
                #expect(!path.contains(title) && !text.contains(title), "\(title) terbit di \(path)")
            }
        }
        let plain = try ContentFixture.minimal()
        defer { plain.remove() }
        let without = try await Self.build(plain, includeDrafts: false)
        #expect(site["index.html"] == without["index.html"], "angka beranda menghitung draf")
        #expect(Set(site.keys) == Set(without.keys))
    }

    @Test func servePreviewShowsDraftsMarked() async throws {
        let fixture = try Self.draftContent()
        defer { fixture.remove() }
        let site = try await Self.build(fixture, includeDrafts: true)
        let page = site.first { $0.key.hasPrefix("mutiara-draf/") }?.value ?? ""
        #expect(page.contains("DRAF: Halaman Draf Mutiara"))
        let sop = site.first { $0.key.contains("sop/serta-merta") && $0.key.hasSuffix(".html") }?.value ?? ""
        #expect(sop.contains("DRAF: SOP Draf Berlian"))
        #expect(site.values.contains { $0.contains("DRAF: Rencana Anggaran Draf Zamrud") })
        #expect(site.values.contains { $0.contains("DRAF: Catatan Pemeriksaan Draf Safir") })
    }

    @Test func drafFalseIsNoDraft() async throws {
        let fixture = try ContentFixture.minimal(["halaman/mutiara-draf.md": Self.draftPage.replacingOccurrences(of: "draf: true", with: "draf: false")])
        defer { fixture.remove() }
        #expect(await !fixture.findings().contains { $0.rule == .ppid306 })
        #expect(await fixture.validate().model.pages.contains { $0.slug == "mutiara-draf" })
    }
}
