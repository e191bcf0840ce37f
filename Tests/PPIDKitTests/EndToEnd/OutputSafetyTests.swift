import Foundation
@testable import PPIDKit
import Testing

/// `ppid build` replaces its whole output folder, so it must never replace anything a user keeps:
/// the content, the theme, their parents, a file, or a folder that some other program filled.
/// And the replacement itself is one atomic step that leaves no debris behind.
@Suite(.serialized) struct OutputSafetyTests {
    let templates = RichSite.packageRoot.appendingPathComponent("Templates").path

    /// A project folder as a humas officer has it: the content, the theme, and their own files.
    private func project() throws -> (root: URL, content: ContentFixture) {
        // Nested one level, so the parent (which `--output ..` names) holds nothing but the project.
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-keluaran-\(UUID().uuidString)/proyek")
        let content = try ContentFixture.minimal()
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: content.root, to: root.appendingPathComponent("Content"))
        try FileManager.default.copyItem(atPath: templates, toPath: root.appendingPathComponent("Templates").path)
        try Data("catatan rapat\n".utf8).write(to: root.appendingPathComponent("catatan.txt"))
        return (root, content)
    }

    private func build(_ root: URL, _ extra: [String]) throws -> PPIDProcess.Result {
        try PPIDProcess.run(["build", "--tanggal", "2026-11-25"] + extra, in: root)
    }

    private func tree(_ folder: URL) -> [String: Data] { PPIDProcess.snapshot(folder) }

    @Test(arguments: [".", "Content", "..", "Templates", "Content/..", "./Content/", "catatan.txt", "Content/opd"])
    func anOutputThatWouldDestroySomethingIsRefusedAndNothingIsTouched(output: String) throws {
        let (root, _) = try project()
        let parent = root.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: parent) }
        let before = tree(root)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted()
        let result = try build(root, ["--output", output])
        #expect(result.status == 2, "\(output): \(result.stderr)")
        #expect(result.stderr.contains("galat: "), "\(result.stderr)")
        #expect(result.stderr.contains("Tidak ada yang ditulis atau dihapus"))
        #expect(!result.stderr.contains("Error"), "pesan harus berbahasa Indonesia: \(result.stderr)")
        #expect(tree(root) == before, "\(output) mengubah isi folder proyek")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == siblings)
    }

    @Test func aFolderFilledByOthersIsRefusedButAnEmptyOneIsUsed() throws {
        let (root, _) = try project()
        defer { try? FileManager.default.removeItem(at: root) }
        let foreign = root.appendingPathComponent("dokumen-kantor")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("laporan\n".utf8).write(to: foreign.appendingPathComponent("laporan.docx"))
        let refused = try build(root, ["--output", "dokumen-kantor"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("bukan buatan ppid build"), "\(refused.stderr)")
        #expect(FileManager.default.fileExists(atPath: foreign.appendingPathComponent("laporan.docx").path))

        let empty = root.appendingPathComponent("kosong")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let built = try build(root, ["--output", "kosong"])
        #expect(built.status == 0, "\(built.stderr)")
        #expect(FileManager.default.fileExists(atPath: empty.appendingPathComponent("index.html").path))
        #expect(FileManager.default.fileExists(atPath: empty.appendingPathComponent(OutputMarker.fileName).path))
        // Its own output is replaced on the next build.
        try Data("x".utf8).write(to: empty.appendingPathComponent("lama.txt"))
        #expect(try build(root, ["--output", "kosong"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: empty.appendingPathComponent("lama.txt").path))
    }

    @Test func aSymlinkedOutputThatPointsAtTheContentIsRefused() throws {
        let (root, _) = try project()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("situs").path, withDestinationPath: "Content")
        let before = tree(root.appendingPathComponent("Content"))
        let result = try build(root, ["--output", "situs"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(tree(root.appendingPathComponent("Content")) == before)
    }

    @Test func anOutputInsideTheContentFolderIsNeverReadAsContent() throws {
        let (root, _) = try project()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("Content")
        // The content repository's root is the current folder (as `ppid new situs` makes it).
        let first = try PPIDProcess.run(["build", "--content", ".", "--templates", templates, "--output", "opd/situs",
                                         "--tanggal", "2026-11-25"], in: content)
        #expect(first.status == 0, "\(first.stderr)")
        let check = try PPIDProcess.run(["check", "--content", ".", "--tanggal", "2026-11-25"], in: content)
        #expect(check.status == 0, "\(check.stdout)")
        #expect(!check.stdout.contains("opd/situs"), "\(check.stdout)")
        let second = try PPIDProcess.run(["build", "--content", ".", "--templates", templates, "--output", "opd/situs",
                                          "--tanggal", "2026-11-25"], in: content)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("Tidak ada perubahan"), "the built site must not count as an input: \(second.stdout)")
    }

    @Test func theContentFolderDefaultsToTheCurrentFolderWhenItHoldsPPIDYml() throws {
        let (root, _) = try project()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("Content")
        let check = try PPIDProcess.run(["check", "--tanggal", "2026-11-25"], in: content)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let bare = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-kosong-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: bare, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: bare) }
        let none = try PPIDProcess.run(["check"], in: bare)
        #expect(none.status == 2)
        #expect(none.stderr.contains("ppid new situs"), "\(none.stderr)")
    }

    @Test func aDamagedOutputIsRepairedByTheNextBuild() throws {
        let (root, _) = try project()
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("Site")
        #expect(try build(root, []).status == 0)
        let unchanged = try build(root, [])
        #expect(unchanged.stdout.contains("Tidak ada perubahan"), "\(unchanged.stdout)")
        let complete = tree(site)

        try FileManager.default.removeItem(at: site.appendingPathComponent("index.html"))
        let repaired = try build(root, [])
        #expect(repaired.status == 0)
        #expect(repaired.stdout.contains("Situs dibangun"), "\(repaired.stdout)")
        #expect(tree(site) == complete)

        try Data("<p>diubah tangan</p>".utf8).write(to: site.appendingPathComponent("opd/index.html"))
        #expect(try build(root, []).stdout.contains("Situs dibangun"))
        #expect(tree(site) == complete)

        try Data("sisa".utf8).write(to: site.appendingPathComponent("asing.html"))
        #expect(try build(root, []).stdout.contains("Situs dibangun"))
        #expect(tree(site) == complete)
    }

    @Test func leftoversOfKilledBuildsAreRemovedAndTheSwapLeavesNoDebris() throws {
        let (root, _) = try project()
        defer { try? FileManager.default.removeItem(at: root) }
        // What a build killed with SIGKILL leaves: a staging folder whose process is gone.
        for name in [".Site.tmp-999999", ".Site.old-999998"] {
            let folder = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("x".utf8).write(to: folder.appendingPathComponent("index.html"))
        }
        #expect(try build(root, []).status == 0)
        try Data("ubah".utf8).write(to: root.appendingPathComponent("Content/halaman/baru.md"))
        try Data("---\njudul: Halaman Baru\n---\nIsi.\n".utf8).write(to: root.appendingPathComponent("Content/halaman/baru.md"))
        #expect(try build(root, []).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: root.path)
        #expect(!names.contains { $0.contains(".tmp-") || $0.contains(".old-") }, "\(names)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Site/baru/index.html").path))
    }

    @Test func aBuildKilledAtAnyMomentLeavesACompleteSite() throws {
        let (root, _) = try project()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        #expect(try build(root, []).status == 0)
        var generator = SeededGenerator(seed: 17)
        for round in 0..<6 {
            // Each round changes the content, so the killed build would write a different site.
            try Data("---\njudul: Putaran \(round)\n---\nIsi.\n".utf8).write(to: root.appendingPathComponent("Content/halaman/putaran.md"))
            let process = Process()
            process.executableURL = PPIDProcess.executable
            process.arguments = ["build", "--tanggal", "2026-11-25"]
            process.currentDirectoryURL = root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 20_000...900_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let site = root.appendingPathComponent("Site")
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("index.html").path), "putaran \(round)")
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("opd/index.html").path), "putaran \(round)")
        }
        #expect(try build(root, []).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: root.path)
        #expect(!names.contains { $0.contains(".tmp-") || $0.contains(".old-") }, "\(names)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Site/putaran/index.html").path))
    }

    @Test func theSwapExchangesAFullOutputInOneStep() throws {
        // Two non-empty folders trade places; neither is ever missing.
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-tukar-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        let writer = SiteWriter(outputPath: parent.appendingPathComponent("Site").path)
        try FileManager.default.createDirectory(at: writer.output, withIntermediateDirectories: true)
        try Data("lama".utf8).write(to: writer.output.appendingPathComponent("index.html"))
        try writer.begin()
        try writer.write(Array("baru".utf8), to: "index.html")
        try writer.commit()
        #expect(try String(contentsOf: writer.output.appendingPathComponent("index.html"), encoding: .utf8) == "baru")
        #expect(!FileManager.default.fileExists(atPath: writer.staging.path))
    }

    @Test func buildWithJSONFormatWritesOneJSONDocumentAndNothingElse() throws {
        let (root, _) = try project()
        defer { try? FileManager.default.removeItem(at: root) }
        for _ in 0..<2 {
            let result = try build(root, ["--format", "json"])
            #expect(result.status == 0)
            #expect(result.stderr.isEmpty, "\(result.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            #expect(object?["diagnostics"] is [Any])
            #expect((object?["build"] as? [String: Any])?["pages"] is Int)
        }
        let refused = try build(root, ["--format", "json", "--output", "Content"])
        #expect(refused.status == 2)
        #expect(refused.stderr.isEmpty, "\(refused.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(refused.stdout.utf8)) as? [String: Any]
        let first = (object?["diagnostics"] as? [[String: Any]])?.first
        #expect(first?["rule"] is NSNull)
        #expect(first?["severity"] as? String == "error")
        #expect((first?["message"] as? String)?.contains("folder konten") == true)

        try Data("{{#broken}}".utf8).write(to: root.appendingPathComponent("Templates/beranda.mustache"))
        try Data("---\njudul: Lain\n---\nIsi.\n".utf8).write(to: root.appendingPathComponent("Content/halaman/lain.md"))
        let failed = try build(root, ["--format", "json"])
        #expect(failed.status == 1)
        #expect(failed.stderr.isEmpty, "\(failed.stderr)")
        let failure = try JSONSerialization.jsonObject(with: Data(failed.stdout.utf8)) as? [String: Any]
        #expect(((failure?["diagnostics"] as? [[String: Any]]) ?? []).contains { $0["rule"] is NSNull })
    }
}
