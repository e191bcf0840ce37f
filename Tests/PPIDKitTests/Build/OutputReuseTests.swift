import Foundation
import Testing
@testable import PPIDKit

/// `ppid build` into the site it made before: pages whose inputs did not change and files whose
/// bytes did not change are hard links to the old files, yet the site is exactly what a build into
/// an empty folder makes, and the old site stays whole until the one atomic exchange.
@Suite(.serialized) struct OutputReuseTests {
    struct Project {
        let fixture: ContentFixture
        let output: URL
        var templates = RichSite.templatesPath

        init() throws {
            fixture = try IncrementalBuildTests.twoOPDSite()
            output = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-pakai-ulang-\(UUID().uuidString)/Site")
        }

        func options(_ output: URL) -> BuildOptions {
            BuildOptions(contentPath: fixture.path, templatesPath: templates, outputPath: output.path, today: ContentFixture.today)
        }

        /// `ppid build` into the output (what the command runs).
        func build() async -> SiteBuilder.Summary? {
            if case .built(let summary, _) = await SiteBuilder(options: options(output)).run() { return summary }
            return nil
        }

        /// Every file of a build of the same content into a new folder.
        func coldSite() async -> [String: Data] {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-dingin-\(UUID().uuidString)/Site")
            defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
            _ = await SiteBuilder(options: options(folder)).run()
            return PPIDProcess.snapshot(folder)
        }

        func site() -> [String: Data] { PPIDProcess.snapshot(output) }

        func inode(_ sitePath: String) -> UInt64? {
            var info = stat()
            return stat(output.appendingPathComponent(sitePath).path, &info) == 0 ? UInt64(info.st_ino) : nil
        }

        func editDIP(_ change: (String) -> String) throws {
            let url = fixture.root.appendingPathComponent("opd/diskominfo/dip.yml")
            let dip = try String(contentsOf: url, encoding: .utf8)
            let edited = change(dip)
            #expect(edited != dip)
            try fixture.write(edited, to: "opd/diskominfo/dip.yml")
        }

        /// Deletes Diskominfo's item `data-50` from its dip.yml.
        func deleteItem50() throws {
            try editDIP { dip in
                guard let start = dip.range(of: "\n  - id: data-50\n"), let end = dip.range(of: "\n  - id: data-51\n") else { return dip }
                return dip.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "")
            }
        }

        func remove() {
            fixture.remove()
            try? FileManager.default.removeItem(at: output.deletingLastPathComponent())
        }
    }

    static let untouchedPage = "opd/dinkes/informasi/lk-2025/index.html"
    static let editedPage = "opd/diskominfo/informasi/data-7/index.html"

    @Test func aOneItemChangeRendersItsPagesAndTheSiteEqualsAColdBuild() async throws {
        let project = try Project()
        defer { project.remove() }
        let first = try #require(await project.build())
        #expect(first.rendered == first.pages)
        let untouched = try #require(project.inode(Self.untouchedPage))

        try project.editDIP { $0.replacingOccurrences(of: "Data Statistik Sektoral Nomor 7\n", with: "Data Statistik Sektoral Nomor Tujuh\n") }
        let second = try #require(await project.build())
        #expect(second.rendered > 0)
        #expect(second.rendered < 30, "dirender ulang: \(second.rendered) dari \(second.pages)")
        let site = project.site()
        #expect(site[Self.editedPage].map { String(decoding: $0, as: UTF8.self) }?.contains("Nomor Tujuh") == true)
        #expect(IncrementalBuildTests.differences(site, await project.coldSite()) == [])
        // The unchanged page is the old file itself, not a new copy of it.
        #expect(project.inode(Self.untouchedPage) == untouched)
    }

    @Test func aDeletedItemLeavesNoPageAndTheItemsAfterItAreNotRendered() async throws {
        let project = try Project()
        defer { project.remove() }
        _ = try #require(await project.build())
        let later = try #require(project.inode("opd/diskominfo/informasi/data-90/index.html"))
        try project.deleteItem50()
        let summary = try #require(await project.build())
        #expect(summary.rendered < 30, "dirender ulang: \(summary.rendered) dari \(summary.pages)")
        let site = project.site()
        #expect(site["opd/diskominfo/informasi/data-50/index.html"] == nil)
        #expect(IncrementalBuildTests.differences(site, await project.coldSite()) == [])
        #expect(project.inode("opd/diskominfo/informasi/data-90/index.html") == later)
    }

    @Test func anItemDeletedInOneOPDMovesTheRowsOfListPagesShowingOnlyAnother() async throws {
        let project = try Project()
        defer { project.remove() }
        _ = try #require(await project.build())
        // Dinas Kesehatan's items come first in the list of all items; its second page shows only
        // Diskominfo's, whose file does not change, yet its rows and the count do.
        let url = project.fixture.root.appendingPathComponent("opd/dinkes/dip.yml")
        let dip = try String(contentsOf: url, encoding: .utf8)
        let start = try #require(dip.range(of: "\n  - id: kinerja-2025\n"))
        let end = try #require(dip.range(of: "\n  - id: lk-2025\n"))
        try project.fixture.write(dip.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: ""), to: "opd/dinkes/dip.yml")
        _ = try #require(await project.build())
        let site = project.site()
        #expect(site["opd/dinkes/informasi/kinerja-2025/index.html"] == nil)
        #expect(IncrementalBuildTests.differences(site, await project.coldSite()) == [])
    }

    @Test func aThemeChangeRendersEveryPageAgain() async throws {
        var project = try Project()
        let theme = project.output.deletingLastPathComponent().appendingPathComponent("Tema")
        try FileManager.default.createDirectory(at: theme.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: RichSite.templatesPath, toPath: theme.path)
        project.templates = theme.path
        defer { project.remove() }
        _ = try #require(await project.build())

        let layout = theme.appendingPathComponent("bersama/kaki.mustache")
        let text = try String(contentsOf: layout, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "Data terbuka</a>", with: "Data terbuka (CSV, JSON)</a>").utf8).write(to: layout)
        let summary = try #require(await project.build())
        #expect(summary.rendered == summary.pages)
        let site = project.site()
        #expect(site[Self.untouchedPage].map { String(decoding: $0, as: UTF8.self) }?.contains("Data terbuka (CSV, JSON)") == true)
        #expect(IncrementalBuildTests.differences(site, await project.coldSite()) == [])
    }

    @Test func aPageEditedByHandIsRenderedAgainAndTheRestIsStillReused() async throws {
        let project = try Project()
        defer { project.remove() }
        _ = try #require(await project.build())
        // Someone edits a built page in place: its recorded stamp no longer vouches for it.
        try Data("diubah tangan".utf8).write(to: project.output.appendingPathComponent(Self.untouchedPage))
        try project.editDIP { $0.replacingOccurrences(of: "Data Statistik Sektoral Nomor 7\n", with: "Data Statistik Sektoral Nomor Tujuh\n") }
        let summary = try #require(await project.build())
        #expect(summary.rendered < summary.pages / 2)
        #expect(project.site()[Self.untouchedPage].map { String(decoding: $0, as: UTF8.self) }?.contains("diubah tangan") == false)
        #expect(IncrementalBuildTests.differences(project.site(), await project.coldSite()) == [])
    }

    @Test func aPageReplacedByHandWithItsSizeAndTimeKeptIsRenderedAgain() async throws {
        let project = try Project()
        defer { project.remove() }
        _ = try #require(await project.build())
        let page = project.output.appendingPathComponent(Self.untouchedPage)
        var info = stat()
        #expect(stat(page.path, &info) == 0)
        // Another file of the same size takes the page's place, with the page's modification time.
        var bytes = try [UInt8](Data(contentsOf: page))
        let at = try #require(bytes.firstIndex(of: UInt8(ascii: "<")))
        bytes[at] = UInt8(ascii: "X")
        let replacement = page.deletingLastPathComponent().appendingPathComponent("ganti.tmp")
        try Data(bytes).write(to: replacement)
        #expect(rename(replacement.path, page.path) == 0)
        var times = [info.st_atim, info.st_mtim]
        #expect(utimensat(AT_FDCWD, page.path, &times, 0) == 0)

        // No input changed, yet the site is not what the stamp says: only that page is rendered.
        let summary = try #require(await project.build())
        #expect(summary.rendered == 1)
        #expect(project.site()[Self.untouchedPage].map { Array($0) } != bytes)
        #expect(IncrementalBuildTests.differences(project.site(), await project.coldSite()) == [])
    }

    @Test func theStampListsTheOutputExactlyAsItIsOnDisk() async throws {
        let project = try Project()
        defer { project.remove() }
        _ = try #require(await project.build())
        for round in 0..<3 {
            // The stamp's listing is made from what the build wrote; it must equal a walk of the output.
            let stamp = try #require(BuildStamp.load(forOutput: project.output.path, findings: false))
            #expect(stamp.output == BuildStamp.listing(ofOutput: project.output.path), "putaran \(round)")
            if case .unchanged = await SiteBuilder(options: project.options(project.output)).run() {} else {
                Issue.record("tanpa perubahan, situs seharusnya dinyatakan mutakhir (putaran \(round))")
            }
            let before = round == 0 ? "Nomor 7\n" : "Nomor 7\(round - 1)\n"
            try project.editDIP { $0.replacingOccurrences(of: before, with: "Nomor 7\(round)\n") }
            _ = try #require(await project.build())
        }
    }

    @Test func aFailedBuildLeavesTheSiteAndItsReuseIntact() async throws {
        var project = try Project()
        let theme = project.output.deletingLastPathComponent().appendingPathComponent("Tema")
        try FileManager.default.createDirectory(at: theme.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: RichSite.templatesPath, toPath: theme.path)
        project.templates = theme.path
        defer { project.remove() }
        _ = try #require(await project.build())
        let before = project.site()
        let untouched = try #require(project.inode(Self.untouchedPage))

        // A broken template: the build fails, the site in place stays exactly as it was.
        let page = theme.appendingPathComponent("informasi.mustache")
        let good = try Data(contentsOf: page)
        try Data("{{#judul}}tanpa penutup".utf8).write(to: page)
        try project.editDIP { $0.replacingOccurrences(of: "Data Statistik Sektoral Nomor 7\n", with: "Data Statistik Sektoral Nomor Tujuh\n") }
        if case .built = await SiteBuilder(options: project.options(project.output)).run() { Issue.record("templat rusak tetap dibangun") }
        #expect(project.site() == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.output.deletingLastPathComponent().path)
            .filter { $0.contains(".tmp-") }
        #expect(leftovers == [])

        // Repaired, the next build still reuses the site in place.
        try good.write(to: page)
        let summary = try #require(await project.build())
        #expect(summary.rendered < 30, "dirender ulang: \(summary.rendered) dari \(summary.pages)")
        #expect(project.inode(Self.untouchedPage) == untouched)
        #expect(IncrementalBuildTests.differences(project.site(), await project.coldSite()) == [])
    }
}
