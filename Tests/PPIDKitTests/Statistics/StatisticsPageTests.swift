import Foundation
@testable import PPIDKit
import Testing

/// The statistics pages: every period linked, charts as inline SVG with a text alternative and
/// the same numbers in an accessible table, definitions beside the figures, the ringkasan note.
@Suite struct StatisticsPageTests {
    static func render(_ complaints: [String: String]) async throws -> (SiteContext, PageRenderer) {
        let fixture = try ComplaintFixture.make(complaints)
        defer { fixture.remove() }
        let (site, templates) = try await RichSite.context(for: fixture)
        return (site, PageRenderer(site: site, templates: templates))
    }

    static var content: [String: String] {
        ["laporan-2025.csv": ComplaintStatisticsTests.year2025, "ringkasan.yml": ComplaintStatisticsTests.summary]
    }

    @Test func planHasTheIndexAndOnePagePerPeriod() async throws {
        let (site, _) = try await Self.render(Self.content)
        let specs = SitePlan.pages(for: site.model)
        #expect(specs.contains(.complaintStatistics))
        #expect(specs.filter { if case .complaintPeriod = $0 { return true } else { return false } }.count == 4)
    }

    @Test func indexShowsTheLatestPeriodFirstAndLinksEveryPeriod() async throws {
        let (_, renderer) = try await Self.render(Self.content)
        let page = renderer.render(.complaintStatistics)
        #expect(page.file == "statistik/pengaduan/index.html")
        let html = page.html
        let latest = try #require(html.range(of: "Periode terbaru: <a href=\"/statistik/pengaduan/2025/\">Tahun 2025</a>"))
        let list = try #require(html.range(of: "Semua periode"))
        #expect(latest.lowerBound < list.lowerBound)
        for label in ["2025", "2024-01-01_2024-05-25", "2023-07-01_2023-12-31", "2023-01-01_2023-06-30"] {
            #expect(html.contains("href=\"/statistik/pengaduan/\(label)/\""))
        }
        #expect(html.contains("href=\"/data/pengaduan.json\"") && html.contains("href=\"/data/pengaduan.csv\""))
    }

    @Test func periodPageHasChartsTablesAndDefinitions() async throws {
        let (site, renderer) = try await Self.render(Self.content)
        let index = try #require(site.model.complaintStatistics.periods.firstIndex { $0.label == "2025" })
        let page = renderer.render(.complaintPeriod(index))
        #expect(page.file == "statistik/pengaduan/2025/index.html")
        let html = page.html
        #expect(html.contains("RTL = rata-rata hari kalender dari laporan masuk sampai tindak lanjut pertama"))
        #expect(html.contains("Data per <time datetime=\"2026-11-25\">25 November 2026</time>"))
        #expect(html.contains("<dd class=\"nilai\">28,6%</dd>"))
        #expect(html.contains("<dd class=\"nilai\">2,3 hari</dd>"))
        // Three charts, each an SVG image with a text alternative carrying the numbers.
        #expect(html.components(separatedBy: "<svg ").count - 1 == 3)
        #expect(html.components(separatedBy: "role=\"img\" aria-label=\"").count - 1 == 3)
        #expect(html.contains("viewBox=\"0 0 360 "))
        #expect(html.contains("Januari 2 (selesai 2)"))
        #expect(html.contains("<caption id=\"tabel-bulan\">"))
        #expect(html.contains("<th scope=\"row\">Januari 2025</th><td>2</td>"))
        #expect(html.contains("<th scope=\"row\">WhatsApp</th><td>2</td>"))
        #expect(html.contains("<a href=\"/opd/dinas-pupr/\">Dinas Pekerjaan Umum dan Penataan Ruang</a>"))
        #expect(html.contains("Belum didisposisikan ke OPD"))
        #expect(html.contains("aria-current=\"page\">Tahun 2025</a>"))
    }

    @Test func summaryPeriodShowsTheUnclassifiedNote() async throws {
        let (site, renderer) = try await Self.render(Self.content)
        let index = try #require(site.model.complaintStatistics.periods.firstIndex { $0.label == "2024-01-01_2024-05-25" })
        let html = renderer.render(.complaintPeriod(index)).html
        #expect(html.contains("2 laporan tidak terklasifikasi."))
        #expect(html.contains("angka tidak terklasifikasi apa adanya, tidak dikoreksi"))
        #expect(html.contains("Paparan KemenPAN-RB, 29 Mei 2024"))
        #expect(html.contains("<th scope=\"row\">Arsip</th><td>tidak disebutkan</td>"))
        // Its stated status counts are a chart too (REQUESTS.md issue: "While in the charts"),
        // one bar per stated status, with the same numbers as the table.
        #expect(html.components(separatedBy: "<svg ").count == 2)
        #expect(html.contains("Grafik batang jumlah laporan per status menurut ringkasan"))
        #expect(!html.contains("Arsip</text>"))
    }

    @Test func svgTextIsEscaped() {
        let chart = BarListChart(bars: [.init(label: "Jalan <rusak> & \"banjir\"", value: 3)], label: "A & B <c>")
        let svg = chart.svg()
        #expect(svg.contains("Jalan &lt;rusak&gt; &amp; &quot;banjir&quot;"))
        #expect(svg.contains("aria-label=\"A &amp; B &lt;c&gt;\""))
        #expect(!svg.contains("<rusak>"))
    }

    @Test func berandaShowsTheLatestHeadlineFigures() async throws {
        let (_, renderer) = try await Self.render(Self.content)
        let html = renderer.render(.home).html
        #expect(html.contains("Pengaduan masyarakat: Tahun 2025"))
        #expect(html.contains("href=\"/statistik/pengaduan/\""))
        #expect(html.contains("RTL = rata-rata hari kalender"))
    }

    @Test func withoutComplaintsTheIndexSaysSo() async throws {
        let (site, renderer) = try await Self.render([:])
        #expect(site.model.complaintStatistics.periods.isEmpty)
        #expect(renderer.render(.complaintStatistics).html.contains("Belum ada data pengaduan yang diterbitkan."))
        #expect(!renderer.render(.home).html.contains("Pengaduan masyarakat:"))
    }

    @Test func chartScaleUsesRoundSteps() {
        #expect(ChartScale(maximum: 0).ticks == [0, 1])
        #expect(ChartScale(maximum: 3).ticks == [0, 1, 2, 3])
        #expect(ChartScale(maximum: 7).ticks == [0, 2, 4, 6, 8])
        #expect(ChartScale(maximum: 23).top == 25)
        #expect(ChartScale(maximum: 480).top == 500)
    }
}
