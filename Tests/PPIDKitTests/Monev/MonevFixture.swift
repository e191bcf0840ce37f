import Foundation
@testable import PPIDKit
import Testing

/// Scores a content folder the way `ppid monev` does, for the e-Monev tests.
enum MonevFixture {
    static let today = ContentFixture.today

    /// The criteria of a YAML text, or the findings that make it invalid.
    static func criteria(_ text: String, file: String = "kriteria.yml") -> MonevCriteriaLoader.Outcome {
        MonevCriteriaLoader.load(SourceText(displayPath: file, relativePath: file, text: text), origin: file)
    }

    static var builtIn: MonevCriteria {
        get throws {
            let text = try #require(BuiltInCriteria.text(for: 2025))
            return try #require(criteria(text, file: "kriteria-2025.yml").criteria)
        }
    }

    static func score(_ path: String, criteria: MonevCriteria? = nil, year: Int = 2026, today: CalendarDate = today,
                      facts: ServiceReportFacts? = nil) async throws -> MonevReport {
        let validation = await Validation.run(contentPath: path, today: today, forBuild: false) { _ in
            SiteURLs(baseURL: "", relativeLinks: false)
        }
        return await MonevScorer.score(validation, criteria: try criteria ?? builtIn, year: year, referenceDate: today, facts: facts)
    }

    /// A copy of the sample content (Content/) in a fresh temporary folder.
    static func sampleCopy() throws -> URL {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-monev-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: RichSite.packageRoot.appendingPathComponent("Content"), to: target)
        return target
    }

    /// A small Badan Publik the program has never seen: two OPDs beside the minimal sample's one.
    static func unseen() throws -> ContentFixture {
        var files: [String: String?] = [:]
        for (slug, name) in [("dinas-perikanan", "Dinas Perikanan"), ("kecamatan-lembah", "Kecamatan Lembah Hijau")] {
            files["opd/\(slug)/opd.yml"] = Samples.opd.replacingOccurrences(of: "Dinas Komunikasi dan Informatika", with: name)
                .replacingOccurrences(of: "ppid.diskominfo@", with: "ppid.\(slug)@")
            files["opd/\(slug)/dip.yml"] = "penetapan:\n  nomor: 1/\(slug)/2026\n  tanggal: 2026-01-05\n  oleh: PPID Pelaksana\n"
                + Samples.dip.replacingOccurrences(of: "berkas/profil.pdf", with: "berkas/profil-\(slug).pdf")
                    .replacingOccurrences(of: "berkas: berkas/lk-2025.pdf", with: "tautan: https://contoh.go.id/lk-\(slug).pdf")
            files["opd/\(slug)/berkas/profil-\(slug).pdf"] = "%PDF-1.4"
            files["opd/\(slug)/dik.yml"] = "penetapan:\n  nomor: 2/\(slug)/2026\n  tanggal: 2026-01-05\n  oleh: PPID Pelaksana\ndikecualikan: []\n"
            for kind in OPDChecks.pelaksanaSOPKinds {
                files["opd/\(slug)/sop/\(kind).md"] = Samples.sop.replacingOccurrences(of: "jenis: permohonan-informasi", with: "jenis: \(kind)")
            }
        }
        return try ContentFixture.minimal(files)
    }
}

extension MonevReport {
    func score(of slug: String) -> Range? { opd(slug)?.range }
}
