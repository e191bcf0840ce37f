import Foundation
@testable import PPIDKit
import Testing

/// The default theme built into the executable, and which theme a run uses.
@Suite struct BuiltInThemeTests {
    /// Every file under `Templates/` of the source tree, by an independent walk.
    static func templatesFolder() -> [String: [UInt8]] {
        PPIDProcess.snapshot(URL(fileURLWithPath: RichSite.templatesPath)).mapValues { [UInt8]($0) }
    }

    @Test func builtInThemeIsByteIdenticalToTheTemplatesFolder() {
        let folder = Self.templatesFolder()
        #expect(folder["aset/gaya.css"] != nil && folder["partials/paginasi.mustache"] != nil)
        #expect(BuiltInTheme.files.paths == folder.keys.sorted())
        for (path, bytes) in folder {
            #expect(BuiltInTheme.files.files[path] == bytes, "tema bawaan berbeda dari Templates/\(path)")
        }
    }

    @Test func builtInThemeHasEveryRequiredTemplate() async throws {
        let theme = try await TemplateSet.load(.builtIn)
        #expect(theme.source == .builtIn)
        #expect(theme.files == BuiltInTheme.files)
        #expect(theme.files.assets.map(\.name).contains("gaya.css"))
    }

    @Test func givenFolderComesFirstThenTemplatesHereThenTheBuiltInTheme() throws {
        let here = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-tema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: here, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: here) }
        #expect(ThemeSource.resolve(requested: nil, currentFolder: here.path) == .builtIn)
        #expect(ThemeSource.resolve(requested: "tema-saya", currentFolder: here.path) == .folder("tema-saya"))
        try FileManager.default.createDirectory(at: here.appendingPathComponent("Templates"), withIntermediateDirectories: true)
        #expect(ThemeSource.resolve(requested: nil, currentFolder: here.path) == .folder("Templates"))
        #expect(ThemeSource.resolve(requested: "tema-saya", currentFolder: here.path) == .folder("tema-saya"))
    }

    @Test func aBuildWithoutAThemeFolderUsesTheBuiltInTheme() async throws {
        let fixture = try ContentFixture.minimal()
        defer { fixture.remove() }
        let options = BuildOptions(contentPath: fixture.path, templatesPath: nil, outputPath: "", today: ContentFixture.today)
        #expect(options.theme == .builtIn)
        #expect(BuildStamp.inputs(of: options) != BuildStamp.inputs(of: BuildOptions(contentPath: fixture.path,
            templatesPath: RichSite.templatesPath, outputPath: "", today: ContentFixture.today)))
    }
}
