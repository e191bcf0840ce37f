import Foundation
@testable import PPIDKit
import Testing

/// PPID016: a published document that would run on the site's origin (HTML, an SVG with a
/// script, SVGZ) is an error, however it is spelt; passive SVGs and unpublished files are not.
@Suite struct ActiveDocumentRuleTests {
    static let plainSVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\" opacity=\"1\" offset=\"0\"><rect width=\"10\" height=\"10\"/><text>Informasi online</text></svg>"

    /// SVG bodies a careful attacker would try next.
    static let hostileSVGs: [(String, String)] = [
        ("script", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"),
        ("script-upper", "<svg xmlns=\"http://www.w3.org/2000/svg\"><SCRIPT>alert(1)</SCRIPT></svg>"),
        ("script-prefix", "<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"><svg:script>alert(1)</svg:script></svg:svg>"),
        ("onload", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"),
        ("onclick-space", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect\nONCLICK = 'alert(1)'/></svg>"),
        ("onbegin", "<svg xmlns=\"http://www.w3.org/2000/svg\"><animate onbegin=\"alert(1)\" attributeName=\"x\"/></svg>"),
        ("href", "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"javascript:alert(1)\"><text>x</text></a></svg>"),
        ("xlink", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><a xlink:href=\"JaVaScRiPt:alert(1)\"><text>x</text></a></svg>"),
        ("entity-tab", "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"java&#x09;script:alert(1)\"><text>x</text></a></svg>"),
        ("entity-letters", "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"&#106;&#x61;&#0000118;ascript&colon;alert(1)\"><text>x</text></a></svg>"),
        ("newline", "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\" java\nscript:alert(1)\"><text>x</text></a></svg>"),
        ("set", "<svg xmlns=\"http://www.w3.org/2000/svg\"><a><set attributeName=\"href\" to=\"javascript:alert(1)\"/><text>x</text></a></svg>"),
        ("foreign", "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><p xmlns=\"http://www.w3.org/1999/xhtml\">x</p></foreignObject></svg>"),
        ("entity-script", "<!DOCTYPE svg [<!ENTITY e \"&#60;script&#62;alert(1)&#60;/script&#62;\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&e;</svg>"),
    ]

    static func findings(documents: [String: String], links: [String], logo: String? = nil) async throws -> [Diagnostic] {
        var files: [String: String?] = [:]
        for (path, text) in documents { files[path] = text }
        let body = links.map { "- [dokumen](../\($0))" }.joined(separator: "\n")
        files["halaman/dokumen.md"] = "---\njudul: Dokumen\n---\n\(body)\n"
        if let logo {
            files["ppid.yml"] = Samples.ppid.replacingOccurrences(of: "alamat_situs: https://ppid.contoh.go.id",
                                                                  with: "alamat_situs: https://ppid.contoh.go.id\nlogo: \(logo)")
        }
        let fixture = try ContentFixture.minimal(files)
        defer { fixture.remove() }
        return await fixture.findings().filter { $0.rule == .ppid016 }
    }

    @Test func everyHostileSVGIsFound() async throws {
        var documents: [String: String] = [:]
        for (name, text) in Self.hostileSVGs { documents["berkas/\(name).svg"] = text }
        documents["berkas/biasa.svg"] = Self.plainSVG
        let found = try await Self.findings(documents: documents, links: documents.keys.sorted())
        let places = Set(found.map(\.place))
        for (name, _) in Self.hostileSVGs {
            #expect(places.contains("Content/berkas/\(name).svg:1:1"), "\(name)")
        }
        #expect(!places.contains("Content/berkas/biasa.svg:1:1"))
        #expect(found.allSatisfy { $0.message.contains("ekspor ulang SVG tanpa skrip") })
    }

    @Test func htmlAndDisguisedExtensionsAreFound() async throws {
        let names = ["laporan.html", "laporan.HTM", "laporan.xhtml", "laporan.xht", "laporan.shtml", "peta.SVG", "peta.Svgz", "peta.svgz"]
        var documents: [String: String] = [:]
        for name in names { documents["opd/diskominfo/berkas/\(name)"] = name.lowercased().hasSuffix(".svg") ? Self.hostileSVGs[0].1 : "<p>x</p>" }
        let found = try await Self.findings(documents: documents, links: documents.keys.sorted())
        #expect(Set(found.map(\.place)) == Set(names.map { "Content/opd/diskominfo/berkas/\($0):1:1" }), "\(found.map(\.place))")
        let html = try #require(found.first { $0.place.hasSuffix("laporan.html:1:1") })
        #expect(html.message.contains("terbitkan isinya sebagai PDF"))
        let svgz = try #require(found.first { $0.place.hasSuffix("peta.svgz:1:1") })
        #expect(svgz.message.contains("simpan sebagai .svg biasa"))
    }

    @Test func itemBerkasLogoAndUTF16AreChecked() async throws {
        let dip = Samples.dip.replacingOccurrences(of: "berkas: berkas/profil.pdf", with: "berkas: berkas/profil.html")
        var files: [String: String?] = [
            "opd/diskominfo/dip.yml": dip,
            "opd/diskominfo/berkas/profil.html": "<script>alert(1)</script>",
            "ppid.yml": Samples.ppid.replacingOccurrences(of: "alamat_situs: https://ppid.contoh.go.id",
                                                          with: "alamat_situs: https://ppid.contoh.go.id\nlogo: berkas/logo.svg"),
        ]
        files["berkas/logo.svg"] = nil
        let fixture = try ContentFixture.minimal(files)
        defer { fixture.remove() }
        // A logo saved as UTF-16 (with a byte order mark) hides nothing either.
        let utf16 = Array("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".utf16)
        try fixture.writeBytes([0xFF, 0xFE] + utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, to: "berkas/logo.svg")
        let found = await fixture.findings().filter { $0.rule == .ppid016 }.map(\.place)
        #expect(found.sorted() == ["Content/berkas/logo.svg:1:1", "Content/opd/diskominfo/berkas/profil.html:1:1"], "\(found)")
    }

    /// XML is shown as a page when it holds XHTML or SVG, or names an XSLT stylesheet; data XML is passive.
    @Test func xmlThatBecomesAPageIsFound() async throws {
        let documents = [
            "berkas/xhtml.xml": "<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></html>",
            "berkas/svg.xml": "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
            "berkas/xslt.xml": "<?xml version=\"1.0\"?><?xml-stylesheet type=\"text/xsl\" href=\"gaya.xsl\"?><data/>",
            "berkas/gaya.XSL": "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"/>",
            "berkas/data.xml": "<data><item online=\"ya\" script=\"javascript:\">java script</item><script>bukan skrip</script></data>",
            "berkas/css.svg": "<?xml-stylesheet type=\"text/css\" href=\"gaya.css\"?>" + Self.plainSVG,
        ]
        let found = try await Self.findings(documents: documents, links: documents.keys.sorted())
        #expect(Set(found.map(\.place)) == ["Content/berkas/xhtml.xml:1:1", "Content/berkas/svg.xml:1:1", "Content/berkas/xslt.xml:1:1",
                                           "Content/berkas/gaya.XSL:1:1"], "\(found.map(\.place))")
    }

    @Test func unpublishedFilesAndPassiveDocumentsAreFine() async throws {
        let found = try await Self.findings(
            documents: ["berkas/catatan.html": "<script>alert(1)</script>", "berkas/biasa.svg": Self.plainSVG,
                        "berkas/laporan.pdf": "%PDF-1.4 <script>", "berkas/html.pdf": "%PDF"],
            links: ["berkas/biasa.svg", "berkas/laporan.pdf", "berkas/html.pdf"], logo: "berkas/biasa.svg")
        #expect(found.isEmpty, "\(found.map(\.place))")
    }

    /// `ppid check` finds a scripted SVG linked only from Markdown, as `ppid build` does, and the
    /// build stops without publishing it.
    @Test func checkAndBuildAgree() throws {
        let fixture = try ContentFixture.minimal([
            "berkas/peta.svg": Self.hostileSVGs[0].1,
            "halaman/peta.md": "---\njudul: Peta\n---\nLihat [peta](../berkas/peta.svg).\n",
        ])
        defer { fixture.remove() }
        let check = try PPIDProcess.run(["check", "--content", fixture.path, "--tanggal", "2026-11-25"])
        #expect(check.status == 1)
        #expect(check.stdout.contains("berkas/peta.svg:1:1: error[PPID016]"), "\(check.stdout)")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-aktif-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let build = try PPIDProcess.run(["build", "--content", fixture.path, "--templates", RichSite.templatesPath,
                                         "--output", output.path, "--tanggal", "2026-11-25"])
        #expect(build.status == 1)
        #expect(build.stderr.contains("PPID016"))
        #expect(PPIDProcess.snapshot(output)["berkas/peta.svg"] == nil)
    }

    /// The theme's icon is published on the site's origin too.
    @Test func aScriptedThemeIconStopsTheBuild() throws {
        let fixture = try ContentFixture.minimal()
        defer { fixture.remove() }
        let templates = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-templat-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: templates) }
        try FileManager.default.copyItem(at: URL(fileURLWithPath: RichSite.templatesPath), to: templates)
        try Data(Self.hostileSVGs[3].1.utf8).write(to: templates.appendingPathComponent("aset/ikon.svg"))
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-aktif-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let build = try PPIDProcess.run(["build", "--content", fixture.path, "--templates", templates.path,
                                         "--output", output.path, "--tanggal", "2026-11-25"])
        #expect(build.status != 0)
        #expect(build.stderr.contains("aset/ikon.svg") && build.stderr.contains("ekspor ulang SVG tanpa skrip"), "\(build.stderr)")
        #expect(PPIDProcess.snapshot(output).isEmpty)
    }
}
