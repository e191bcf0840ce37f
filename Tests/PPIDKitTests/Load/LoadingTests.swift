import Foundation
@testable import PPIDKit
import Testing

@Suite struct LoadingTests {
    private func source(_ text: String, path: String = "Content/ppid.yml") -> SourceText {
        SourceText(displayPath: path, relativePath: "ppid.yml", text: text)
    }

    @Test func valuesRememberLineAndColumn() throws {
        let yaml = "nama: Kabupaten Contoh\nppid_utama:\n  opd: diskominfo\n  sk: {nomor: 1, tanggal: 2025-01-01}\n"
        guard case .document(let root) = YAMLLoader.parse(yaml, source: source(yaml)) else {
            Issue.record("tidak terurai"); return
        }
        #expect(root["nama"]?.location.description == "Content/ppid.yml:1:7")
        #expect(root["ppid_utama"]?["opd"]?.location.description == "Content/ppid.yml:3:8")
        #expect(root["ppid_utama"]?.entry("sk")?.keyLocation.description == "Content/ppid.yml:4:3")
        #expect(root["ppid_utama"]?["sk"]?["tanggal"]?.text == "2025-01-01")
    }

    @Test func columnsCountUnicodeScalars() throws {
        let yaml = "jam: Senin–Jumat\nnama: x\n  rusak: [\n"
        guard case .failure(let diagnostic) = YAMLLoader.parse(yaml, source: source(yaml)) else {
            Issue.record("seharusnya gagal"); return
        }
        #expect(diagnostic.rule == .ppid001)
        #expect(diagnostic.location.line == 3)
        let ok = "jam: Senin–Jumat x: y\n"
        guard case .failure(let second) = YAMLLoader.parse(ok, source: source(ok)) else {
            Issue.record("seharusnya gagal"); return
        }
        // "jam: Senin–Jumat x" — the en dash is one column.
        #expect(second.location.description == "Content/ppid.yml:1:19")
        #expect(second.message.contains("\": \""))
    }

    @Test func plainScalarsStayText() throws {
        let yaml = "nomor: 123\ntanggal: 2021-3-1\nkosong:\nkutip: \"null\"\n"
        guard case .document(let root) = YAMLLoader.parse(yaml, source: source(yaml)) else { return }
        #expect(root["nomor"]?.text == "123")
        #expect(root["tanggal"]?.text == "2021-3-1")
        #expect(root["kosong"]?.isNull == true)
        #expect(root["kutip"]?.text == "null")
    }

    @Test func duplicateKeysAreASyntaxError() throws {
        let yaml = "nama: a\nnama: b\n"
        guard case .failure(let diagnostic) = YAMLLoader.parse(yaml, source: source(yaml)) else {
            Issue.record("seharusnya gagal"); return
        }
        #expect(diagnostic.rule == .ppid001)
        #expect(diagnostic.message.contains("\"nama\""))
    }

    @Test func aliasBombIsRefusedQuickly() throws {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            yaml += "a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]\n"
        }
        guard case .failure(let diagnostic) = YAMLLoader.parse(yaml, source: source(yaml)) else {
            Issue.record("seharusnya gagal"); return
        }
        #expect(diagnostic.rule == .ppid001)
        #expect(diagnostic.message.contains("alias"))
    }

    @Test func deepFlowNestingIsRefusedWithoutRecursion() throws {
        let yaml = "a: " + String(repeating: "[", count: 100_000)
        guard case .failure(let diagnostic) = YAMLLoader.parse(yaml, source: source(yaml)) else {
            Issue.record("seharusnya gagal"); return
        }
        #expect(diagnostic.message.contains("bersarang"))
    }

    @Test func frontMatterLinesCountFromTheFileStart() async throws {
        var bag = DiagnosticBag()
        let text = "---\njudul: SOP\njenis: [rusak\n---\nIsi\n"
        _ = MarkdownDocument.parse(SourceText(displayPath: "Content/x.md", relativePath: "x.md", text: text), into: &bag)
        #expect(bag.all.first?.rule == .ppid001)
        #expect((bag.all.first?.location.line ?? 0) >= 3)
        var good = DiagnosticBag()
        let document = MarkdownDocument.parse(
            SourceText(displayPath: "Content/x.md", relativePath: "x.md", text: "---\njudul: SOP\n---\n## Isi\n"), into: &good)
        #expect(good.all.isEmpty)
        #expect(document.frontMatter?["judul"]?.location.line == 2)
        #expect(document.bodyLine == 4)
        #expect(document.body == "## Isi\n")
    }

    @Test func scannerReadsBOMAndRefusesLinksAndNonUTF8() async throws {
        let fixture = try ContentFixture.minimal()
        defer { fixture.remove() }
        try fixture.writeBytes([0xEF, 0xBB, 0xBF] + Array("---\njudul: Visi\n---\nIsi\n".utf8), to: "halaman/visi.md")
        try fixture.writeBytes(Array("---\njudul: Caf".utf8) + [0xE9] + Array("\n---\nx\n".utf8), to: "halaman/latin1.md")
        try FileManager.default.createSymbolicLink(atPath: fixture.path + "/halaman/tautan.md", withDestinationPath: "/etc/passwd")
        let findings = await fixture.findings()
        let rules = findings.map { "\($0.rule.rawValue) \($0.place)" }
        #expect(rules.contains("PPID009 Content/halaman/latin1.md:2:11"))
        #expect(rules.contains("PPID009 Content/halaman/tautan.md:1:1"))
        #expect(!rules.contains { $0.contains("visi.md") })
        let validation = await fixture.validate()
        #expect(validation.model.pages.contains { $0.judul == "Visi" })
        #expect(!validation.model.pages.contains { $0.sourcePath.hasSuffix("tautan.md") })
    }

    @Test func derivedIDsFollowTheSpec() {
        #expect("Laporan Keuangan Dinas Kesehatan Tahun 2024".slugified == "laporan-keuangan-dinas-kesehatan-tahun-2024")
        #expect("  Rencana Kerja (Renja) — Édisi 2025! ".slugified == "rencana-kerja-renja-edisi-2025")
        #expect("dinas-kesehatan".isValidSlug)
        #expect(!"Dinas_Kesehatan".isValidSlug)
        #expect(!"a--b".isValidSlug)
    }

    @Test func datesAreStrictAndArithmeticClamps() {
        #expect(CalendarDate(iso: "2021-3-1") == nil)
        #expect(CalendarDate(iso: "2023-02-29") == nil)
        let leap = CalendarDate(year: 2024, month: 2, day: 29)
        #expect(leap?.adding(years: 1).iso == "2025-02-28")
        #expect(CalendarDate(isoWithOptionalTime: "2025-01-02 13:45")?.iso == "2025-01-02")
        #expect(CalendarDate(isoWithOptionalTime: "2025-01-02T13:45:10")?.iso == "2025-01-02")
        #expect(CalendarDate(isoWithOptionalTime: "2025-01-02 pagi") == nil)
        #expect(CalendarDate(iso: "2025-01-01")?.days(until: CalendarDate(iso: "2025-03-01")!) == 59)
        #expect(PartialDate("2027")?.isAfter(ContentFixture.today) == true)
        #expect(PartialDate("2026")?.isAfter(ContentFixture.today) == false)
    }
}
