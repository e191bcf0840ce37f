import Foundation
@testable import PPIDKit
import Testing

/// Documents whose names hold spaces, `#`, `?`, `%` or non-ASCII letters keep their names on disk
/// and every link to them is percent-encoded, so it resolves; a line end in a name is refused.
@Suite(.serialized) struct DocumentNameLinkTests {
    static let names = ["laporan 2024.pdf", "nomor#1.pdf", "tanya?.pdf", "100%.pdf", "nilai%20akhir.pdf", "anggaran-ü-日本.pdf",
                        "a&b'c\"d<e>.pdf", "plus+koma,titik;koma=.pdf"]

    static func item(_ index: Int, _ name: String) -> String {
        let quoted = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return """
              - id: dokumen-\(index)
                judul: Dokumen nomor \(index)
                ringkasan: Dokumen uji.
                kategori: setiap-saat
                penguasa: Sekretariat
                penanggung_jawab: Kepala Dinas
                waktu_pembuatan: 2026
                bentuk: [softcopy]
                retensi: 5 tahun
                berkas: "berkas/\(quoted)"
            """
    }

    static func fixture() throws -> ContentFixture {
        var files: [String: String?] = [
            "ppid.yml": Samples.ppid
                .replacingOccurrences(of: "alamat_situs: https://ppid.contoh.go.id", with: "alamat_situs: https://ppid.contoh.go.id\nlogo: berkas/logo baru#1.svg")
                .replacingOccurrences(of: "    tanggal: 2025-01-10", with: "    tanggal: 2025-01-10\n    berkas: berkas/sk ppid?.pdf"),
            "berkas/logo baru#1.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><rect width=\"1\" height=\"1\"/></svg>",
            "berkas/sk ppid?.pdf": "%PDF-1.4 sk",
            "opd/diskominfo/dip.yml": Samples.dip + "\n" + names.enumerated().map { item($0.offset + 1, $0.element) }.joined(separator: "\n") + "\n",
            "halaman/dokumen.md": """
                ---
                judul: Dokumen
                ---
                - [SK](<../berkas/sk ppid?.pdf>)
                - [Laporan](../opd/diskominfo/berkas/laporan%202024.pdf)
                - [Nomor](../opd/diskominfo/berkas/nomor%231.pdf)
                - [Nilai](../opd/diskominfo/berkas/nilai%2520akhir.pdf)
                - [Anggaran](<../opd/diskominfo/berkas/anggaran-ü-日本.pdf>)
                - [Persen](../opd/diskominfo/berkas/100%25.pdf)
                """,
        ]
        for name in names { files["opd/diskominfo/berkas/\(name)"] = "%PDF-1.4 \(name)" }
        return try ContentFixture.minimal(files)
    }

    static func build(_ fixture: ContentFixture, relative: Bool) throws -> URL {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-nama-\(UUID().uuidString)")
        let result = try PPIDProcess.run(["build", "--content", fixture.path, "--templates", RichSite.templatesPath, "--output", output.path,
                                          "--tanggal", "2026-11-25"] + (relative ? ["--relative-links"] : []))
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        return output
    }

    /// Every href/src of every page that points into a `berkas/` folder.
    static func documentLinks(_ site: URL) -> [(page: String, url: String)] {
        var links: [(String, String)] = []
        for (path, data) in PPIDProcess.snapshot(site) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for attribute in ["href=\"", "src=\""] {
                var rest = html[...]
                while let start = rest.range(of: attribute) {
                    rest = rest[start.upperBound...]
                    guard let end = rest.firstIndex(of: "\"") else { break }
                    let url = String(rest[..<end])
                    if url.contains("berkas/") { links.append((path, url)) }
                    rest = rest[end...]
                }
            }
        }
        return links
    }

    @Test func everyDocumentLinkIsEncodedAndResolves() throws {
        let fixture = try Self.fixture()
        defer { fixture.remove() }
        let site = try Self.build(fixture, relative: false)
        defer { try? FileManager.default.removeItem(at: site) }
        let files = PPIDProcess.snapshot(site)
        // The files keep their real names.
        for name in Self.names {
            #expect(files["opd/diskominfo/berkas/\(name)"] == Data("%PDF-1.4 \(name)".utf8), "\(name)")
        }
        #expect(files["berkas/sk ppid?.pdf"] != nil && files["berkas/logo baru#1.svg"] != nil)
        let links = Self.documentLinks(site)
        var targets = Set<String>()
        for (page, url) in links {
            let path = url.hasPrefix("https://ppid.contoh.go.id/") ? String(url.dropFirst("https://ppid.contoh.go.id".count)) : url
            #expect(path.hasPrefix("/"), "\(page): \(url)")
            let raw = path.unicodeScalars.filter { !$0.isASCII || " ?#&'\"<>".unicodeScalars.contains($0) }
            #expect(raw.isEmpty, "\(page): \(url)")
            let decoded = try #require(String(path.dropFirst()).removingPercentEncoding, "\(page): \(url)")
            #expect(files[decoded] != nil, "\(page): \(url) → \(decoded) tidak ada di situs")
            targets.insert(decoded)
        }
        // Each item page, the services page (SK), the header logo and the Markdown links reach their files.
        for name in Self.names { #expect(targets.contains("opd/diskominfo/berkas/\(name)"), "\(name)") }
        #expect(targets.contains("berkas/sk ppid?.pdf"))
        #expect(targets.contains("berkas/logo baru#1.svg"))
        let page = String(decoding: files["dokumen/index.html"] ?? Data(), as: UTF8.self)
        #expect(page.contains("href=\"/opd/diskominfo/berkas/laporan%202024.pdf\""))
        #expect(page.contains("href=\"/opd/diskominfo/berkas/nomor%231.pdf\""))
        #expect(page.contains("href=\"/opd/diskominfo/berkas/nilai%2520akhir.pdf\""))
        #expect(page.contains("href=\"/opd/diskominfo/berkas/100%25.pdf\""))
        #expect(page.contains("href=\"/berkas/sk%20ppid%3F.pdf\""))
        // The site's own link checker agrees.
        let checked = try QualityTools.checkSite("links", site)
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
    }

    @Test func openDataDocumentURLsAreEncodedToo() throws {
        let fixture = try Self.fixture()
        defer { fixture.remove() }
        let site = try Self.build(fixture, relative: false)
        defer { try? FileManager.default.removeItem(at: site) }
        let files = PPIDProcess.snapshot(site)
        let objects = try OpenDataTests.objects(String(decoding: files[InformationOpenData.jsonPath] ?? Data(), as: UTF8.self))
        let urls = objects.compactMap { $0["berkas"] as? String }.filter { $0.contains("dokumen") == false }
        for name in Self.names {
            let expected = "https://ppid.contoh.go.id/" + SiteURLs.encodedPath("opd/diskominfo/berkas/\(name)")
            #expect(urls.contains(expected), "\(expected)")
        }
        for url in urls {
            let path = try #require(String(url.dropFirst("https://ppid.contoh.go.id/".count)).removingPercentEncoding)
            #expect(files[path] != nil, "\(url)")
        }
    }

    @Test func relativeLinksBuildResolvesFromDisk() throws {
        let fixture = try Self.fixture()
        defer { fixture.remove() }
        let site = try Self.build(fixture, relative: true)
        defer { try? FileManager.default.removeItem(at: site) }
        let checked = try QualityTools.checkSite("relative-links", site)
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
        let item = String(decoding: PPIDProcess.snapshot(site)["opd/diskominfo/informasi/dokumen-2/index.html"] ?? Data(), as: UTF8.self)
        #expect(item.contains("href=\"../../../../opd/diskominfo/berkas/nomor%231.pdf\""))
    }

    @Test func aLineEndInANameIsRefused() async throws {
        let fixture = try ContentFixture.minimal(["opd/diskominfo/berkas/baris\nbaru.pdf": "%PDF-1.4", "berkas/tab\there/sk.pdf": "%PDF-1.4"])
        defer { fixture.remove() }
        let found = await fixture.findings().filter { $0.rule == .ppid009 }.map { "\($0.place) \($0.message)" }
        #expect(found.count == 2, "\(found)")
        #expect(found.contains { $0.hasPrefix("Content/opd/diskominfo/berkas/baris?baru.pdf:1:1 Nama \"opd/diskominfo/berkas/baris?baru.pdf\" memuat baris baru") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("Content/berkas/tab?here:1:1 ") }, "\(found)")
        #expect(!found.joined().contains("\n") && !found.joined().contains("\t"))
    }
}
