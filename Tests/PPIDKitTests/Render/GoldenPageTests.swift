import Foundation
@testable import PPIDKit
import Testing

/// Rendered pages compared byte for byte with reviewed copies in `Golden/`.
/// Re-record after an intended change with `PPID_RECORD=1 swift test --filter GoldenPageTests`.
@Suite(.serialized) struct GoldenPageTests {
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static let pages: [(String, PageSpec)] = [
        ("beranda", .home),
        ("opd", .opd(0, page: 1)),
        ("opd-hal-2", .opd(0, page: 2)),
        ("informasi", .information(opd: 0, item: 2)),
        ("dikecualikan", .exemption(opd: 0, item: 0)),
        ("dikecualikan-daftar", .dikList(page: 1)),
        ("dikecualikan-terbuka", .exemption(opd: 0, item: 1)),
        ("dikecualikan-dibuka", .openedExemptions),
        ("sop", .sop(opd: 0, sop: 0)),
        ("informasi-berkala", .dipList(.berkala, page: 1)),
        ("halaman", .freePage(0)),
        ("layanan", .services),
        ("cari", .search),
        ("data", .openData),
        ("aksesibilitas", .accessibility),
    ]

    @Test(arguments: pages.map(\.0))
    func pageMatchesGolden(name: String) async throws {
        let fixture = try RichSite.make()
        defer { fixture.remove() }
        let (site, templates) = try await RichSite.context(for: fixture)
        guard let spec = Self.pages.first(where: { $0.0 == name })?.1 else { return }
        let html = PageRenderer(site: site, templates: templates).render(spec).html
        try Golden.assertMatches(html, named: "\(name).html", in: Self.goldenFolder)
    }

    @Test func relativeLinksOpenFromDisk() async throws {
        let fixture = try RichSite.make()
        defer { fixture.remove() }
        let (site, templates) = try await RichSite.context(for: fixture, relativeLinks: true)
        let page = PageRenderer(site: site, templates: templates).render(.information(opd: 0, item: 2))
        #expect(page.file == "opd/diskominfo/informasi/lk-2025/index.html")
        #expect(page.html.contains("href=\"../../../../aset/gaya.css\""))
        #expect(page.html.contains("href=\"../../../../opd/diskominfo/index.html\""))
        #expect(page.html.contains("href=\"../../../../opd/diskominfo/berkas/lk-2025.pdf\""))
        #expect(!page.html.contains("href=\"/"))
    }

    @Test func baseURLPathPrefixesEveryInternalLink() async throws {
        let fixture = try RichSite.make()
        defer { fixture.remove() }
        let options = BuildOptions(contentPath: fixture.path, templatesPath: RichSite.templatesPath, outputPath: "",
                                   baseURL: "https://contoh.github.io/ppid/", today: ContentFixture.today)
        let urls = SiteBuilder.urls(options, nil)
        #expect(urls.link("opd/") == "/ppid/opd/")
        #expect(urls.absolute("opd/") == "https://contoh.github.io/ppid/opd/")
        let validation = await Validation.run(contentPath: fixture.path, today: ContentFixture.today) { model in
            SiteBuilder.urls(options, model)
        }
        let page = validation.model.pages[0]
        #expect(validation.markdown.body(page)?.html.contains("href=\"/ppid/berkas/sk.pdf\"") == true)
    }
}

enum Golden {
    static func assertMatches(_ actual: String, named name: String, in folder: URL,
                              sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["PPID_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = FileManager.default.contents(atPath: url.path).map({ String(decoding: $0, as: UTF8.self) }) else {
            Issue.record("Berkas golden \(name) belum ada; rekam dengan PPID_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
            let line = first?.offset ?? min(expectedLines.count, actualLines.count)
            Issue.record("""
                \(name) berbeda dari golden mulai baris \(line + 1):
                  diharapkan: \(line < expectedLines.count ? String(expectedLines[line]) : "<akhir berkas>")
                  dihasilkan: \(line < actualLines.count ? String(actualLines[line]) : "<akhir berkas>")
                Rekam ulang dengan PPID_RECORD=1 bila perubahan ini disengaja.
                """, sourceLocation: sourceLocation)
        }
    }
}
