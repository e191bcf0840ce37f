import Foundation
@testable import PPIDKit
import Testing

/// Content is written by many hands. Script, event handlers, `javascript:` links and frames in any
/// field that reaches a page must come out as text, never as markup: the whole site is built and
/// every page's tags are checked.
@Suite struct HostileContentTests {
    static let payload = "<script>alert(1)</script> <img src=x onerror=alert(2)> <iframe src=\"https://jahat.example\"></iframe> <a href=\"javascript:alert(3)\" onclick=\"alert(4)\">klik</a> <svg onload=alert(5)>"
    static let markdown = """
        Teks biasa. \(payload)

        [tautan jahat](javascript:alert(6)) dan [lagi](JaVaScRiPt:alert(7)) serta ![gambar](javascript:alert(8))

        <iframe src="https://jahat.example/bingkai"></iframe>

        <div onmouseover="alert(9)">kotak</div>

        | a | b |
        |---|---|
        | <script>alert(10)</script> | <img src=x onerror=alert(11)> |
        """

    /// A YAML double-quoted scalar holding `text`.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func indented(_ text: String, by spaces: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { String(repeating: " ", count: spaces) + $0 }.joined(separator: "\n")
    }

    static func fixture() throws -> ContentFixture {
        let q = quoted(payload)
        return try ContentFixture.minimal([
            "ppid.yml": """
                nama: \(quoted("Kabupaten " + payload))
                jenis: kabupaten
                alamat_situs: https://ppid.contoh.go.id
                ppid_utama:
                  opd: diskominfo
                  alamat: \(q)
                  telepon: "(021) 1234567"
                  email: ppid@contoh.go.id
                  jam_layanan: \(q)
                  sk:
                    nomor: \(q)
                    tanggal: 2025-01-10
                lapor:
                  tautan: https://www.lapor.go.id
                  kanal_lain: [\(q)]
                """,
            "opd/diskominfo/opd.yml": """
                nama: \(quoted("Dinas " + payload))
                singkatan: \(q)
                jenis: dinas
                alamat: \(q)
                ppid_pelaksana:
                  jabatan: \(q)
                  email: ppid.diskominfo@contoh.go.id
                """,
            "opd/diskominfo/dip.yml": """
                penetapan:
                  nomor: \(q)
                  tanggal: 2026-01-05
                  oleh: \(q)
                informasi:
                  - id: jahat
                    judul: \(quoted("Judul " + payload))
                    ringkasan: |
                \(indented(markdown, by: 6))
                    kategori: berkala
                    penguasa: \(q)
                    penanggung_jawab: \(q)
                    waktu_pembuatan: 2026-01-02
                    tempat_pembuatan: \(q)
                    bentuk: [softcopy]
                    retensi: \(q)
                    diperbarui: 2026-01-03
                    tag: [\(q)]
                """,
            "opd/diskominfo/dik.yml": """
                penetapan:
                  nomor: \(q)
                  tanggal: 2026-01-05
                  oleh: \(q)
                dikecualikan:
                  - id: jahat-dik
                    judul: \(quoted("Dikecualikan " + payload))
                    dasar_hukum: Pasal 17 huruf c angka 7
                    peraturan_lain: [\(q)]
                    konsekuensi: \(q)
                    kepentingan_publik: \(q)
                    jangka_waktu: \(quoted("sampai " + payload))
                    penetapan:
                      nomor: \(q)
                      tanggal: 2025-02-01
                      oleh: \(q)
                """,
            "opd/diskominfo/sop/jahat.md": """
                ---
                judul: \(quoted("SOP " + payload))
                jenis: keberatan
                nomor: \(q)
                ditetapkan: 2025-01-15
                disahkan_oleh: \(q)
                ---
                \(markdown)
                """,
            "halaman/profil.md": """
                ---
                judul: \(quoted("Profil " + payload))
                ---
                \(markdown)
                """,
        ])
    }

    struct Tag {
        var name: String
        var attributes: [(name: String, value: String)]
    }

    /// The start tags of a page (comments skipped), with their attributes as an HTML parser reads them.
    static func tags(in html: String) -> [Tag] {
        var tags: [Tag] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            if rest.hasPrefix("!--") {
                guard let end = rest.range(of: "-->") else { break }
                rest = rest[end.upperBound...]
                continue
            }
            guard let first = rest.first, first.isLetter else { continue }
            let name = String(rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" }).lowercased()
            rest = rest.dropFirst(name.count)
            var attributes: [(String, String)] = []
            while true {
                rest = rest.drop { $0.isWhitespace || $0 == "/" }
                guard let next = rest.first, next != ">" else { break }
                let attribute = String(rest.prefix { !$0.isWhitespace && $0 != "=" && $0 != ">" }).lowercased()
                rest = rest.dropFirst(max(attribute.count, 1))
                rest = rest.drop { $0.isWhitespace }
                var value = ""
                if rest.first == "=" {
                    rest = rest.dropFirst().drop { $0.isWhitespace }
                    if let quote = rest.first, quote == "\"" || quote == "'" {
                        rest = rest.dropFirst()
                        value = String(rest.prefix { $0 != quote })
                        rest = rest.dropFirst(value.count + 1)
                    } else {
                        value = String(rest.prefix { !$0.isWhitespace && $0 != ">" })
                        rest = rest.dropFirst(value.count)
                    }
                }
                attributes.append((attribute, value))
            }
            tags.append(Tag(name: name, attributes: attributes))
            if name == "script", let close = rest.range(of: "</script>") { rest = rest[close.upperBound...] }
        }
        return tags
    }

    /// The theme's own inline scripts (the menu's), exactly as `layout.mustache` writes them:
    /// the only inline scripts a page may carry besides JSON-LD.
    static let themeInlineScripts: [String] = {
        let layout = (try? String(contentsOfFile: RichSite.templatesPath + "/layout.mustache", encoding: .utf8)) ?? ""
        return layout.components(separatedBy: "<script>").dropFirst().compactMap { part in
            part.range(of: "</script>").map { "<script>" + part[..<$0.upperBound] }
        }
    }()

    static func problems(in html: String, file: String) -> [String] {
        var found: [String] = []
        let html = themeInlineScripts.reduce(html) { $0.replacingOccurrences(of: $1, with: "") }
        for tag in tags(in: html) {
            if ["iframe", "object", "embed", "frame", "base"].contains(tag.name) {
                found.append("\(file): <\(tag.name)>")
            }
            if tag.name == "script" {
                let type = tag.attributes.first { $0.name == "type" }?.value
                let source = tag.attributes.first { $0.name == "src" }?.value ?? ""
                let ours = source.hasSuffix("cari/indeks.js") || source.contains("aset/")
                if type != "application/ld+json" && !ours { found.append("\(file): <script \(tag.attributes)>") }
            }
            for attribute in tag.attributes {
                if attribute.name.hasPrefix("on") { found.append("\(file): <\(tag.name) \(attribute.name)=…>") }
                let value = attribute.value.filter { !$0.isWhitespace }.lowercased()
                if ["href", "src", "action", "formaction", "data", "srcdoc", "xlink:href"].contains(attribute.name),
                   value.hasPrefix("javascript:") || value.hasPrefix("data:text/html") || value.hasPrefix("vbscript:") {
                    found.append("\(file): \(attribute.name)=\(attribute.value)")
                }
            }
            // cmark's safe mode empties a `javascript:` image source: harmless, so allowed.
            if tag.name == "img", let source = tag.attributes.first(where: { $0.name == "src" })?.value,
               !source.isEmpty, !source.hasPrefix("/") {
                found.append("\(file): <img src=\(source)>")
            }
        }
        // JSON-LD may not hold "<" at all (no "</script>", no "<!--").
        var rest = html[...]
        while let start = rest.range(of: "<script type=\"application/ld+json\">") {
            guard let end = rest[start.upperBound...].range(of: "</script>") else { found.append("\(file): JSON-LD tanpa penutup"); break }
            if rest[start.upperBound..<end.lowerBound].contains("<") { found.append("\(file): \"<\" di JSON-LD") }
            rest = rest[end.upperBound...]
        }
        return found
    }

    @Test func noContentFieldBecomesMarkup() async throws {
        let fixture = try Self.fixture()
        defer { fixture.remove() }
        let output = fixture.root.appendingPathComponent("Situs").path
        let options = BuildOptions(contentPath: fixture.path, templatesPath: RichSite.templatesPath, outputPath: output,
                                   today: ContentFixture.today)
        let outcome = await SiteBuilder(options: options).run()
        guard case .built(let summary, _) = outcome else {
            Issue.record("situs tidak dibangun: \(outcome)")
            return
        }
        #expect(summary.pages > 10)
        let root = URL(fileURLWithPath: output)
        let files = (FileManager.default.enumerator(atPath: output)?.allObjects as? [String] ?? []).sorted()
        let pages = files.filter { $0.hasSuffix(".html") }
        #expect(pages.contains("opd/diskominfo/informasi/jahat/index.html"))
        #expect(pages.contains("opd/diskominfo/sop/jahat/index.html"))
        var problems: [String] = []
        var withPayloadAsText: Set<String> = []
        for page in pages {
            let html = try String(contentsOf: root.appendingPathComponent(page), encoding: .utf8)
            problems += Self.problems(in: html, file: page)
            if html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") { withPayloadAsText.insert(page) }
        }
        #expect(Self.themeInlineScripts.count == 1)
        #expect(problems.isEmpty, "\(problems.prefix(20))")
        // The payload reached these pages, as text.
        for page in ["index.html", "opd/diskominfo/index.html", "opd/diskominfo/informasi/jahat/index.html",
                     "opd/diskominfo/dikecualikan/jahat-dik/index.html", "opd/diskominfo/sop/jahat/index.html",
                     "profil/index.html", "layanan/index.html", "informasi-publik/index.html", "informasi-dikecualikan/index.html",
                     "cari/index.html", "data/index.html", "aksesibilitas/index.html", "opd/index.html", "sop/index.html"] {
            #expect(withPayloadAsText.contains(page), "\(page) tidak memuat muatan sebagai teks")
        }

        // The XML files stay well-formed; the index script only assigns a JSON value.
        for xml in ["feed.xml", "sitemap.xml"] {
            let text = try String(contentsOf: root.appendingPathComponent(xml), encoding: .utf8)
            #expect(FeedAndSitemapTests.XMLCollector.parse(text) != nil, "\(xml) bukan XML yang sah")
        }
        let script = try String(contentsOf: root.appendingPathComponent("cari/indeks.js"), encoding: .utf8)
        let prefix = "window.PPID_INDEKS = "
        #expect(script.hasPrefix(prefix) && script.hasSuffix(";\n"))
        let json = script.dropFirst(prefix.count).dropLast(2)
        #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil)
    }

    @Test func theCheckerFindsWhatItLooksFor() {
        let bad = "<p>a</p><img src=x onerror=alert(1)><a href=\" javascript:alert(2)\">x</a><iframe src=y></iframe><script>alert(3)</script><script type=\"application/ld+json\">{\"a\":\"</b>\"}</script>"
        let found = Self.problems(in: bad, file: "uji")
        #expect(found.count == 6, "\(found)")
        let good = "<p title=\"&lt;img src=x onerror=alert(1)&gt;\">&lt;script&gt;</p><script src=\"/aset/cari.js\"></script><!-- <iframe> -->"
        #expect(Self.problems(in: good, file: "uji").isEmpty)
    }
}
