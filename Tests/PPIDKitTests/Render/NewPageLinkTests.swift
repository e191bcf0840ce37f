import Foundation
@testable import PPIDKit
import Testing

/// The pages added for issue 5 keep working with `--relative-links` (opened from disk) and under a
/// `--base-url` sub-path, and the sitemap's paths are the pages' own.
@Suite struct NewPageLinkTests {
    static let specs: [PageSpec] = [.home, .services, .search, .openData, .accessibility, .dipList(nil, page: 1),
                                    .dipList(.setiapSaat, page: 2), .opd(0, page: 1), .notFound]

    @Test func relativeLinksLeaveNoRootRelativeURL() async throws {
        let fixture = try RichSite.make()
        defer { fixture.remove() }
        let (site, templates) = try await RichSite.context(for: fixture, relativeLinks: true)
        let renderer = PageRenderer(site: site, templates: templates)
        for spec in Self.specs {
            let page = renderer.render(spec)
            for attribute in ["href=\"/", "src=\"/", "action=\"/", "data-indeks=\"/"] {
                let stray = page.html.ranges(of: attribute).filter { !page.html[$0.upperBound...].hasPrefix("/") }
                #expect(stray.isEmpty, "\(page.file) masih memuat \(attribute)")
            }
        }
        let search = renderer.render(.search).html
        #expect(search.contains("data-indeks=\"../cari/indeks.json\""))
        #expect(search.contains("<script src=\"../cari/indeks.js\"></script>"))
        #expect(search.contains("action=\"../cari/index.html\""))
        let home = renderer.render(.home).html
        #expect(home.contains("href=\"feed.xml\""))
        #expect(home.contains("href=\"aksesibilitas/index.html\""))
        let list = renderer.render(.dipList(.setiapSaat, page: 2)).html
        #expect(list.contains("<script src=\"../../../../aset/saring.js\"></script>"))
    }

    @Test func baseURLSubPathPrefixesEveryNewLink() async throws {
        let fixture = try RichSite.make()
        defer { fixture.remove() }
        let (plain, templates) = try await RichSite.context(for: fixture)
        var site = plain
        site.urls = SiteURLs(baseURL: "https://contoh.github.io/ppid/", relativeLinks: false)
        let renderer = PageRenderer(site: site, templates: templates)
        for spec in Self.specs {
            let html = renderer.render(spec).html
            for attribute in ["href=\"/", "src=\"/", "action=\"/", "data-indeks=\"/"] {
                for range in html.ranges(of: attribute) {
                    #expect(html[range.upperBound...].hasPrefix("ppid/"), "\(spec): \(attribute) tanpa /ppid/")
                }
            }
        }
        let search = renderer.render(.search).html
        #expect(search.contains("data-indeks=\"/ppid/cari/indeks.json\""))
        #expect(search.contains("action=\"/ppid/cari/\""))
        let sitemap = Sitemap(model: site.model, urls: site.urls).xml()
        #expect(sitemap.contains("<loc>https://contoh.github.io/ppid/layanan/</loc>"))
        #expect(Sitemap(model: site.model, urls: site.urls).robots().contains("Sitemap: https://contoh.github.io/ppid/sitemap.xml\n"))
    }

    @Test func relativeBuildsKeepTheBaseURLPathInAbsoluteURLs() {
        let options = BuildOptions(baseURL: "https://contoh.github.io/ppid/", relativeLinks: true, today: ContentFixture.today)
        let urls = SiteBuilder.urls(options, nil)
        #expect(urls.link("opd/") == "/opd/")
        #expect(urls.absolute("opd/") == "https://contoh.github.io/ppid/opd/")
    }

    @Test func sitePathOfEverySpecIsTheBuildersPath() async throws {
        let fixture = try RichSite.make()
        defer { fixture.remove() }
        let (site, _) = try await RichSite.context(for: fixture)
        let builder = PageBuilder(site: site)
        for spec in SitePlan.pages(for: site.model) {
            #expect(spec.sitePath(in: site.model) == builder.build(spec).path, "\(spec)")
        }
    }

    @Test func layananWithoutMaklumatPageSummarisesIt() async throws {
        let fixture = try ContentFixture.minimal()
        defer { fixture.remove() }
        let (site, templates) = try await RichSite.context(for: fixture)
        let html = PageRenderer(site: site, templates: templates).render(.services).html
        #expect(html.contains("menyatakan sanggup menyelenggarakan pelayanan informasi publik sesuai standar layanan yang ditetapkan"))
        #expect(!html.contains("maklumat-pelayanan/"))
        for limit in ["10 hari kerja", "7 hari kerja", "30 hari kerja", "14 hari kerja", "100 hari kerja", "Pasal 22", "Pasal 35", "Pasal 36", "Pasal 37", "Pasal 38"] {
            #expect(html.contains(limit), "\(limit) tidak ada di /layanan/")
        }
        #expect(html.contains("ppid@contoh.go.id"))
    }
}
