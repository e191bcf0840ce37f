import Foundation
import Mustache
import Testing
@testable import PPIDKit

/// The theme renders its shared header, menu and footer once per build (`bersama/`) and escapes
/// with a byte-level escaper; both must leave every page exactly as before.
@Suite struct LayoutPiecesTests {
    @Test(arguments: ["", "biasa", "<b>&amp;\"kutip\" 'satu'</b>", "é<ñ>ü", "emoji 🇮🇩 & 👍🏽", "a\u{0301}&<", "&&&<<<>>>\"\"''"])
    func theEscaperEscapesExactlyLikeSwiftMustache(text: String) throws {
        // swift-mustache's own HTML escaping (its default content type, no pragma).
        let plain = try MustacheTemplate(string: "{{x}}").render(["x": text])
        #expect(HTMLEscaper().escapeText(text) == plain)
    }

    @Test func aCombiningMarkAfterALessThanSignDoesNotHideIt() {
        // "<" + U+0338 is one Character, which swift-mustache's escaper does not recognise as "<";
        // a browser still reads a tag opening there. Escaped byte by byte, it is text.
        #expect(HTMLEscaper().escapeText("<\u{0338}script>") == "&lt;\u{0338}script&gt;")
    }

    @Test func aThemeWhoseLayoutHasNoSharedPiecesRendersTheSamePages() async throws {
        let fixture = try RichSite.make()
        defer { fixture.remove() }
        // The layout of earlier versions: header, menu and footer written in the layout itself.
        let theme = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-tema-lama-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: theme) }
        try FileManager.default.copyItem(atPath: RichSite.templatesPath, toPath: theme.path)
        let shared = theme.appendingPathComponent("bersama")
        var layout = try String(contentsOf: theme.appendingPathComponent("layout.mustache"), encoding: .utf8)
        for name in ["kepala", "menu", "kaki"] {
            var piece = try String(contentsOf: shared.appendingPathComponent("\(name).mustache"), encoding: .utf8)
            if piece.hasSuffix("\n") { piece.removeLast() }
            layout = layout.replacingOccurrences(of: "{{{bersama.\(name)}}}", with: piece)
        }
        #expect(!layout.contains("bersama"))
        try Data(layout.utf8).write(to: theme.appendingPathComponent("layout.mustache"))
        try FileManager.default.removeItem(at: shared)

        let (site, builtIn) = try await RichSite.context(for: fixture)
        let old = try await TemplateSet.load(from: theme.path)
        for spec in [PageSpec.home, .information(opd: 0, item: 2), .opd(0, page: 1), .dipList(nil, page: 1), .services, .freePage(0)] {
            let expected = PageRenderer(site: site, templates: old).render(spec).html
            let actual = PageRenderer(site: site, templates: builtIn).render(spec).html
            #expect(actual == expected, "\(spec)")
            #expect(actual.contains("<nav class=\"navigasi\""))
            #expect(actual.contains("Pernyataan aksesibilitas"))
        }
    }
}
