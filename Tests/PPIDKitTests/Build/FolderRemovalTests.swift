import Foundation
import Testing
@testable import PPIDKit

/// The old site removed after the swap: the whole tree goes, and nothing a link inside it
/// points to is touched.
@Suite struct FolderRemovalTests {
    @Test func theWholeTreeGoesButWhatItsLinksPointToStays() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-hapus-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let old = base.appendingPathComponent(".Site.tmp-1")
        let kept = base.appendingPathComponent("konten")
        for folder in ["opd/dinkes/informasi/lk-2025", "aset", "kosong/lagi"] {
            try FileManager.default.createDirectory(at: old.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try FileManager.default.createDirectory(at: kept, withIntermediateDirectories: true)
        try Data("dip".utf8).write(to: kept.appendingPathComponent("dip.yml"))
        try Data("<html>".utf8).write(to: old.appendingPathComponent("opd/dinkes/informasi/lk-2025/index.html"))
        try Data(".ppid".utf8).write(to: old.appendingPathComponent(".ppid-keluaran"))
        // A hard link to a file outside, and symbolic links to a folder and a file outside.
        #expect(link(kept.appendingPathComponent("dip.yml").path, old.appendingPathComponent("aset/dip.yml").path) == 0)
        try FileManager.default.createSymbolicLink(atPath: old.appendingPathComponent("tautan-folder").path, withDestinationPath: kept.path)
        try FileManager.default.createSymbolicLink(atPath: old.appendingPathComponent("aset/tautan").path,
                                                   withDestinationPath: kept.appendingPathComponent("dip.yml").path)

        FolderRemoval.remove(old.path)
        #expect(!FileManager.default.fileExists(atPath: old.path))
        #expect(try String(contentsOf: kept.appendingPathComponent("dip.yml"), encoding: .utf8) == "dip")
        #expect(try FileManager.default.contentsOfDirectory(atPath: base.path) == ["konten"])
    }
}
