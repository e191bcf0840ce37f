import Foundation
import Testing
@testable import PPIDKit

/// The site two builds back is kept beside the output (`.Site.ppid-cadangan`) and the next build
/// is staged in it. Whatever the spare holds, the site is exactly what a build into an empty
/// folder makes, the site in place is never written through, and nothing outside is touched.
@Suite(.serialized) struct SpareTreeTests {
    typealias Project = OutputReuseTests.Project

    static func spare(of project: Project) -> URL {
        project.output.deletingLastPathComponent().appendingPathComponent(".Site.ppid-cadangan")
    }

    func rename(_ project: Project, to title: String) throws {
        let url = project.fixture.root.appendingPathComponent("opd/diskominfo/dip.yml")
        let dip = try String(contentsOf: url, encoding: .utf8)
        let edited = dip.replacingOccurrences(of: #"Data Statistik Sektoral Nomor 7(\s\(.*\))?\n"#, with: "Data Statistik Sektoral Nomor 7 (\(title))\n",
                                              options: .regularExpression)
        #expect(edited != dip)
        try project.fixture.write(edited, to: "opd/diskominfo/dip.yml")
    }

    /// A cold build, then a rebuild after one title changed: the output has a spare beside it.
    func buildTwice(_ project: Project) async throws {
        _ = try #require(await project.build())
        try rename(project, to: "satu")
        _ = try #require(await project.build())
    }

    @Test func rebuildsStageInTheSiteTwoBuildsBackAndStillEqualAColdBuild() async throws {
        let project = try Project()
        defer { project.remove() }
        _ = try #require(await project.build())
        #expect(!FileManager.default.fileExists(atPath: Self.spare(of: project).path))
        let untouched = try #require(project.inode(OutputReuseTests.untouchedPage))
        for round in 1...4 {
            try rename(project, to: "putaran \(round)")
            if round == 3 {
                // An item disappears: its page must not come back from the spare.
                try project.deleteItem50()
            }
            let summary = try #require(await project.build())
            #expect(summary.rendered < 30, "putaran \(round): dirender ulang \(summary.rendered) dari \(summary.pages)")
            let site = project.site()
            #expect(IncrementalBuildTests.differences(site, await project.coldSite()) == [], "putaran \(round)")
            #expect(site[OutputReuseTests.editedPage].map { String(decoding: $0, as: UTF8.self) }?.contains("putaran \(round)") == true)
            if round >= 3 { #expect(site["opd/diskominfo/informasi/data-50/index.html"] == nil) }
            #expect(project.inode(OutputReuseTests.untouchedPage) == untouched, "halaman yang tidak berubah tetap berkas yang sama")
            // The previous site is kept as the spare, whole.
            let spareSite = PPIDProcess.snapshot(Self.spare(of: project))
            #expect(spareSite[OutputReuseTests.editedPage].map { String(decoding: $0, as: UTF8.self) }?.contains("putaran \(round)") == false)
            #expect(spareSite.count > site.count / 2)
        }
    }

    @Test func aSpareChangedByHandIsNeverTrusted() async throws {
        let project = try Project()
        defer { project.remove() }
        try await buildTwice(project)
        let spare = Self.spare(of: project)
        let manager = FileManager.default
        // The unchanged page replaced by other bytes of the same length (a new file, not the old one).
        let page = spare.appendingPathComponent(OutputReuseTests.untouchedPage)
        let size = try Data(contentsOf: page).count
        try manager.removeItem(at: page)
        try Data(repeating: UInt8(ascii: "x"), count: size).write(to: page)
        // A page's folder replaced by a file, a file where nothing belongs, an asset changed in place
        // after breaking its link.
        let folder = spare.appendingPathComponent("opd/diskominfo/informasi/data-8")
        try manager.removeItem(at: folder)
        try Data("bukan folder".utf8).write(to: folder)
        try Data("sisa".utf8).write(to: spare.appendingPathComponent("opd/diskominfo/sisa.html"))
        let style = try #require(try manager.subpathsOfDirectory(atPath: spare.path).first { $0.hasSuffix(".css") })
        let styleBytes = try Data(contentsOf: spare.appendingPathComponent(style))
        try manager.removeItem(at: spare.appendingPathComponent(style))
        try Data(styleBytes.dropLast(2) + Data("x}".utf8)).write(to: spare.appendingPathComponent(style))

        try rename(project, to: "dua")
        _ = try #require(await project.build())
        let site = project.site()
        #expect(IncrementalBuildTests.differences(site, await project.coldSite()) == [])
        #expect(site["opd/diskominfo/sisa.html"] == nil)
    }

    @Test func aSpareHoldingALinkIsRemovedAndWhatItPointsToIsUntouched() async throws {
        let project = try Project()
        defer { project.remove() }
        try await buildTwice(project)
        let spare = Self.spare(of: project)
        let manager = FileManager.default
        let elsewhere = project.output.deletingLastPathComponent().appendingPathComponent("lain")
        try manager.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try Data("jangan diubah".utf8).write(to: elsewhere.appendingPathComponent("index.html"))
        let folder = spare.appendingPathComponent("opd/dinkes")
        try manager.removeItem(at: folder)
        try manager.createSymbolicLink(at: folder, withDestinationURL: elsewhere)

        try rename(project, to: "dua")
        _ = try #require(await project.build())
        #expect(IncrementalBuildTests.differences(project.site(), await project.coldSite()) == [])
        #expect(try manager.contentsOfDirectory(atPath: elsewhere.path) == ["index.html"])
        #expect(try String(contentsOf: elsewhere.appendingPathComponent("index.html"), encoding: .utf8) == "jangan diubah")
    }

    @Test func contentWithErrorsLeavesTheSiteAndTheSpareInPlace() async throws {
        let project = try Project()
        defer { project.remove() }
        try await buildTwice(project)
        let before = project.site()
        let spare = PPIDProcess.snapshot(Self.spare(of: project))
        #expect(!spare.isEmpty)

        // The spare is claimed while the content is validated; an error gives it back untouched.
        try project.editDIP { $0.replacingOccurrences(of: "  - id: data-7\n", with: "  - id: [data-7\n") }
        if case .built = await SiteBuilder(options: project.options(project.output)).run() { Issue.record("konten bergalat tetap dibangun") }
        #expect(project.site() == before)
        #expect(PPIDProcess.snapshot(Self.spare(of: project)) == spare)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.output.deletingLastPathComponent().path)
            .filter { $0.contains(".tmp-") }
        #expect(leftovers == [])
    }

    @Test func aFailedBuildLeavesTheSiteInPlaceAndTheNextBuildIsWhole() async throws {
        var project = try Project()
        let theme = project.output.deletingLastPathComponent().appendingPathComponent("Tema")
        try FileManager.default.createDirectory(at: theme.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: RichSite.templatesPath, toPath: theme.path)
        project.templates = theme.path
        defer { project.remove() }
        try await buildTwice(project)
        let before = project.site()

        // A theme file that cannot be read as text fails the build after the spare was claimed.
        let page = theme.appendingPathComponent("informasi.mustache")
        let good = try Data(contentsOf: page)
        try Data("{{#judul}}tanpa penutup".utf8).write(to: page)
        try rename(project, to: "dua")
        if case .built = await SiteBuilder(options: project.options(project.output)).run() { Issue.record("templat rusak tetap dibangun") }
        #expect(project.site() == before)

        try good.write(to: page)
        _ = try #require(await project.build())
        #expect(IncrementalBuildTests.differences(project.site(), await project.coldSite()) == [])
    }
}
