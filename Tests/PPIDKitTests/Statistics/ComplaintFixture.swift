import Foundation
@testable import PPIDKit

/// Complaint content on top of `ContentFixture.minimal`: a second and third OPD, CSV tables,
/// `ringkasan.yml` and `kolom.yml` given inline.
enum ComplaintFixture {
    /// A published period whose status counts fall short of its total (484 − 482 = 2 unclassified).
    static let kemenpanPeriod = """
          - periode: { dari: 2024-01-01, sampai: 2024-05-25 }
            total: 484
            selesai: 424
            proses: 55
            tertunda: 3
            sumber: Paparan KemenPAN-RB, 29 Mei 2024
        """

    static let header = "nomor_tiket,tanggal_masuk,kanal,kategori,opd,status,tanggal_tindak_lanjut,tanggal_selesai"

    static func opd(_ nama: String) -> String {
        """
        nama: \(nama)
        jenis: dinas
        ppid_pelaksana:
          jabatan: Sekretaris \(nama)
          email: ppid@contoh.go.id
        """
    }

    /// Files: `laporan.csv` (or any path under `pengaduan/`) → text.
    static func make(_ complaints: [String: String], extra: [String: String?] = [:]) throws -> ContentFixture {
        var files: [String: String?] = [
            "opd/dinas-pupr/opd.yml": opd("Dinas Pekerjaan Umum dan Penataan Ruang"),
            "opd/dinas-sosial/opd.yml": opd("Dinas Sosial"),
        ]
        for (name, text) in complaints { files["pengaduan/\(name)"] = text }
        for (path, text) in extra { files[path] = text }
        return try ContentFixture.minimal(files)
    }

    /// Runs validation on inline complaint files and returns the validation and the findings in
    /// `pengaduan/` (with the temporary path shown as `Content`).
    static func validate(_ complaints: [String: String], today: CalendarDate = ContentFixture.today)
        async throws -> (validation: Validation, findings: [Diagnostic]) {
        let fixture = try make(complaints)
        defer { fixture.remove() }
        let validation = await fixture.validate(today: today)
        let findings = validation.diagnostics.sorted.compactMap { diagnostic -> Diagnostic? in
            guard diagnostic.location.file.contains("/pengaduan/") else { return nil }
            var copy = diagnostic
            copy.location.file = copy.location.file.replacingOccurrences(of: fixture.path, with: "Content")
            return copy
        }
        return (validation, findings)
    }

    static func statistics(_ complaints: [String: String], today: CalendarDate = ContentFixture.today)
        async throws -> ComplaintStatistics {
        try await validate(complaints, today: today).validation.model.complaintStatistics
    }

    /// The emitted `data/pengaduan.json`, parsed.
    static func openDataJSON(_ statistics: ComplaintStatistics) throws -> [String: Any] {
        let text = ComplaintOpenData(statistics: statistics, badanPublik: "Pemerintah Kabupaten Contoh").json()
        return try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
    }

    static func period(_ label: String, in json: [String: Any]) -> [String: Any]? {
        (json["periode"] as? [[String: Any]])?.first { $0["label"] as? String == label }
    }
}

extension Array where Element == Diagnostic {
    func with(_ rule: RuleID) -> [Diagnostic] { filter { $0.rule == rule } }
    var places: [String] { map(\.place) }
    var summary: [String] { map { "\($0.place) \($0.rule.rawValue) \($0.message)" } }
}
