import Foundation
@testable import PPIDKit
import Testing

/// One broken fixture per structural rule, asserting exactly what a humas officer sees.
@Suite struct StructuralRuleTests {
    private func findings(_ files: [String: String?]) async throws -> [Diagnostic] {
        let fixture = try ContentFixture.minimal(files)
        defer { fixture.remove() }
        return await fixture.findings()
    }

    private func only(_ rule: RuleID, in findings: [Diagnostic]) -> [Diagnostic] {
        findings.filter { $0.rule == rule }
    }

    @Test func sampleFixtureIsClean() async throws {
        let all = try await findings([:])
        #expect(all.isEmpty, "\(all.map { "\($0.place) \($0.rule.rawValue) \($0.message)" })")
    }

    @Test func ppid001InvalidYAML() async throws {
        let found = try await findings(["opd/diskominfo/opd.yml": "nama: Dinas: Kominfo\njenis: dinas\n"])
        let hit = only(.ppid001, in: found)
        #expect(hit.map(\.place) == ["Content/opd/diskominfo/opd.yml:1:12"])
        #expect(hit.first?.severity == .error)
    }

    @Test func ppid002UnknownKeyWithSuggestion() async throws {
        let dip = Samples.dip.replacingOccurrences(of: "    penguasa: Sekretariat\n", with: "    pengusa: Sekretariat\n")
        let found = try await findings(["opd/diskominfo/dip.yml": dip])
        let hit = only(.ppid002, in: found)
        #expect(hit.map(\.place) == ["Content/opd/diskominfo/dip.yml:7:5"])
        #expect(hit.first?.message.contains("maksud Anda \"penguasa\"") == true)
    }

    @Test func ppid003MissingKeyAtTheMapping() async throws {
        let found = try await findings(["opd/diskominfo/opd.yml": "jenis: dinas\nppid_pelaksana:\n  jabatan: Sekretaris\n  email: a@b.go.id\n"])
        let hit = only(.ppid003, in: found)
        #expect(hit.map(\.place) == ["Content/opd/diskominfo/opd.yml:1:1"])
        #expect(hit.first?.message.contains("\"nama\"") == true)
    }

    @Test func ppid003MissingPPIDFile() async throws {
        let found = try await findings(["ppid.yml": nil])
        #expect(only(.ppid003, in: found).map(\.place) == ["Content/ppid.yml:1:1"])
    }

    @Test func ppid004WrongWordListsAllowedWords() async throws {
        let found = try await findings(["opd/diskominfo/opd.yml": Samples.opd.replacingOccurrences(of: "jenis: dinas", with: "jenis: dinass")])
        let hit = only(.ppid004, in: found)
        #expect(hit.map(\.place) == ["Content/opd/diskominfo/opd.yml:3:8"])
        #expect(hit.first?.message.contains("sekretariat, dinas, badan") == true)
        #expect(hit.first?.message.contains("Maksud Anda \"dinas\"?") == true)
    }

    @Test func ppid004EmptyRequiredList() async throws {
        let dip = Samples.dip.replacingOccurrences(of: "    bentuk: [softcopy]\n    retensi: 5 tahun\n    diperbarui: 2026-10-01",
                                                   with: "    bentuk: []\n    retensi: 5 tahun\n    diperbarui: 2026-10-01")
        let found = try await findings(["opd/diskominfo/dip.yml": dip])
        #expect(only(.ppid004, in: found).map(\.place) == ["Content/opd/diskominfo/dip.yml:10:13"])
    }

    @Test func ppid005InvalidDate() async throws {
        let dip = Samples.dip.replacingOccurrences(of: "diperbarui: 2026-10-01", with: "diperbarui: 2026-10-1")
        let found = try await findings(["opd/diskominfo/dip.yml": dip])
        let hit = only(.ppid005, in: found)
        #expect(hit.map(\.place) == ["Content/opd/diskominfo/dip.yml:12:17"])
        #expect(hit.first?.message.contains("\"2026-10-1\"") == true)
    }

    @Test func ppid006DuplicateIDNamesTheEarlierOne() async throws {
        let dip = Samples.dip.replacingOccurrences(of: "id: kinerja-2025", with: "id: profil-diskominfo")
        let found = try await findings(["opd/diskominfo/dip.yml": dip])
        let hit = only(.ppid006, in: found)
        #expect(hit.map(\.place) == ["Content/opd/diskominfo/dip.yml:14:9"])
        #expect(hit.first?.message.contains("dip.yml:2") == true)
    }

    @Test func ppid007UnknownPPIDUtamaOPD() async throws {
        let found = try await findings(["ppid.yml": Samples.ppid.replacingOccurrences(of: "opd: diskominfo", with: "opd: diskominfoo")])
        let hit = only(.ppid007, in: found)
        #expect(hit.map(\.place) == ["Content/ppid.yml:5:8"])
        #expect(hit.first?.message.contains("maksud Anda \"diskominfo\"") == true)
    }

    @Test func ppid008BadIDAndReservedPage() async throws {
        let dip = Samples.dip.replacingOccurrences(of: "id: kinerja-2025", with: "id: Kinerja_2025")
        let found = try await findings(["opd/diskominfo/dip.yml": dip, "halaman/layanan.md": "---\njudul: Layanan\n---\nIsi\n"])
        let hit = only(.ppid008, in: found)
        #expect(hit.map(\.place) == ["Content/halaman/layanan.md:1:1", "Content/opd/diskominfo/dip.yml:14:9"])
        #expect(hit.last?.message.contains("\"kinerja-2025\"") == true)
    }

    @Test func ppid010MissingDocumentSuggestsName() async throws {
        let dip = Samples.dip.replacingOccurrences(of: "berkas: berkas/lk-2025.pdf", with: "berkas: berkas/lk-2025.pfd")
        let found = try await findings(["opd/diskominfo/dip.yml": dip])
        let hit = only(.ppid010, in: found)
        #expect(hit.map(\.place) == ["Content/opd/diskominfo/dip.yml:37:13"])
        #expect(hit.first?.message.contains("\"berkas/lk-2025.pdf\"") == true)
    }

    @Test func ppid011DocumentOutsideItsFolder() async throws {
        let dip = Samples.dip.replacingOccurrences(of: "berkas: berkas/lk-2025.pdf", with: "berkas: ../../../etc/passwd")
        let found = try await findings(["opd/diskominfo/dip.yml": dip])
        #expect(only(.ppid011, in: found).map(\.place) == ["Content/opd/diskominfo/dip.yml:37:13"])
    }

    @Test func ppid012NonWebLink() async throws {
        let dip = Samples.dip.replacingOccurrences(of: "tautan: https://contoh.go.id/lkjip-2025.pdf", with: "tautan: javascript:alert(1)")
        let found = try await findings(["opd/diskominfo/dip.yml": dip])
        let hit = only(.ppid012, in: found)
        #expect(hit.map(\.place) == ["Content/opd/diskominfo/dip.yml:25:13"])
        #expect(hit.first?.message.contains("javascript:alert(1)") == true)
    }

    @Test func ppid013OPDWithoutDIPIsAWarning() async throws {
        let found = try await findings(["opd/dinkes/opd.yml": Samples.opd.replacingOccurrences(of: "Komunikasi dan Informatika", with: "Kesehatan")])
        let hit = only(.ppid013, in: found)
        #expect(hit.map(\.place) == ["Content/opd/dinkes/opd.yml:1:1"])
        #expect(hit.first?.severity == .warning)
    }

    @Test func ppid014RawHTMLIsDroppedAndReported() async throws {
        let found = try await findings(["halaman/profil.md": "---\njudul: Profil\n---\nParagraf.\n\n<script>alert(1)</script>\n"])
        let hit = only(.ppid014, in: found)
        #expect(hit.map(\.place) == ["Content/halaman/profil.md:6:1"])
        #expect(hit.first?.severity == .warning)
    }

    /// `ppid check` renders only Markdown that contains "<": it must find what a build finds.
    @Test func checkAloneFindsWhatABuildFinds() async throws {
        let fixture = try ContentFixture.minimal([
            "halaman/profil.md": "---\njudul: Profil\n---\nParagraf.\n\n<script>alert(1)</script>\n",
            "opd/diskominfo/dip.yml": Samples.dip.replacingOccurrences(of: "ringkasan: Alamat, tugas", with: "ringkasan: <b>Alamat</b>, tugas"),
            "opd/diskominfo/sop/keberatan.md": Samples.sop.replacingOccurrences(of: "jenis: permohonan-informasi", with: "jenis: keberatan")
                + "\n<iframe src=\"https://contoh.go.id\"></iframe>\n",
        ])
        defer { fixture.remove() }
        let links: @Sendable (ContentModel) -> SiteURLs = { _ in SiteURLs(baseURL: "", relativeLinks: false) }
        let build = await Validation.run(contentPath: fixture.path, today: ContentFixture.today, links: links)
        let check = await Validation.run(contentPath: fixture.path, today: ContentFixture.today, forBuild: false, links: links)
        #expect(build.diagnostics.sorted.filter { $0.rule == .ppid014 }.count == 3)
        #expect(check.diagnostics.sorted == build.diagnostics.sorted)
    }

    @Test func everyProblemIsReportedAtOnce() async throws {
        let found = try await findings([
            "opd/diskominfo/opd.yml": Samples.opd.replacingOccurrences(of: "jenis: dinas", with: "jenis: kantor"),
            "halaman/profil.md": "---\njudul: Profil\nurutan: satu\n---\nIsi\n",
        ])
        #expect(Set(found.map(\.rule)).isSuperset(of: [.ppid004]))
        #expect(found.count >= 2)
    }
}
