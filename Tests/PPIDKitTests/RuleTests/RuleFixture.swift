import Foundation
@testable import PPIDKit

/// Runs the whole check on the minimal sample with some files replaced, and picks one rule's findings.
enum RuleFixture {
    static func findings(_ files: [String: String?], today: CalendarDate = ContentFixture.today) async throws -> [Diagnostic] {
        let fixture = try ContentFixture.minimal(files)
        defer { fixture.remove() }
        // Messages that name another place (PPID206) show it as the user would see it, too.
        return await fixture.findings(today: today).map { finding in
            var copy = finding
            copy.message = copy.message.replacingOccurrences(of: fixture.path, with: "Content")
            return copy
        }
    }

    static func findings(of rule: RuleID, _ files: [String: String?],
                         today: CalendarDate = ContentFixture.today) async throws -> [Diagnostic] {
        try await findings(files, today: today).filter { $0.rule == rule }
    }

    /// `Content/opd/diskominfo/dip.yml:3:5 PPID102`-style summaries for failure messages.
    static func describe(_ findings: [Diagnostic]) -> [String] {
        findings.map { "\($0.place) \($0.severity.rawValue)[\($0.rule.rawValue)] \($0.message)" }
    }

    static let dip = "Content/opd/diskominfo/dip.yml"
    static let dik = "Content/opd/diskominfo/dik.yml"
    static let opd = "Content/opd/diskominfo/opd.yml"
    static let ppid = "Content/ppid.yml"

    /// A DIK with one item, its lines at fixed places (see ExemptionRuleTests).
    static func exemptionFile(judul: String = "Hasil uji penetrasi sistem informasi pemerintah daerah",
                    dasarHukum: String = "Pasal 17 huruf c angka 7",
                    extra: String = "",
                    jangkaWaktu: String = "4 tahun",
                    tanggal: String = "2025-02-01") -> String {
        """
        dikecualikan:
          - judul: \(judul)
            dasar_hukum: \(dasarHukum)
            konsekuensi: Membuka hasil uji penetrasi memberi petunjuk kepada penyerang tentang celah sistem yang belum ditutup.
            kepentingan_publik: Menutup hasil uji melindungi data warga dan layanan publik daring dari serangan yang lebih merugikan.
            jangka_waktu: \(jangkaWaktu)
        \(extra)    penetapan:
              nomor: 001/UK/PPID/2025
              tanggal: \(tanggal)
              oleh: PPID Pelaksana Diskominfo
        """
    }
}
