import Foundation
@testable import PPIDKit
import Testing

/// What a citizen sees once an exemption ends (LIFECYCLE.md, "Site"): the opened item leaves the DIK
/// lists and open data, its page says so, the announcement page lists it, the feed announces it and
/// it joins its OPD's DIP — derived, or as the `dip.yml` entry that names it in `dari_dik`.
@Suite struct ExemptionOpeningSiteTests {
    static let opened = "laporan-audit-keamanan-jaringan-pemerintah-daerah"
    static let title = "Laporan audit keamanan jaringan pemerintah daerah"

    /// The minimal site; its DIK has the sample item (still exempted) and one opened on 2026-07-01
    /// (plus `more`, further items of the list).
    static func fixture(dibuka: String = """
        tanggal: 2026-07-01
              nomor: 005/PPID-Diskominfo/2026
              alasan: jangka-waktu-berakhir
              berkas: berkas/hasil-uji.pdf
        """, more: String = "", dip: String = Samples.dip) throws -> ContentFixture {
        let opened = RuleFixture.exemptionFile(judul: title, jangkaWaktu: "2026-06-30").replacingOccurrences(of: "dikecualikan:\n", with: "")
        return try ContentFixture.minimal([
            "opd/diskominfo/dik.yml": Samples.dik + "\n" + opened + "\n    dibuka:\n      \(dibuka)\n" + more,
            "opd/diskominfo/dip.yml": dip,
            "opd/diskominfo/berkas/hasil-uji.pdf": "%PDF-1.4",
        ])
    }

    static func site(_ fixture: ContentFixture) async throws -> (SiteContext, PageRenderer, Validation) {
        let (site, templates) = try await RichSite.context(for: fixture)
        let validation = await fixture.validate()
        return (site, PageRenderer(site: site, templates: templates), validation)
    }

    static func exemptionSpec(_ site: SiteContext, _ id: String) throws -> PageSpec {
        let o = try #require(site.model.opds.firstIndex { $0.slug == "diskominfo" })
        let i = try #require(site.model.opds[o].exemptions.firstIndex { $0.id == id })
        return .exemption(opd: o, item: i)
    }

    @Test func theContentChecksClean() async throws {
        let fixture = try Self.fixture()
        defer { fixture.remove() }
        let found = await fixture.findings()
        #expect(found.isEmpty, "\(RuleFixture.describe(found))")
    }

    @Test func anOpenedItemLeavesTheDIKListsAndOpenData() async throws {
        let fixture = try Self.fixture()
        defer { fixture.remove() }
        let (site, renderer, _) = try await Self.site(fixture)
        #expect(site.model.withheldExemptions.map(\.id) == ["kerentanan-sistem"])
        let list = renderer.render(.dikList(page: 1)).html
        #expect(list.contains("Jumlah: 1."))
        #expect(!list.contains("\(Self.title)</a>"))
        #expect(list.contains("href=\"/informasi-dikecualikan/dibuka/\""), "the DIK list links to the announcements")
        let opdPage = renderer.render(.opd(0, page: 1)).html
        #expect(!opdPage.contains("/dikecualikan/\(Self.opened)/"))
        let data = ExemptionOpenData(model: site.model, urls: site.urls)
        #expect(!data.csv().contains(Self.opened))
        #expect(!data.json().contains(Self.opened))
        #expect(data.json().contains("kerentanan-sistem"))
        let home = renderer.render(.home).html
        #expect(home.contains("<strong>1</strong> informasi dikecualikan"))
    }

    @Test func itsOwnPageStaysAndSaysItWasOpened() async throws {
        let fixture = try Self.fixture()
        defer { fixture.remove() }
        let (site, renderer, _) = try await Self.site(fixture)
        let page = renderer.render(try Self.exemptionSpec(site, Self.opened))
        #expect(page.file == "opd/diskominfo/dikecualikan/\(Self.opened)/index.html")
        #expect(page.html.contains("Informasi ini telah dibuka sejak <time datetime=\"2026-07-01\">1 Juli 2026</time>"))
        #expect(page.html.contains("berdasarkan 005/PPID-Diskominfo/2026 (Jangka waktu pengecualian berakhir)"))
        #expect(page.html.contains("href=\"/opd/diskominfo/informasi/dibuka-\(Self.opened)/\""))
        #expect(!page.html.contains("Bila Anda keberatan"))
    }

    @Test func aFutureOpeningIsAnnouncedButTheItemStaysListed() async throws {
        let fixture = try Self.fixture(dibuka: """
            tanggal: 2026-12-15
                  nomor: 009/PPID-Diskominfo/2026
                  alasan: uji-konsekuensi-ulang
            """)
        defer { fixture.remove() }
        let (site, renderer, validation) = try await Self.site(fixture)
        #expect(!validation.diagnostics.hasErrors, "\(RuleFixture.describe(validation.diagnostics.sorted))")
        #expect(site.model.withheldExemptions.count == 2)
        #expect(site.model.openedExemptions.isEmpty)
        let page = renderer.render(try Self.exemptionSpec(site, Self.opened)).html
        #expect(page.contains("Informasi ini akan dibuka pada <time datetime=\"2026-12-15\">15 Desember 2026</time>"))
        #expect(!page.contains("telah dibuka sejak"))
        #expect(renderer.render(.dikList(page: 1)).html.contains("\(Self.title)</a>"))
        #expect(!site.model.allInformation.contains { $0.dariDIK != nil })
    }

    @Test func theAnnouncementPageListsEveryOpenedItemNewestFirst() async throws {
        let second = RuleFixture.exemptionFile(judul: "Rincian HPS paket pembangunan pusat data", dasarHukum: "Pasal 17 huruf b", jangkaWaktu: "2026-08-31")
            .replacingOccurrences(of: "dikecualikan:\n", with: "")
            + "\n    dibuka:\n      tanggal: 2026-09-10\n      nomor: 011/PPID-Diskominfo/2026\n      alasan: putusan-komisi-informasi\n"
        let fixture = try Self.fixture(more: second)
        defer { fixture.remove() }
        let (site, renderer, _) = try await Self.site(fixture)
        let page = renderer.render(.openedExemptions)
        #expect(page.file == "informasi-dikecualikan/dibuka/index.html")
        let html = page.html
        #expect(html.contains("<h1>Pengumuman perubahan klasifikasi informasi</h1>"))
        #expect(html.contains("<caption>"))
        #expect(html.contains("<th scope=\"col\">Dibuka sejak</th>"))
        let newer = try #require(html.range(of: "Rincian HPS paket pembangunan pusat data"))
        let older = try #require(html.range(of: Self.title))
        #expect(newer.lowerBound < older.lowerBound, "newest first")
        #expect(html.contains("011/PPID-Diskominfo/2026"))
        #expect(html.contains("Putusan Komisi Informasi"))
        #expect(html.contains("Dinas Komunikasi dan Informatika"))
        let sitemap = Sitemap(model: site.model, urls: site.urls).xml()
        #expect(sitemap.contains("<loc>https://ppid.contoh.go.id/informasi-dikecualikan/dibuka/</loc>"))
    }

    @Test func theFeedAnnouncesTheOpeningOnItsDate() async throws {
        let fixture = try Self.fixture()
        defer { fixture.remove() }
        let (site, _, _) = try await Self.site(fixture)
        let xml = AtomFeed(site: site).xml()
        let url = "https://ppid.contoh.go.id/opd/diskominfo/dikecualikan/\(Self.opened)/"
        #expect(xml.contains("<title>Dibuka: \(Self.title)</title>\n<id>\(url)</id>"))
        #expect(xml.contains("href=\"\(url)\"/>\n<updated>2026-07-01T00:00:00Z</updated>"))
        #expect(!xml.contains("/informasi/dibuka-\(Self.opened)/"), "one entry for one opening")
    }

    @Test func anOpenedItemJoinsItsOPDsDIPAsSetiapSaat() async throws {
        let fixture = try Self.fixture()
        defer { fixture.remove() }
        let (site, renderer, validation) = try await Self.site(fixture)
        let item = try #require(site.model.allInformation.first { $0.id == "dibuka-\(Self.opened)" })
        #expect(item.kategori == .setiapSaat)
        #expect(item.judul == Self.title)
        #expect(item.ringkasan == "Informasi ini sebelumnya dikecualikan dan telah dibuka sejak 1 Juli 2026 berdasarkan 005/PPID-Diskominfo/2026.")
        #expect(item.dasar == nil)
        #expect(item.penguasa == "Dinas Komunikasi dan Informatika")
        #expect(item.penanggungJawab == "PPID Pelaksana Diskominfo")
        #expect(item.waktuPembuatan == .date(CalendarDate(year: 2026, month: 7, day: 1)!))
        #expect(item.bentuk == ["softcopy"])
        #expect(item.retensi == "Sesuai jadwal retensi arsip")
        #expect(item.berkas == "berkas/hasil-uji.pdf")
        #expect(DocumentPublisher(validation: validation).documents.contains("opd/diskominfo/berkas/hasil-uji.pdf"))
        let json = InformationOpenData(model: site.model, urls: site.urls).json()
        #expect(json.contains("\"dari_dik\": \"\(Self.opened)\""))
        #expect(json.contains("\"dari_dik\": null"))
        let csv = try CSVTestReader.records(InformationOpenData(model: site.model, urls: site.urls).csv())
        let column = try #require(csv.first?.firstIndex(of: "dari_dik"))
        #expect(csv.dropFirst().filter { $0[column] == Self.opened }.count == 1)
        let o = try #require(site.model.opds.firstIndex { $0.slug == "diskominfo" })
        let i = try #require(site.model.opds[o].informasi.firstIndex { $0.id == item.id })
        let page = renderer.render(.information(opd: o, item: i)).html
        #expect(page.contains("href=\"/informasi-dikecualikan/dibuka/#dibuka-diskominfo-\(Self.opened)\""))
        #expect(renderer.render(.dipList(.setiapSaat, page: 1)).html.contains("/informasi/dibuka-\(Self.opened)/"))
    }

    @Test func aDIPEntryNamingTheOpenedItemTakesItsPlace() async throws {
        let dip = Samples.dip + """

              - id: hasil-uji-penetrasi-2025
                judul: Ringkasan hasil uji penetrasi sistem informasi 2025
                ringkasan: Temuan yang telah ditutup dan rekomendasinya.
                kategori: setiap-saat
                penguasa: Bidang Persandian
                penanggung_jawab: Kepala Bidang Persandian
                waktu_pembuatan: 2026-07-01
                bentuk: [softcopy]
                retensi: 5 tahun
                dari_dik: \(Self.opened)
            """
        let fixture = try Self.fixture(dip: dip)
        defer { fixture.remove() }
        let (site, renderer, validation) = try await Self.site(fixture)
        #expect(validation.diagnostics.all.isEmpty, "\(RuleFixture.describe(validation.diagnostics.sorted))")
        #expect(!site.model.allInformation.contains { $0.id == "dibuka-\(Self.opened)" })
        #expect(site.model.allInformation.filter { $0.dariDIK == Self.opened }.map(\.id) == ["hasil-uji-penetrasi-2025"])
        let page = renderer.render(try Self.exemptionSpec(site, Self.opened)).html
        #expect(page.contains("href=\"/opd/diskominfo/informasi/hasil-uji-penetrasi-2025/\""))
        let o = try #require(site.model.opds.firstIndex { $0.slug == "diskominfo" })
        let i = try #require(site.model.opds[o].informasi.firstIndex { $0.id == "hasil-uji-penetrasi-2025" })
        #expect(renderer.render(.information(opd: o, item: i)).html.contains("pengumuman pembukaannya"))
        #expect(InformationOpenData(model: site.model, urls: site.urls).json().contains("\"dari_dik\": \"\(Self.opened)\""))
    }
}
