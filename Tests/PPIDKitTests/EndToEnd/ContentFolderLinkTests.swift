import Foundation
@testable import PPIDKit
import Testing

/// The content folder named on the command line may be a symbolic link, or lie under one; links
/// inside it are still refused and nothing outside it is read or published.
@Suite(.serialized) struct ContentFolderLinkTests {
    /// A fresh folder holding `link-to-content` → the fixture and `parent-link` → the fixture's parent.
    static func linkedFixture(innerLinks: Bool = true) throws -> (fixture: ContentFixture, work: URL) {
        let fixture = try ContentFixture.minimal()
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-link-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: work.appendingPathComponent("link-to-content").path,
                                                   withDestinationPath: fixture.path)
        try FileManager.default.createSymbolicLink(atPath: work.appendingPathComponent("parent-link").path,
                                                   withDestinationPath: fixture.root.deletingLastPathComponent().path)
        guard innerLinks else { return (fixture, work) }
        // Inside the content folder links stay refused (PPID009, an error): a file and a whole folder pointing outside.
        try FileManager.default.createSymbolicLink(atPath: fixture.path + "/halaman/rahasia.md", withDestinationPath: "/etc/passwd")
        try FileManager.default.createSymbolicLink(atPath: fixture.path + "/berkas/luar", withDestinationPath: "/etc")
        try fixture.write("---\njudul: Tautan\n---\n[sandi](../berkas/luar/passwd)\n", to: "halaman/tautan.md")
        return (fixture, work)
    }

    @Test func checkFollowsALinkedContentFolder() throws {
        let (fixture, work) = try Self.linkedFixture()
        defer { fixture.remove(); try? FileManager.default.removeItem(at: work) }
        for content in ["link-to-content", "link-to-content/", "./link-to-content",
                        "parent-link/\(fixture.root.lastPathComponent)", work.path + "/link-to-content"] {
            let result = try PPIDProcess.run(["check", "--content", content, "--tanggal", "2026-11-25"], in: work)
            #expect(!result.stdout.contains("ppid.yml tidak ada"), "\(content): \(result.stdout)")
            #expect(!result.stdout.contains("PPID003"), "\(content): \(result.stdout)")
            // The links inside are reported, under the name given on the command line.
            #expect(result.stdout.contains("halaman/rahasia.md") && result.stdout.contains("tautan simbolik"), "\(content): \(result.stdout)")
            #expect(result.stdout.contains("berkas/luar"), "\(content): \(result.stdout)")
            #expect(!result.stdout.contains("root:"), "\(content)")
        }
    }

    @Test func buildFromALinkedContentFolderPublishesItsDocuments() throws {
        let (fixture, work) = try Self.linkedFixture(innerLinks: false)
        defer { fixture.remove(); try? FileManager.default.removeItem(at: work) }
        let output = work.appendingPathComponent("Site")
        let result = try PPIDProcess.run(["build", "--content", "link-to-content", "--templates", RichSite.packageRoot.appendingPathComponent("Templates").path,
                                          "--output", output.path, "--tanggal", "2026-11-25"], in: work)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let files = PPIDProcess.snapshot(output)
        #expect(files["opd/diskominfo/index.html"] != nil)
        #expect(files["opd/diskominfo/berkas/profil.pdf"] == Data("%PDF-1.4 profil".utf8))
        #expect(files["berkas/sk.pdf"] != nil)
    }

    @Test func linksInsideALinkedContentFolderStopTheBuildAndPublishNothingFromOutside() throws {
        let (fixture, work) = try Self.linkedFixture()
        defer { fixture.remove(); try? FileManager.default.removeItem(at: work) }
        let output = work.appendingPathComponent("Site")
        let result = try PPIDProcess.run(["build", "--content", "link-to-content", "--templates", RichSite.packageRoot.appendingPathComponent("Templates").path,
                                          "--output", output.path, "--tanggal", "2026-11-25"], in: work)
        #expect(result.status == 1)
        #expect(result.stderr.contains("PPID009"), "\(result.stderr)")
        let files = PPIDProcess.snapshot(output)
        #expect(!files.keys.contains { $0.contains("passwd") || $0.contains("rahasia") || $0.hasPrefix("berkas/luar") })
        #expect(!files.values.contains { String(decoding: $0, as: UTF8.self).contains("root:x:0:0") })
    }
}
