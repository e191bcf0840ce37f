import Foundation
@testable import PPIDKit
import Testing

/// `ppid tema salin`, the theme a build picks without `--templates`, and `ppid --version`.
@Suite(.serialized) struct ThemeCommandTests {
    let root = RichSite.packageRoot

    private func emptyFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-tema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func temaSalinWritesTheBuiltInThemeByteForByte() throws {
        let here = try emptyFolder()
        defer { try? FileManager.default.removeItem(at: here) }
        let result = try PPIDProcess.run(["tema", "salin", "tema-kabupaten"], in: here)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Tema bawaan disalin ke tema-kabupaten/"))
        let copy = PPIDProcess.snapshot(here.appendingPathComponent("tema-kabupaten"))
        let source = PPIDProcess.snapshot(root.appendingPathComponent("Templates"))
        #expect(copy.keys.sorted() == source.keys.sorted())
        #expect(copy == source)
    }

    @Test func temaSalinIntoAnEmptyFolderIsAllowed() throws {
        let here = try emptyFolder()
        defer { try? FileManager.default.removeItem(at: here) }
        try FileManager.default.createDirectory(at: here.appendingPathComponent("kosong"), withIntermediateDirectories: true)
        let result = try PPIDProcess.run(["tema", "salin", "kosong"], in: here)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: here.appendingPathComponent("kosong/aset/gaya.css").path))
    }

    @Test func temaSalinRefusesAFolderThatIsNotEmpty() throws {
        let here = try emptyFolder()
        defer { try? FileManager.default.removeItem(at: here) }
        let mine = here.appendingPathComponent("tema/layout.mustache")
        try FileManager.default.createDirectory(at: mine.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("milik saya".utf8).write(to: mine)
        let result = try PPIDProcess.run(["tema", "salin", "tema"], in: here)
        #expect(result.status == 2)
        #expect(result.stderr.contains("sudah ada dan tidak kosong"), "\(result.stderr)")
        #expect(try String(contentsOf: mine, encoding: .utf8) == "milik saya")
        #expect(PPIDProcess.snapshot(here.appendingPathComponent("tema")).count == 1)
    }

    /// Run where there is no `Templates/`, a build uses the built-in theme: the same site as with
    /// `--templates Templates` of the source tree.
    @Test func buildWithoutATemplatesFolderMakesTheSameSiteAsWithTemplates() throws {
        let here = try emptyFolder()
        defer { try? FileManager.default.removeItem(at: here) }
        let fixture = try RichSite.make()
        defer { fixture.remove() }
        let content = fixture.path
        let builtIn = try PPIDProcess.run(["build", "--content", content, "--output", "bawaan", "--tanggal", "2026-11-25"], in: here)
        #expect(builtIn.status == 0, "\(builtIn.stderr)")
        let folder = try PPIDProcess.run(["build", "--content", content, "--templates", RichSite.templatesPath,
                                          "--output", "folder", "--tanggal", "2026-11-25"], in: here)
        #expect(folder.status == 0, "\(folder.stderr)")
        let a = PPIDProcess.snapshot(here.appendingPathComponent("bawaan")), b = PPIDProcess.snapshot(here.appendingPathComponent("folder"))
        #expect(a.keys.contains("index.html"))
        #expect(a.keys.sorted() == b.keys.sorted())
        #expect(a == b)
    }

    /// A theme copied before the report pages existed (no `laporan-layanan*.mustache`) still builds:
    /// those pages come from the built-in theme, inside the theme's own layout.
    @Test func aThemeCopiedBeforeTheReportPagesStillBuildsThem() throws {
        let here = try emptyFolder()
        defer { try? FileManager.default.removeItem(at: here) }
        let theme = here.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: root.appendingPathComponent("Templates"), to: theme)
        for name in TemplateSet.addedLater { try FileManager.default.removeItem(at: theme.appendingPathComponent("\(name).mustache")) }
        let layout = theme.appendingPathComponent("layout.mustache")
        let text = try String(contentsOf: layout, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "</body>", with: "<!-- tema lama --></body>").utf8).write(to: layout)
        let fixture = try RichSite.make()
        defer { fixture.remove() }
        let result = try PPIDProcess.run(["build", "--content", fixture.path, "--tanggal", "2026-11-25"], in: here)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try String(contentsOf: here.appendingPathComponent("Site/layanan/laporan/2025/index.html"), encoding: .utf8)
        #expect(report.contains("Waktu jawab setiap permohonan") && report.contains("<!-- tema lama -->"))
    }

    @Test func aTemplatesFolderHereIsUsedWithoutTheOption() throws {
        let here = try emptyFolder()
        defer { try? FileManager.default.removeItem(at: here) }
        try FileManager.default.copyItem(at: root.appendingPathComponent("Templates"), to: here.appendingPathComponent("Templates"))
        let layout = here.appendingPathComponent("Templates/layout.mustache")
        let text = try String(contentsOf: layout, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "</body>", with: "<!-- tema kabupaten --></body>").utf8).write(to: layout)
        let fixture = try ContentFixture.minimal()
        defer { fixture.remove() }
        let result = try PPIDProcess.run(["build", "--content", fixture.path, "--tanggal", "2026-11-25"], in: here)
        #expect(result.status == 0, "\(result.stderr)")
        let home = try String(contentsOf: here.appendingPathComponent("Site/index.html"), encoding: .utf8)
        #expect(home.contains("<!-- tema kabupaten -->"))
    }

    @Test func versionPrintsTheNumberAndTheCommit() throws {
        let result = try PPIDProcess.run(["--version"])
        #expect(result.status == 0)
        let number = try String(contentsOf: root.appendingPathComponent("VERSION"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(result.stdout.hasPrefix("ppid \(number) (komit "), "\(result.stdout)")
        #expect(result.stdout.contains(ProgramVersion.commit))
        #expect(ProgramVersion.commit.count >= 12 || ProgramVersion.commit == "tidak diketahui")
    }
}
