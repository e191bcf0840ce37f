import Foundation
import Testing
@testable import PPIDKit

/// `ppid serve` rebuilds with a `RebuildCache`: what it keeps must never make the site differ
/// from a fresh build, and an edit must cost only the pages that show it.
@Suite struct IncrementalBuildTests {
    /// The rich sample site (105+ items in Diskominfo) and a second OPD, Dinas Kesehatan.
    static func twoOPDSite() throws -> ContentFixture {
        let fixture = try RichSite.make()
        try fixture.write(Samples.opd.replacingOccurrences(of: "Komunikasi dan Informatika", with: "Kesehatan")
            .replacingOccurrences(of: "Diskominfo", with: "Dinkes").replacingOccurrences(of: "diskominfo", with: "dinkes"),
                          to: "opd/dinkes/opd.yml")
        try fixture.write(Samples.dip.replacingOccurrences(of: "diskominfo", with: "dinkes"), to: "opd/dinkes/dip.yml")
        try fixture.write(Samples.dik.replacingOccurrences(of: "Diskominfo", with: "Dinkes"), to: "opd/dinkes/dik.yml")
        try fixture.write("%PDF-1.4 profil", to: "opd/dinkes/berkas/profil.pdf")
        try fixture.write("%PDF-1.4 lk", to: "opd/dinkes/berkas/lk-2025.pdf")
        return fixture
    }

    struct Builds {
        let fixture: ContentFixture
        let live: URL
        let cache = RebuildCache()
        let output: LiveOutput

        init(_ fixture: ContentFixture) {
            self.fixture = fixture
            live = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-live-\(UUID().uuidString)")
            output = LiveOutput(path: live.path)
        }

        func options(output: URL) -> BuildOptions {
            BuildOptions(contentPath: fixture.path, templatesPath: RichSite.templatesPath, outputPath: output.path,
                         today: ContentFixture.today)
        }

        /// A rebuild into the live folder, reusing what the cache kept.
        func rebuild() async -> SiteBuilder.Summary? {
            if case .built(let summary, _) = await SiteBuilder(options: options(output: live)).run(into: output, cache: cache) {
                return summary
            }
            return nil
        }

        /// Every file of a fresh build of the same content.
        func freshSite() async -> [String: Data] {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-fresh-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            _ = await SiteBuilder(options: options(output: folder)).run(into: SiteWriter(outputPath: folder.path))
            return PPIDProcess.snapshot(folder)
        }

        func remove() {
            fixture.remove()
            try? FileManager.default.removeItem(at: live)
        }
    }

    static func differences(_ live: [String: Data], _ fresh: [String: Data]) -> [String] {
        Set(live.keys).union(fresh.keys).filter { live[$0] != fresh[$0] }.sorted()
    }

    @Test func everyRebuildEqualsAFreshBuild() async throws {
        let builds = Builds(try Self.twoOPDSite())
        defer { builds.remove() }
        #expect(await builds.rebuild() != nil)
        let fixture = builds.fixture

        // One OPD's list changes: an item's title and its Markdown summary.
        try fixture.write(Samples.dip.replacingOccurrences(of: "diskominfo", with: "dinkes")
            .replacingOccurrences(of: "Laporan Kinerja Tahun 2025", with: "Laporan Kinerja Tahun 2025 (Perubahan)")
            .replacingOccurrences(of: "**laporan realisasi anggaran**", with: "_laporan operasional_"), to: "opd/dinkes/dip.yml")
        #expect(await builds.rebuild() != nil)
        var live = PPIDProcess.snapshot(builds.live)
        #expect(live["data/informasi-publik.json"].map { String(decoding: $0, as: UTF8.self) }?.contains("(Perubahan)") == true)
        #expect(Self.differences(live, await builds.freshSite()) == [])

        // An exemption, an SOP and another OPD's name (which every list shows) change together.
        try fixture.write(Samples.dik.replacingOccurrences(of: "4 tahun", with: "5 tahun"), to: "opd/diskominfo/dik.yml")
        try fixture.write(Samples.sop.replacingOccurrences(of: "SOP Pelayanan Permohonan Informasi Publik", with: "SOP Permohonan Informasi"),
                          to: "opd/dinkes/sop/permohonan-informasi.md")
        try fixture.write(Samples.opd.replacingOccurrences(of: "Dinas Komunikasi dan Informatika", with: "Dinas Kominfo dan Persandian")
            + "\n  telepon: \"(021) 555 0101\"\nalamat: Jl. Merdeka 1\nsitus: https://diskominfo.contoh.go.id\nurutan: 1\n",
                          to: "opd/diskominfo/opd.yml")
        #expect(await builds.rebuild() != nil)
        live = PPIDProcess.snapshot(builds.live)
        #expect(live["cari/indeks.json"].map { String(decoding: $0, as: UTF8.self) }?.contains("Dinas Kominfo dan Persandian") == true)
        #expect(Self.differences(live, await builds.freshSite()) == [])

        // The OPD goes away: its pages and records with it.
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("opd/dinkes"))
        #expect(await builds.rebuild() != nil)
        #expect(Self.differences(PPIDProcess.snapshot(builds.live), await builds.freshSite()) == [])
    }

    @Test func editingAnOpenedExemptionRebuildsItsDIPEntry() async throws {
        let builds = Builds(try Self.twoOPDSite())
        defer { builds.remove() }
        #expect(await builds.rebuild() != nil)
        // The penetapan is outside `dibuka`, yet the DIP entry names its official (penanggung_jawab).
        let path = "opd/diskominfo/dik.yml"
        let dik = try String(contentsOf: builds.fixture.root.appendingPathComponent(path), encoding: .utf8)
        let edited = dik.replacingOccurrences(of: "tanggal: 2026-02-02\n      oleh: PPID Pelaksana Diskominfo",
                                              with: "tanggal: 2026-02-02\n      oleh: Kepala Dinas Komunikasi dan Informatika")
        #expect(edited != dik)
        try builds.fixture.write(edited, to: path)
        #expect(await builds.rebuild() != nil)
        let live = PPIDProcess.snapshot(builds.live)
        let page = live["opd/diskominfo/informasi/dibuka-hps-pusat-data/index.html"].map { String(decoding: $0, as: UTF8.self) }
        #expect(page?.contains("Kepala Dinas Komunikasi dan Informatika") == true)
        #expect(Self.differences(live, await builds.freshSite()) == [])
    }

    @Test func editingOneItemRendersOnlyThePagesThatShowIt() async throws {
        let builds = Builds(try Self.twoOPDSite())
        defer { builds.remove() }
        let first = try #require(await builds.rebuild())
        #expect(first.rendered == first.pages)

        let unchanged = try #require(await builds.rebuild())
        #expect(unchanged.rendered == 0)

        // Diskominfo has 108 items; editing one renders its page and the lists that show it,
        // not the pages of the other 107.
        let dip = try String(contentsOf: builds.fixture.root.appendingPathComponent("opd/diskominfo/dip.yml"), encoding: .utf8)
        try builds.fixture.write(dip.replacingOccurrences(of: "Data Statistik Sektoral Nomor 7\n", with: "Data Statistik Sektoral Nomor Tujuh\n"),
                                 to: "opd/diskominfo/dip.yml")
        let edited = try #require(await builds.rebuild())
        #expect(edited.rendered > 0)
        #expect(edited.rendered < 30, "dirender ulang: \(edited.rendered) dari \(edited.pages)")
        let page = try String(contentsOf: builds.live.appendingPathComponent("opd/diskominfo/informasi/data-7/index.html"), encoding: .utf8)
        #expect(page.contains("Data Statistik Sektoral Nomor Tujuh"))
    }

    @Test func dataFragmentsAreReusedOnlyWhileTheirOPDIsUnchanged() {
        let cache = FragmentCache()
        let made = Counter()
        func text(_ versions: RenderCache.Versions, _ slug: String) -> String {
            DataFragments(cache: cache, versions: versions).text("informasi", opd: slug) {
                made.add()
                return "\(slug)-\(versions.opds[slug] ?? 0)"
            }
        }
        let before = RenderCache.Versions(site: 1, opds: ["dinkes": 10, "diskominfo": 20])
        #expect(text(before, "dinkes") == "dinkes-10")
        #expect(text(before, "diskominfo") == "diskominfo-20")
        #expect(made.value == 2)
        #expect(text(before, "dinkes") == "dinkes-10")
        #expect(made.value == 2)

        let dinkesEdited = RenderCache.Versions(site: 1, opds: ["dinkes": 11, "diskominfo": 20])
        #expect(text(dinkesEdited, "dinkes") == "dinkes-11")
        #expect(text(dinkesEdited, "diskominfo") == "diskominfo-20")
        #expect(made.value == 3)

        let siteEdited = RenderCache.Versions(site: 2, opds: ["dinkes": 11, "diskominfo": 20])
        _ = text(siteEdited, "diskominfo")
        #expect(made.value == 4)

        // Without a cache (a plain build) the text is always made.
        _ = DataFragments.fresh.text("informasi", opd: "dinkes") { made.add(); return "" }
        #expect(made.value == 5)
    }

    final class Counter {
        private(set) var value = 0
        func add() { value += 1 }
    }
}
