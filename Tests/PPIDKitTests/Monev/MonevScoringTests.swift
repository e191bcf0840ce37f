import Foundation
@testable import PPIDKit
import Testing

/// `ppid monev`'s scores move the way the content does (MONEV.md): the "done when" of issue 15.
@Suite struct MonevScoringTests {
    /// Removing one OPD's SOPs lowers that OPD's score and the Badan Publik's, names the SOPs among
    /// its missing items, and leaves every other OPD's score as it was.
    private func expectSOPRemovalEffect(folder: URL, slug: String) async throws {
        let before = try await MonevFixture.score(folder.path)
        let sops = folder.appendingPathComponent("opd/\(slug)/sop")
        let removed = try FileManager.default.contentsOfDirectory(atPath: sops.path).filter { $0.hasSuffix(".md") }
        #expect(!removed.isEmpty)
        try FileManager.default.removeItem(at: sops)
        let after = try await MonevFixture.score(folder.path)

        let old = try #require(before.score(of: slug)), new = try #require(after.score(of: slug))
        #expect(new.low < old.low, "nilai OPD \(slug): \(old.low) → \(new.low)")
        #expect(after.range.low < before.range.low, "nilai Badan Publik: \(before.range.low) → \(after.range.low)")
        let missing = try #require(after.opd(slug)).missing
        let sopItem = try #require(missing.first { $0.item.check == .sopStandar })
        let files = sopItem.shortfalls.compactMap(\.berkas)
        #expect(files.contains("opd/\(slug)/sop/permohonan-informasi.md"), "\(files)")
        #expect(files.contains("opd/\(slug)/sop/keberatan.md"), "\(files)")
        #expect(sopItem.shortfalls.allSatisfy { $0.aturan == .ppid303 })
        for other in before.opds where other.slug != slug {
            #expect(after.score(of: other.slug)?.low == other.range.low, "\(other.slug) berubah")
            #expect(after.score(of: other.slug)?.high == other.range.high, "\(other.slug) berubah")
        }
    }

    @Test func removingOneOPDsSOPsOnTheSampleContent() async throws {
        let folder = try MonevFixture.sampleCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await expectSOPRemovalEffect(folder: folder, slug: "dinas-kesehatan")
    }

    @Test func removingOneOPDsSOPsOnUnseenContent() async throws {
        let fixture = try MonevFixture.unseen()
        defer { fixture.remove() }
        try await expectSOPRemovalEffect(folder: fixture.root, slug: "dinas-perikanan")
    }

    @Test func staleBerkalaItemsLowerTheirOPDsScore() async throws {
        let fixture = try MonevFixture.unseen()
        defer { fixture.remove() }
        let before = try await MonevFixture.score(fixture.path)
        let path = "opd/kecamatan-lembah/dip.yml"
        let text = try String(contentsOf: fixture.root.appendingPathComponent(path), encoding: .utf8)
        try fixture.write(text.replacingOccurrences(of: "diperbarui: 2026-09-01", with: "diperbarui: 2025-01-01")
            .replacingOccurrences(of: "diperbarui: 2026-10-01", with: "diperbarui: 2024-12-01"), to: path)
        let after = try await MonevFixture.score(fixture.path)
        let old = try #require(before.score(of: "kecamatan-lembah")), new = try #require(after.score(of: "kecamatan-lembah"))
        #expect(new.low < old.low, "\(old.low) → \(new.low)")
        let stale = try #require(after.opd("kecamatan-lembah")?.missing.first { $0.item.check == .berkalaMutakhir })
        #expect(stale.value == Score(1, over: 3))
        #expect(stale.shortfalls.count == 2 && stale.shortfalls.allSatisfy { $0.aturan == .ppid103 && $0.berkas == path })
        #expect(after.score(of: "dinas-perikanan")?.low == before.score(of: "dinas-perikanan")?.low)
    }

    @Test func staleBerkalaOnTheSampleContent() async throws {
        let folder = try MonevFixture.sampleCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try await MonevFixture.score(folder.path)
        let dip = folder.appendingPathComponent("opd/bpbd/dip.yml")
        let text = try String(contentsOf: dip, encoding: .utf8)
        let regex = try NSRegularExpression(pattern: "diperbarui: 20[0-9]{2}-[0-9]{2}-[0-9]{2}")
        let stale = regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "diperbarui: 2024-01-02")
        try stale.write(to: dip, atomically: true, encoding: .utf8)
        let after = try await MonevFixture.score(folder.path)
        #expect(try #require(after.score(of: "bpbd")).low < (try #require(before.score(of: "bpbd"))).low)
        #expect(after.range.low < before.range.low)
    }

    private func oneItem(_ check: String, tingkat: String = "") -> String {
        """
        tahun: 2026
        sumber: Uji
        pita:
          - { nama: Baik, dari: 50 }
          - { nama: Kurang, dari: 0 }
        kelompok:
          - nama: Satu-satunya
            bobot: 100
            butir:
              - { id: satu, nilai: 7, periksa: \(check)\(tingkat) }
        """
    }

    @Test func aOneItemCriteriaFileGivesTheScoreItImplies() async throws {
        let fixture = try ContentFixture.minimal()
        defer { fixture.remove() }
        // Pasal 9 ayat (2): the sample cites huruf a, b and c of four → 75.
        let share = try #require(MonevFixture.criteria(oneItem("berkala-pasal-9-2")).criteria)
        let report = try await MonevFixture.score(fixture.path, criteria: share)
        #expect(report.range.low == Tenths(tenths: 750) && report.range.high == Tenths(tenths: 750))
        #expect(report.range.bandLow == "Baik")
        // Met: 100; not checkable: 0 to 100, both bands.
        let met = try #require(MonevFixture.criteria(oneItem("dip-ada", tingkat: ", tingkat: opd")).criteria)
        let metReport = try await MonevFixture.score(fixture.path, criteria: met)
        #expect(metReport.range.low == Tenths(tenths: 1000))
        #expect(metReport.score(of: "diskominfo")?.low == Tenths(tenths: 1000))
        let unknown = try #require(MonevFixture.criteria(oneItem("tidak-dapat-diperiksa")).criteria)
        let unknownReport = try await MonevFixture.score(fixture.path, criteria: unknown)
        #expect(unknownReport.range.low == Tenths(tenths: 0) && unknownReport.range.high == Tenths(tenths: 1000))
        #expect(MonevReport.estimate(unknownReport.range) == "perkiraan 0,0–100,0: Kurang sampai Baik")
        // Not met: sample ppid.yml has no `lapor`.
        let unmet = try #require(MonevFixture.criteria(oneItem("kanal-pengaduan")).criteria)
        #expect(try await MonevFixture.score(fixture.path, criteria: unmet).range.high == Tenths(tenths: 0))
    }

    @Test func opdScoresRescaleTheirGroupsToAHundred() async throws {
        let fixture = try ContentFixture.minimal()
        defer { fixture.remove() }
        let text = """
        tahun: 2026
        sumber: Uji
        pita: [{ nama: Semua, dari: 0 }]
        kelompok:
          - nama: A
            bobot: 60
            butir:
              - { id: a.dip, nilai: 1, periksa: dip-ada, tingkat: opd }
              - { id: a.sk, nilai: 1, periksa: sk-pelaksana, tingkat: opd }
              - { id: a.kanal, nilai: 2, periksa: kanal-pengaduan }
          - nama: B
            bobot: 40
            butir:
              - { id: b.data, nilai: 1, periksa: data-terbuka }
        """
        let criteria = try #require(MonevFixture.criteria(text).criteria)
        let report = try await MonevFixture.score(fixture.path, criteria: criteria)
        // OPD: only group A, its opd items: dip-ada met, sk-pelaksana not → 50 of 100.
        #expect(report.score(of: "diskominfo")?.low == Tenths(tenths: 500))
        // Badan: A = 60 × (1 + 0 + 0) / 4 = 15; B = 40 → 55.
        #expect(report.range.low == Tenths(tenths: 550))
        let missing = try #require(report.opd("diskominfo")?.missing.first)
        #expect(missing.item.id == "a.sk" && missing.gain == Score(50))
    }

    @Test func contentWithErrorsIsScoredAndErroneousItemsAreNotMet() async throws {
        let broken = Samples.dip.replacingOccurrences(of: "kategori: berkala\n    dasar: Pasal 9 ayat (2) huruf b", with: "kategori: berkala\n    dasar: Pasal 9 ayat (2) huruf z")
        let fixture = try ContentFixture.minimal(["opd/diskominfo/dip.yml": broken])
        defer { fixture.remove() }
        let report = try await MonevFixture.score(fixture.path)
        let item = try #require(report.opd("diskominfo")?.missing.first { $0.item.check == .berkalaMutakhir })
        #expect(item.value == Score(2, over: 3))
        #expect(item.shortfalls.first?.aturan == .ppid102)
        // Pasal 9 ayat (2) huruf b now rests on an erroneous item only.
        let cited = try #require(report.groups.flatMap(\.items).first { $0.item.check == .berkalaPasal92 })
        #expect(cited.outcome.value == Score(1, over: 2))
    }

    @Test func anOPDWithoutItsListsScoresZeroOnThem() async throws {
        let fixture = try ContentFixture.minimal(["opd/diskominfo/dip.yml": nil, "opd/diskominfo/dik.yml": nil])
        defer { fixture.remove() }
        let report = try await MonevFixture.score(fixture.path)
        let missing = try #require(report.opd("diskominfo")?.missing)
        let dip = try #require(missing.first { $0.item.check == .dipAda })
        #expect(dip.shortfalls.first?.berkas == "opd/diskominfo/dip.yml" && dip.shortfalls.first?.aturan == .ppid013)
        #expect(missing.contains { $0.item.check == .dikAda })
        #expect(missing.first { $0.item.check == .berkalaMutakhir }?.value == .zero)
    }

    @Test func opdsAreRankedByTheirLowerBoundThenSlug() async throws {
        let folder = try MonevFixture.sampleCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try await MonevFixture.score(folder.path)
        #expect(report.opds.map(\.rank) == Array(1...report.opds.count))
        for (a, b) in zip(report.opds, report.opds.dropFirst()) {
            #expect(a.range.low > b.range.low || (a.range.low == b.range.low && a.slug < b.slug))
        }
    }
}
