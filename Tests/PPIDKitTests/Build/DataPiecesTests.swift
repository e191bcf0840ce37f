import Foundation
import Testing
@testable import PPIDKit

/// `ppid build` into the site it made before reads the unchanged OPDs' pieces of the data files
/// (open data, search index) back from that site instead of serialising them again, and checks
/// each piece's digest before trusting it.
@Suite(.serialized) struct DataPiecesTests {
    typealias Project = OutputReuseTests.Project

    static let dataFiles = [InformationOpenData.jsonPath, InformationOpenData.csvPath, ExemptionOpenData.jsonPath,
                            ExemptionOpenData.csvPath, SiteURLs.searchIndexJSON, SiteURLs.searchIndexScript]

    @Test func aOneItemChangeReadsTheOtherOPDsPiecesBackAndTheDataFilesEqualAColdBuild() async throws {
        let project = try Project()
        defer { project.remove() }
        _ = try #require(await project.build())
        let pieces = BuildStamp.dataPiecesLocation(forOutput: project.output.path)
        let site = OutputFolder.realPath(of: project.output.path)
        #expect(FragmentCache.load(from: pieces, site: site) != nil)

        try project.editDIP { $0.replacingOccurrences(of: "Data Statistik Sektoral Nomor 7\n", with: "Data Statistik Sektoral Nomor Tujuh\n") }
        let previous = try #require(FragmentCache.load(from: pieces, site: site))
        let outcome = await SiteBuilder(options: project.options(project.output)).run(into: SiteWriter(outputPath: project.output.path, reusingOutput: true),
                                                                                   cache: RebuildCache(pages: RenderCache(), fragments: previous))
        guard case .built = outcome else { Issue.record("gagal: \(outcome)"); return }
        // Dinas Kesehatan did not change: its open-data records and search entries (informasi, DIK,
        // SOP) are read back; Diskominfo's are made again.
        #expect(previous.reusedPieces >= 3, "dipakai ulang: \(previous.reusedPieces)")
        let cold = await project.coldSite()
        let built = project.site()
        for file in Self.dataFiles {
            #expect(built[file] != nil && built[file] == cold[file], "\(file)")
        }
        #expect(built[InformationOpenData.jsonPath].map { String(decoding: $0, as: UTF8.self) }?.contains("Nomor Tujuh") == true)
    }

    @Test func aPieceWhoseBytesNoLongerMatchItsDigestIsMadeAgain() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-potongan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("data"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let index = folder.appendingPathComponent("indeks")
        let writing = FragmentCache(site: folder.path)
        let text = writing.text("informasi.csv\u{0}dinkes", key: 7) { "baris satu\nbaris dua\n" }
        writing.placed("informasi.csv\u{0}dinkes", key: 7, text: text, in: "data/x.csv", at: 4)
        writing.save(to: index)
        try Data(("kop\n" + text + "akhir\n").utf8).write(to: folder.appendingPathComponent("data/x.csv"))

        let reading = try #require(FragmentCache.load(from: index, site: folder.path))
        #expect(reading.text("informasi.csv\u{0}dinkes", key: 7) { "dibuat lagi" } == text)
        #expect(reading.reusedPieces == 1)
        // Another key (the OPD changed): made again.
        #expect(reading.text("informasi.csv\u{0}dinkes", key: 8) { "dibuat lagi" } == "dibuat lagi")

        // Only what a build placed is saved: a piece nobody placed again (its OPD is gone) is dropped.
        let index2 = folder.appendingPathComponent("indeks-2")
        reading.save(to: index2)
        let dropped = try #require(FragmentCache.load(from: index2, site: folder.path))
        #expect(dropped.text("informasi.csv\u{0}dinkes", key: 7) { "dibuat lagi" } == "dibuat lagi")

        // The same length, other bytes: the digest no longer matches.
        try Data(("kop\n" + "baris SATU\nbaris dua\n" + "akhir\n").utf8).write(to: folder.appendingPathComponent("data/x.csv"))
        let again = try #require(FragmentCache.load(from: index, site: folder.path))
        #expect(again.text("informasi.csv\u{0}dinkes", key: 7) { "dibuat lagi" } == "dibuat lagi")
        #expect(again.reusedPieces == 0)
    }
}
