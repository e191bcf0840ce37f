import Foundation
@testable import PPIDKit
import Testing

/// The criteria file is validated like content: file, line, column, rule (MONEV.md).
@Suite struct MonevCriteriaTests {
    static let valid = """
    tahun: 2026
    sumber: Uji
    pita:
      - { nama: Baik, dari: 60 }
      - { nama: Kurang, dari: 0 }
    kelompok:
      - nama: Jenis informasi
        bobot: 70
        butir:
          - { id: dip.ada, nilai: 3, periksa: dip-ada, tingkat: opd }
      - nama: Lainnya
        bobot: 30
        butir:
          - { id: sk, nilai: 2.5, periksa: sk-ppid }
    """

    @Test func aValidFileIsRead() throws {
        let outcome = MonevFixture.criteria(Self.valid)
        #expect(outcome.diagnostics.all.isEmpty, "\(outcome.diagnostics.all)")
        let criteria = try #require(outcome.criteria)
        #expect(criteria.groups.map(\.nama) == ["Jenis informasi", "Lainnya"])
        #expect(criteria.groups[1].items[0].nilai == Score(5, over: 2))
        #expect(criteria.groups[0].items[0].perOPD)
        #expect(criteria.band(for: Tenths(tenths: 600)) == "Baik" && criteria.band(for: Tenths(tenths: 599)) == "Kurang")
    }

    @Test func anUnknownCheckNameIsAnErrorWithItsLine() throws {
        let text = Self.valid.replacingOccurrences(of: "periksa: sk-ppid", with: "periksa: sk-ppd")
        let outcome = MonevFixture.criteria(text)
        #expect(outcome.criteria == nil)
        let finding = try #require(outcome.diagnostics.all.first)
        #expect(finding.rule == .ppid004 && finding.severity == .error)
        #expect(finding.location.file == "kriteria.yml" && finding.location.line == 14, "\(finding.location)")
        #expect(finding.message.contains("sk-ppd") && finding.message.contains("Maksud Anda \"sk-ppid\""), "\(finding.message)")
    }

    @Test func weightsMustAddUpToAHundred() throws {
        let outcome = MonevFixture.criteria(Self.valid.replacingOccurrences(of: "bobot: 30", with: "bobot: 25"))
        #expect(outcome.criteria == nil)
        let finding = try #require(outcome.diagnostics.all.first)
        #expect(finding.location.line == 6 && finding.message.contains("95") && finding.message.contains("100"), "\(finding)")
    }

    @Test func opdLevelOnABadanCheckIsAnError() throws {
        let outcome = MonevFixture.criteria(Self.valid.replacingOccurrences(of: "periksa: sk-ppid }", with: "periksa: sk-ppid, tingkat: opd }"))
        let finding = try #require(outcome.diagnostics.all.first)
        #expect(finding.rule == .ppid004 && finding.location.line == 14 && finding.message.contains("sk-ppid"), "\(finding)")
    }

    @Test func structuralProblemsAreReportedLikeContent() throws {
        let unknownKey = MonevFixture.criteria(Self.valid.replacingOccurrences(of: "sumber: Uji", with: "sumbr: Uji"))
        #expect(unknownKey.diagnostics.all.contains { $0.rule == .ppid002 && $0.location.line == 2 && $0.message.contains("sumber") })
        let badNumber = MonevFixture.criteria(Self.valid.replacingOccurrences(of: "nilai: 3,", with: "nilai: tiga,"))
        #expect(badNumber.diagnostics.all.contains { $0.rule == .ppid004 && $0.location.line == 10 })
        let broken = MonevFixture.criteria("tahun: 2026\nkelompok: [\n")
        #expect(broken.diagnostics.all.first?.rule == .ppid001)
        let duplicate = MonevFixture.criteria(Self.valid.replacingOccurrences(of: "id: sk,", with: "id: dip.ada,"))
        #expect(duplicate.diagnostics.all.contains { $0.rule == .ppid006 && $0.location.line == 14 })
    }

    @Test func theBuiltInCriteriaAreValidAndNameTheirSources() throws {
        #expect(BuiltInCriteria.years == [2025])
        let criteria = try MonevFixture.builtIn
        #expect(criteria.groups.map(\.nama) == ["Jenis informasi", "Digitalisasi", "Kualitas informasi", "Pelayanan informasi",
                                                "Komitmen organisasi", "Sarana dan prasarana"])
        #expect(criteria.groups.map { $0.bobot.tenths.value } == [400, 200, 100, 100, 100, 100])
        #expect(criteria.bands.map(\.nama) == ["Informatif", "Menuju Informatif", "Cukup Informatif", "Kurang Informatif", "Tidak Informatif"])
        #expect(criteria.sumber.contains("kaltimprov.go.id"))
        // Every opd-level check is scored per OPD; every check of MONEV.md's table is used.
        let items = criteria.groups.flatMap(\.items)
        #expect(items.allSatisfy { $0.check.level != .opd || $0.perOPD })
        #expect(Set(items.map(\.check)) == Set(MonevCheck.allCases))
        let text = try #require(BuiltInCriteria.text(for: 2025))
        #expect(text.contains("# Bobot 40 (KI Kaltim 2025)") && text.contains("PERTIMBANGAN PROYEK"))
    }

    @Test func theContentFileReplacesTheBuiltInOneForItsYear() throws {
        let fixture = try ContentFixture.minimal(["monev/kriteria-2026.yml": Self.valid])
        defer { fixture.remove() }
        let own = try MonevCriteriaChoice.choose(file: nil, contentPath: fixture.path, displayRoot: "Content", year: 2026)
        #expect(own.origin == "Content/monev/kriteria-2026.yml" && own.note == nil)
        let other = try MonevCriteriaChoice.choose(file: nil, contentPath: fixture.path, displayRoot: "Content", year: 2027)
        #expect(other.origin == "kriteria bawaan 2025" && other.note?.contains("2027") == true)
        let builtIn = try MonevCriteriaChoice.choose(file: nil, contentPath: fixture.path, displayRoot: "Content", year: 2025)
        #expect(builtIn.origin == "kriteria bawaan 2025" && builtIn.note == nil)
    }

    @Test func scoresAreExactAndRoundedHalfAwayFromZero() {
        #expect(Score(1429, over: 20)?.tenths == Tenths(tenths: 715))   // 71,45 → 71,5
        #expect(Score(1427, over: 20)?.tenths == Tenths(tenths: 714))   // 71,35 → 71,4
        let third = Score(1, over: 3) ?? .zero
        #expect(third + third + third == .one)
        #expect(Score(decimal: "2.5") == Score(5, over: 2) && Score(decimal: "2,5") == nil)
        #expect(Score(decimal: "-1") == nil && Score(decimal: "1.") == nil && Score(decimal: "abc") == nil)
        // Means over many different item counts overflow 64 bits and still round right.
        var sum = Score.zero
        for n in 400...500 { sum = sum + (Score(n - 1, over: n) ?? .zero) }
        let mean = sum / Score(101)
        var expected = 0.0
        for n in 400...500 { expected += Double(n - 1) / Double(n) }
        let difference: Double = abs(mean.double - expected / 101)
        #expect(difference < 1e-12)
    }
}
