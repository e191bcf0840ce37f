import Foundation
@testable import PPIDKit
import Testing

/// Personal data through a mapping (issue 17 item 6): whole-word personal headers are dropped
/// with PPID404, and mapping an identity-or-contact header onto one of our columns is an error
/// at the mapping; no value reaches any output file or message.
@Suite struct PersonalColumnMappingTests {
    static let secrets = ["Sulastri Widyaningrum", "0813-5566-2211", "3201234509870001", "6281355662211",
                          "Widyaningrum", "sulastri.w@rahasia.example", "Pak Darmo Suwito"]

    @Test(arguments: ["KTP", "Kontak WA", "Pelapor", "Identitas", "Reporter Name", "No HP", "Nama Pelapor", "No. Telp",
                      "E-mail", "Alamat_Lengkap", "Isi Laporan", "Uraian", "Nomor Whatsapp"])
    func personalHeaders(_ header: String) {
        #expect(PersonalDataColumns.match(header) != nil, "\(header)")
    }

    @Test(arguments: ["Waktu", "Tanggal Laporan", "Kanal", "Status", "Kategori", "Chapter", "Nomor Tiket", "Wilayah"])
    func otherHeaders(_ header: String) {
        #expect(PersonalDataColumns.match(header) == nil, "\(header)")
    }

    static let csv = """
        nomor_tiket,tanggal_masuk,kanal,No HP,Nama Pelapor,KTP,Kontak WA,Pelapor,Identitas,Reporter Name,Waktu,opd,status
        LPR-1,2025-02-03,whatsapp,0813-5566-2211,Sulastri Widyaningrum,3201234509870001,6281355662211,Sulastri Widyaningrum,3201234509870001,Pak Darmo Suwito,08:00,dinas-pupr,selesai
        LPR-2,2025-02-04,situs,0813-5566-2211,Sulastri Widyaningrum,3201234509870001,sulastri.w@rahasia.example,Widyaningrum,3201234509870001,Pak Darmo Suwito,09:00,,proses

        """

    @Test func unmappedPersonalColumnsAreDroppedAndNeverPublished() async throws {
        let fixture = try ComplaintFixture.make(["laporan-2025.csv": Self.csv])
        defer { fixture.remove() }
        let output = fixture.root.appendingPathComponent("Site-keluaran").path
        let options = BuildOptions(contentPath: fixture.path, templatesPath: RichSite.templatesPath, outputPath: output,
                                   today: ContentFixture.today)
        guard case .built(_, let validation) = await SiteBuilder(options: options).run() else {
            Issue.record("situs tidak dibangun")
            return
        }
        let warnings = validation.diagnostics.sorted.filter { $0.rule == .ppid404 }
        // Every personal header, and not "Waktu" (column 11).
        #expect(warnings.map(\.location.column) == [4, 5, 6, 7, 8, 9, 10])
        #expect(warnings.allSatisfy { $0.severity == .warning })
        try Self.expectNoSecret(in: output, validation: validation)
    }

    @Test func mappingAPersonalColumnOntoOursIsAnErrorAtTheMapping() async throws {
        let kolom = """
            kolom:
              No HP: kanal
              Nama Pelapor: kategori
              Waktu: tanggal_tindak_lanjut
            kanal:
              WhatsApp: whatsapp
            """
        let csv = """
            nomor_tiket,tanggal_masuk,No HP,Nama Pelapor,Sumber,opd,status
            LPR-1,2025-02-03,0813-5566-2211,Sulastri Widyaningrum,WhatsApp,dinas-pupr,selesai
            LPR-2,2025-02-04,0813-5566-2211,Pak Darmo Suwito,WhatsApp,,proses

            """
        let fixture = try ComplaintFixture.make(["laporan-2025.csv": csv, "kolom.yml": kolom])
        defer { fixture.remove() }
        let validation = await fixture.validate()
        let personal = validation.diagnostics.sorted.filter { $0.rule == .ppid404 }
        #expect(personal.map(\.place).map { $0.replacingOccurrences(of: fixture.path, with: "Content") }
                == ["Content/pengaduan/kolom.yml:2:3", "Content/pengaduan/kolom.yml:3:3"])
        #expect(personal.allSatisfy { $0.severity == .error })
        #expect(personal.first?.message.contains("\"No HP\"") == true)
        #expect(personal.last?.message.contains("\"Nama Pelapor\"") == true)
        // The refused kanal mapping is the one finding: no second PPID408 for the missing kanal.
        #expect(validation.diagnostics.sorted.filter { $0.rule == .ppid408 }.isEmpty)
        #expect(validation.fails(strict: false))
        // The build refuses, and nothing of the values is printed or kept.
        let output = fixture.root.appendingPathComponent("Site-keluaran").path
        let options = BuildOptions(contentPath: fixture.path, templatesPath: RichSite.templatesPath, outputPath: output,
                                   today: ContentFixture.today)
        guard case .invalid = await SiteBuilder(options: options).run() else {
            Issue.record("pemetaan data pribadi tidak menggagalkan pembangunan")
            return
        }
        try Self.expectNoSecret(in: output, validation: validation)

        // An optional column mapped from a personal header is dropped; the rows are still read.
        let optional = try ComplaintFixture.make(["laporan-2025.csv": csv.replacingOccurrences(of: "Sumber", with: "kanal"),
                                                  "kolom.yml": "kolom:\n  Nama Pelapor: kategori\nkanal:\n  WhatsApp: whatsapp\n"])
        defer { optional.remove() }
        let read = await optional.validate()
        #expect(read.complaints.records.count == 2)
        #expect(read.complaints.records.allSatisfy { $0.kategori == nil })
        try Self.expectNoSecret(in: output, validation: read)
    }

    static func expectNoSecret(in output: String, validation: Validation) throws {
        for file in (try? StatisticsPrivacyTests.files(under: output)) ?? [] {
            let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: output + "/" + file)), as: UTF8.self)
            for secret in secrets { #expect(!text.contains(secret), "\(file) memuat \"\(secret)\"") }
        }
        var report = DiagnosticReport(validation.diagnostics, sources: validation.loaded.inventory.allTexts)
        report.notes = validation.complaints.notes
        for format in ReportFormat.allCases {
            let rendered = report.render(format)
            for secret in secrets { #expect(!rendered.contains(secret), "laporan \(format.rawValue) memuat \"\(secret)\"") }
        }
        let model = String(describing: validation.complaints) + String(describing: validation.model.complaintStatistics)
        for secret in secrets { #expect(!model.contains(secret)) }
    }
}
