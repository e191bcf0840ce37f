import Foundation
@testable import PPIDKit
import Testing

/// The menu of every page holds at most `SiteContext.menuPageLimit` free pages, so a site with many
/// long-titled pages grows with its content, not with its square (issue 17, amplification); the
/// other pages are linked once, from the beranda.
@Suite struct MenuBoundTests {
    @Test func manyFreePagesStayOutOfTheMenuAndAreLinkedFromTheBeranda() throws {
        var files: [String: String?] = [:]
        let title = String(repeating: "Informasi panjang ", count: 15)
        for number in 1...40 {
            files["halaman/halaman-\(number).md"] = "---\njudul: \(title)\(number)\nurutan: \(number)\n---\nIsi halaman \(number).\n"
        }
        let fixture = try ContentFixture.minimal(files)
        defer { fixture.remove() }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-menu-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try PPIDProcess.run(["build", "--content", fixture.path, "--templates", RichSite.packageRoot.appendingPathComponent("Templates").path,
                                          "--output", output.path, "--tanggal", "2026-11-25"])
        #expect(result.status == 0, "\(result.stderr)")

        let page = try String(contentsOf: output.appendingPathComponent("halaman-40/index.html"), encoding: .utf8)
        let menuLinks = page.components(separatedBy: "/halaman-").count - 1
        #expect(menuLinks <= SiteContext.menuPageLimit + 2, "a page links \(menuLinks) free pages")
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("Halaman lain"))
        for number in (SiteContext.menuPageLimit + 1)...40 {
            #expect(home.contains("/halaman-\(number)/"), "halaman-\(number) is linked from the beranda")
        }
        // The whole site stays proportional to its pages: no page carries every title.
        #expect(page.utf8.count < 60_000, "\(page.utf8.count) bytes")
    }
}
