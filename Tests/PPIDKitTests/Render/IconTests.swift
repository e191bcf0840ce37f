@testable import PPIDKit
import Testing

/// Every page declares a tab icon, so browsers do not ask for a missing /favicon.ico.
@Suite struct IconTests {
    @Test func theLogoElseTheThemeIconElseNone() async throws {
        let fixture = try RichSite.make()
        defer { fixture.remove() }
        var (site, _) = try await RichSite.context(for: fixture)
        site.logoPath = "berkas/lambang.png"
        site.assets = ["ikon.svg": "aset/ikon.svg"]
        #expect(site.icon?["url"] as? String == "/berkas/lambang.png")
        #expect(site.icon?["jenis"] as? String == "image/png")

        site.logoPath = nil
        #expect(site.icon?["url"] as? String == "/aset/ikon.svg")
        #expect(site.icon?["jenis"] as? String == "image/svg+xml")

        site.assets = [:]
        #expect(site.icon == nil)
        #expect(site.chrome(title: "Beranda", description: "", path: "", breadcrumbs: [])["ikon"] as? Bool == false)
    }
}
