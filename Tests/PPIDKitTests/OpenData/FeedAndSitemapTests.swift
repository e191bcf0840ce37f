import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import PPIDKit
import Testing

/// `feed.xml` (Atom) and `sitemap.xml`/`robots.txt`: content, order, well-formed XML, no clock.
@Suite struct FeedAndSitemapTests {
    /// Element names and texts of an XML document; fails the test when it is not well-formed.
    final class XMLCollector: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String])] = []
        var texts: [String: [String]] = [:]
        private var current = ""
        private var path: [String] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements.append((name, attributes))
            path.append(name)
            current = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            texts[path.joined(separator: "/"), default: []].append(current)
            path.removeLast()
            current = ""
        }

        static func parse(_ text: String) -> XMLCollector? {
            let collector = XMLCollector()
            let parser = XMLParser(data: Data(text.utf8))
            parser.delegate = collector
            return parser.parse() ? collector : nil
        }
    }

    @Test func feedHasTheNewest50ItemsAndTheirNewestDate() async throws {
        let fixture = try RichSite.make()
        defer { fixture.remove() }
        let (site, _) = try await RichSite.context(for: fixture)
        let feed = AtomFeed(site: site)
        let entries = feed.entries()
        #expect(site.model.allInformation.count > 100)
        #expect(entries.count == 50)
        // Newest first; diperbarui wins over waktu_pembuatan.
        #expect(entries.first?.entry.information?.id == "profil-diskominfo")
        #expect(entries.first?.date == CalendarDate(year: 2026, month: 10, day: 1))
        #expect(zip(entries, entries.dropFirst()).allSatisfy { $0.date >= $1.date })
        let xml = feed.xml()
        let parsed = try #require(XMLCollector.parse(xml), "feed.xml bukan XML yang sah")
        #expect(parsed.elements.first?.name == "feed")
        #expect(parsed.elements.filter { $0.name == "entry" }.count == 50)
        #expect(parsed.texts["feed/updated"] == ["2026-10-01T00:00:00Z"])
        #expect(parsed.texts["feed/entry/title"]?.first == "Profil Dinas Komunikasi dan Informatika")
        #expect(parsed.texts["feed/entry/id"]?.first == "https://ppid.contoh.go.id/opd/diskominfo/informasi/profil-diskominfo/")
        #expect(parsed.texts["feed/id"] == ["https://ppid.contoh.go.id/"])
        #expect(xml.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://ppid.contoh.go.id/feed.xml\"/>"))
        #expect(xml.contains("xml:lang=\"id\""))
    }

    @Test func feedDoesNotDependOnTheBuildDate() async throws {
        let fixture = try RichSite.make()
        defer { fixture.remove() }
        let (site, _) = try await RichSite.context(for: fixture)
        var later = site
        later.today = CalendarDate(year: 2031, month: 1, day: 2) ?? site.today
        #expect(AtomFeed(site: site).xml() == AtomFeed(site: later).xml())
        #expect(Sitemap(model: site.model, urls: site.urls).xml() == Sitemap(model: later.model, urls: later.urls).xml())
    }

    @Test func sitemapListsEveryPageButThe404() async throws {
        let fixture = try RichSite.make()
        defer { fixture.remove() }
        let (site, _) = try await RichSite.context(for: fixture)
        let sitemap = Sitemap(model: site.model, urls: site.urls)
        let parsed = try #require(XMLCollector.parse(sitemap.xml()), "sitemap.xml bukan XML yang sah")
        let locations = parsed.texts["urlset/url/loc"] ?? []
        let specs = SitePlan.pages(for: site.model)
        #expect(locations.count == specs.count - 1)
        #expect(Set(locations).count == locations.count)
        #expect(!locations.contains { $0.contains("404") })
        for path in ["", "layanan/", "cari/", "data/", "aksesibilitas/", "informasi-publik/setiap-saat/hal/2/", "statistik/pengaduan/"] {
            #expect(locations.contains("https://ppid.contoh.go.id/\(path)"), "\(path) tidak ada di sitemap")
        }
        #expect(!sitemap.xml().contains("lastmod"))
        #expect(sitemap.robots() == "User-agent: *\nAllow: /\n\nSitemap: https://ppid.contoh.go.id/sitemap.xml\n")
    }

    /// Above the protocol's 50,000 URLs per file, `sitemap.xml` becomes an index of parts that
    /// together list every page once.
    @Test func aLargeSiteGetsASitemapIndex() async throws {
        let fixture = try RichSite.make()
        defer { fixture.remove() }
        let (site, _) = try await RichSite.context(for: fixture)
        let whole = try #require(XMLCollector.parse(Sitemap(model: site.model, urls: site.urls).xml())?.texts["urlset/url/loc"])
        #expect(Sitemap(model: site.model, urls: site.urls).files().count == 1)

        let split = Sitemap(model: site.model, urls: site.urls, limit: 40)
        let files = split.files()
        #expect(files.count == 1 + (whole.count + 39) / 40)
        let index = try #require(XMLCollector.parse(files[0].xml))
        #expect(files[0].path == "sitemap.xml")
        #expect(index.texts["sitemapindex/sitemap/loc"] == files.dropFirst().map { "https://ppid.contoh.go.id/\($0.path)" })
        var listed: [String] = []
        for part in files.dropFirst() {
            let locations = try #require(XMLCollector.parse(part.xml)?.texts["urlset/url/loc"])
            #expect(locations.count <= 40)
            listed += locations
        }
        #expect(listed == whole)
        #expect(split.robots().hasSuffix("Sitemap: https://ppid.contoh.go.id/sitemap.xml\n"))
    }

    @Test func xmlTextEscapesMarkupAndDropsControls() {
        #expect(XMLText.escape("a < b & \"c\" 'd' >\u{1}") == "a &lt; b &amp; &quot;c&quot; &apos;d&apos; &gt;")
    }
}
