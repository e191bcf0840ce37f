import Foundation
@testable import PPIDKit
import Testing

/// The `ppid` executable end to end: the sample content, broken content, exit codes, output
/// formats, reproducibility and the untouched previous site.
@Suite(.serialized) struct CommandLineTests {
    let root = RichSite.packageRoot
    var content: String { root.appendingPathComponent("Content").path }
    var templates: String { root.appendingPathComponent("Templates").path }

    private func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("ppid-e2e-\(UUID().uuidString)")
    }

    @Test func sampleContentChecksWithoutErrors() throws {
        let result = try PPIDProcess.run(["check", "--content", content, "--tanggal", "2026-11-25"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains(" galat, "))
        #expect(result.stdout.contains("0 galat"))
    }

    @Test func sampleContentBuildsAPageForEveryOPD() throws {
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try PPIDProcess.run(["build", "--content", content, "--templates", templates, "--output", output.path,
                                          "--tanggal", "2026-11-25"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("halaman"))
        let opds = try FileManager.default.contentsOfDirectory(atPath: content + "/opd").filter { !$0.hasPrefix(".") }
        #expect(opds.count >= 6)
        for slug in opds {
            let page = output.appendingPathComponent("opd/\(slug)/index.html")
            #expect(FileManager.default.fileExists(atPath: page.path), "tidak ada halaman untuk \(slug)")
        }
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("<html lang=\"id\">"))
        #expect(!home.contains("http://") || !home.contains("<script src=\"http"))
    }

    @Test func twoBuildsWithTheSameDateAreIdentical() throws {
        let first = temporaryFolder(), second = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: first); try? FileManager.default.removeItem(at: second) }
        try PPIDProcess.run(["build", "--content", content, "--templates", templates, "--output", first.path, "--tanggal", "2026-11-25"])
        try PPIDProcess.run(["build", "--content", content, "--templates", templates, "--output", second.path],
                            environment: ["SOURCE_DATE_EPOCH": "1795564800"]) // 2026-11-25 UTC
        let a = PPIDProcess.snapshot(first), b = PPIDProcess.snapshot(second)
        #expect(!a.isEmpty)
        #expect(a.keys.sorted() == b.keys.sorted())
        #expect(a == b)
    }

    @Test func brokenContentExitsOneAndLeavesThePreviousSiteUntouched() throws {
        let fixture = try ContentFixture.minimal()
        defer { fixture.remove() }
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let good = try PPIDProcess.run(["build", "--content", fixture.path, "--templates", templates, "--output", output.path, "--tanggal", "2026-11-25"])
        #expect(good.status == 0, "\(good.stderr)")
        let before = PPIDProcess.snapshot(output)

        try fixture.write("nama: Kabupaten Contoh\njenis: kabupatenn\nalamat_situs: https://x.go.id\nppid_utama: [\n", to: "ppid.yml")
        // Run from the fixture's parent with a relative --content, as a humas officer would.
        let parent = fixture.root.deletingLastPathComponent()
        let link = parent.appendingPathComponent("Content-\(UUID().uuidString)")
        try FileManager.default.moveItem(at: fixture.root, to: link)
        defer { try? FileManager.default.moveItem(at: link, to: fixture.root) }
        let result = try PPIDProcess.run(["build", "--content", link.lastPathComponent, "--templates", templates,
                                          "--output", output.path, "--tanggal", "2026-11-25"], in: parent)
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(link.lastPathComponent)/ppid.yml:"))
        #expect(result.stderr.contains("error[PPID001]"))
        #expect(PPIDProcess.snapshot(output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)
            .filter { $0.contains(output.lastPathComponent) && $0 != output.lastPathComponent && !$0.hasSuffix(".ppid-stempel") && !$0.contains(".ppid-kunci") }
        #expect(leftovers.isEmpty, "sisa folder sementara: \(leftovers)")
    }

    @Test func aRebuildWithNothingChangedStopsAtOnce() throws {
        let fixture = try ContentFixture.minimal(["halaman/profil.md": "---\njudul: Profil\n---\n<b>tebal</b>\n"])
        defer { fixture.remove() }
        let output = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let arguments = ["build", "--content", fixture.path, "--templates", templates, "--output", output.path, "--tanggal", "2026-11-25"]
        let first = try PPIDProcess.run(arguments)
        #expect(first.stdout.contains("Situs dibangun"))
        let again = try PPIDProcess.run(arguments)
        #expect(again.status == 0)
        #expect(again.stdout.contains("Tidak ada perubahan"))
        #expect(again.stderr.contains("warning[PPID014]"), "temuan pembangunan terakhir tetap dilaporkan")
        try fixture.write("---\njudul: Profil Baru\n---\nIsi.\n", to: "halaman/profil.md")
        let changed = try PPIDProcess.run(arguments)
        #expect(changed.stdout.contains("Situs dibangun"))
        let page = try String(contentsOf: output.appendingPathComponent("profil/index.html"), encoding: .utf8)
        #expect(page.contains("Profil Baru"))
        let otherDate = try PPIDProcess.run(Array(arguments.dropLast()) + ["2026-11-26"])
        #expect(otherDate.stdout.contains("Situs dibangun"), "tanggal acuan lain: bangun ulang")
    }

    @Test func checkFormats() throws {
        let fixture = try ContentFixture.minimal(["opd/diskominfo/opd.yml": Samples.opd.replacingOccurrences(of: "jenis: dinas", with: "jenis: dinass")])
        defer { fixture.remove() }
        let text = try PPIDProcess.run(["check", "--content", fixture.path, "--tanggal", "2026-11-25"])
        #expect(text.status == 1)
        #expect(text.stdout.contains("opd/diskominfo/opd.yml:3:8: error[PPID004]: \"dinass\" bukan nilai yang diizinkan"))
        #expect(text.stdout.contains("    jenis: dinass\n           ^"))
        #expect(text.stdout.hasSuffix("1 galat, 0 peringatan\n"))

        let json = try PPIDProcess.run(["check", "--content", fixture.path, "--tanggal", "2026-11-25", "--format", "json"])
        #expect(json.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let diagnostics = object?["diagnostics"] as? [[String: Any]]
        #expect(diagnostics?.first?["rule"] as? String == "PPID004")
        #expect(diagnostics?.first?["line"] as? Int == 3)
        #expect(diagnostics?.first?["column"] as? Int == 8)
        #expect(diagnostics?.first?["severity"] as? String == "error")
        #expect((object?["summary"] as? [String: Any])?["errors"] as? Int == 1)

        let github = try PPIDProcess.run(["check", "--content", fixture.path, "--tanggal", "2026-11-25", "--format", "github"])
        #expect(github.stdout.hasPrefix("::error file=\(fixture.path)/opd/diskominfo/opd.yml,line=3,col=8,title=PPID004::"))
    }

    @Test func strictTurnsWarningsIntoFailure() throws {
        let fixture = try ContentFixture.minimal(["halaman/profil.md": "---\njudul: Profil\n---\n<b>tebal</b>\n"])
        defer { fixture.remove() }
        let normal = try PPIDProcess.run(["check", "--content", fixture.path, "--tanggal", "2026-11-25"])
        #expect(normal.status == 0)
        #expect(normal.stdout.contains("warning[PPID014]"))
        let strict = try PPIDProcess.run(["check", "--content", fixture.path, "--tanggal", "2026-11-25", "--strict", "--format", "json"])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("\"severity\": \"warning\""))
    }

    @Test func wrongUseExitsTwo() throws {
        #expect(try PPIDProcess.run(["check", "--content", "/tidak/ada"]).status == 2)
        #expect(try PPIDProcess.run(["check", "--tanggal", "25-11-2026", "--content", content]).status == 2)
        #expect(try PPIDProcess.run(["build", "--bendera-salah"]).status == 2)
        #expect(try PPIDProcess.run(["--version"]).status == 0)
    }
}
