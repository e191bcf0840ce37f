import Foundation
@testable import PPIDKit
import Testing

/// `cari/indeks.json` and `cari/indeks.js`: one compact entry for every item, OPD, SOP and page.
@Suite struct SearchIndexTests {
    @Test func indexHasAnEntryForEverythingWithShortSummaries() async throws {
        let fixture = try RichSite.make()
        defer { fixture.remove() }
        let (site, _) = try await RichSite.context(for: fixture)
        let json = SearchIndex(site: site).value().serialized()
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let entries = try #require(root["d"] as? [[String: Any]])
        let opds = try #require(root["opd"] as? [String])
        let types = try #require(root["t"] as? [String: String])
        let model = site.model
        func count(_ type: String) -> Int { entries.filter { $0["t"] as? String == type }.count }
        #expect(count("i") == model.allInformation.count)
        // Opened exemptions are searched as the DIP entries they became.
        #expect(count("k") == model.withheldExemptions.count)
        #expect(model.withheldExemptions.count < model.allExemptions.count)
        #expect(count("s") == model.allSOPs.count)
        #expect(count("o") == model.opds.count)
        #expect(count("h") >= model.pages.count + 5)
        #expect(opds == model.opds.map(\.nama))
        #expect(Set(types.keys) == ["h", "o", "i", "k", "s"])
        let paths = Set(SitePlan.pages(for: model).map { $0.sitePath(in: model) })
        for entry in entries {
            let path = try #require(entry["u"] as? String)
            #expect(paths.contains(path), "\(path) bukan halaman situs")
            #expect(!(entry["j"] as? String ?? "").isEmpty)
            #expect((entry["r"] as? String ?? "").count <= 161)
            #expect(Set(entry.keys).isSubset(of: ["t", "j", "r", "o", "g", "u"]))
            if let opd = entry["o"] as? Int { #expect(opds.indices.contains(opd)) }
        }
        // Summaries are plain text, without Markdown's HTML.
        let lk = try #require(entries.first { $0["u"] as? String == "opd/diskominfo/informasi/lk-2025/" })
        #expect(lk["r"] as? String == "Neraca, laporan realisasi anggaran dan CaLK.")
        #expect(lk["o"] as? Int == 0)
        #expect(lk["g"] as? String == "Informasi Berkala")
        let data = try #require(entries.first { $0["u"] as? String == "opd/diskominfo/informasi/data-1/" })
        #expect(data["g"] as? String == "statistik data Informasi Tersedia Setiap Saat")
    }

    @Test func scriptSetsTheGlobalToTheSameIndex() async throws {
        let fixture = try RichSite.make()
        defer { fixture.remove() }
        let (site, _) = try await RichSite.context(for: fixture)
        let output = MemoryOutput()
        try SearchIndex(site: site).write(with: output)
        let json = try #require(output.text(SiteURLs.searchIndexJSON))
        let script = try #require(output.text(SiteURLs.searchIndexScript))
        #expect(script == "window.PPID_INDEKS = \(json.dropLast());\n")
        #expect(!json.contains("\n  "), "indeks ditulis ringkas")
    }

    @Test func truncationCutsAtAWord() {
        let text = String(repeating: "kata ", count: 60)
        let cut = PlainText.truncated(text.collapsedWhitespace)
        #expect(cut.count <= 161)
        #expect(cut.hasSuffix("kata…"))
        #expect(PlainText.truncated("pendek") == "pendek")
        #expect(PlainText.fromHTML("<p>A &amp; B &lt;x&gt; &quot;y&quot;</p>\n<ul><li>satu</li></ul>") == "A & B <x> \"y\" satu")
    }

    /// The byte loop for ASCII-only space and the Unicode path give the same text.
    @Test func whiteSpaceCollapsesAlikeOnBothPaths() {
        #expect("  satu\t dua\r\n\n tiga  ".collapsedWhitespace == "satu dua tiga")
        #expect("".collapsedWhitespace == "")
        #expect(" \n\t ".collapsedWhitespace == "")
        #expect("Rp\u{00A0}5.000\u{2003}per\u{3000}bulan\u{0085}".collapsedWhitespace == "Rp 5.000 per bulan")
        #expect("“kutipan”  dan\u{202F}é".collapsedWhitespace == "“kutipan” dan é")
        #expect("Pasal 17\u{000B}huruf\u{000C}c".collapsedWhitespace == "Pasal 17 huruf c")
    }

    @Test func trimmingKeepsInnerSpaceAndDropsEveryKindAtTheEnds() {
        #expect("Dinas Kesehatan".trimmedWhitespace == "Dinas Kesehatan")
        #expect("  Dinas Kesehatan \n".trimmedWhitespace == "Dinas Kesehatan")
        #expect("\u{00A0}Rp 5.000\u{3000}".trimmedWhitespace == "Rp 5.000")
        #expect("é ".trimmedWhitespace == "é")
        #expect(" \t\n".trimmedWhitespace == "")
        #expect("".trimmedWhitespace == "")
        #expect("a"[...].trimmedWhitespace == "a")
    }
}

/// A `SiteOutput` that keeps files in memory, for tests of single writers.
final class MemoryOutput: SiteOutput, @unchecked Sendable {
    private var files: [String: [UInt8]] = [:]
    private let lock = NSLock()

    func begin() {}
    func write(_ bytes: [UInt8], to sitePath: String) { lock.withLock { files[sitePath] = bytes } }
    func copy(from source: URL, to sitePath: String) {}
    func commit() {}
    func abandon() {}

    func text(_ path: String) -> String? { lock.withLock { files[path].map { String(decoding: $0, as: UTF8.self) } } }
    var paths: [String] { lock.withLock { files.keys.sorted() } }
}
