import Foundation
@testable import PPIDKit
import Testing

/// The rows' personal data never leaves the reader: not into any file of the built site, and not
/// into any finding (CONTENT.md, PPID404).
@Suite struct StatisticsPrivacyTests {
    /// Distinctive values that must appear nowhere in the output.
    static let secrets = ["Wiryaningsih Kartodirdjo", "3374015705880003", "wiryaningsih.k@surel-rahasia.example",
                          "Jl. Kenanga Rahasia No. 77", "Anak saya ditolak di loket karena tidak membawa fotokopi",
                          "0812-9911-7733", "Kartodirdjo"]

    static let csv = """
        nomor_tiket,Nama Pelapor,tanggal_masuk,NIK,Email,kanal,kategori,Alamat Pelapor,opd,status,Isi Laporan,No. HP,tanggal_tindak_lanjut,tanggal_selesai
        LPR-2025-1,Wiryaningsih Kartodirdjo,2025-02-03,3374015705880003,wiryaningsih.k@surel-rahasia.example,whatsapp,Pendidikan,"Jl. Kenanga Rahasia No. 77",dinas-pupr,selesai,"Anak saya ditolak di loket karena tidak membawa fotokopi,
        padahal sudah membawa aslinya",0812-9911-7733,2025-02-04,2025-02-10
        LPR-2025-2,Wiryaningsih Kartodirdjo,2025-03-03,3374015705880003,wiryaningsih.k@surel-rahasia.example,situs,,"Jl. Kenanga Rahasia No. 77",,proses,Anak saya ditolak di loket karena tidak membawa fotokopi,0812-9911-7733,,

        """

    @Test func personalDataReachesNoOutputFileAndNoFinding() async throws {
        let fixture = try ComplaintFixture.make(["laporan-2025.csv": Self.csv])
        defer { fixture.remove() }
        let output = fixture.root.appendingPathComponent("Site-keluaran").path
        let options = BuildOptions(contentPath: fixture.path, templatesPath: RichSite.templatesPath, outputPath: output,
                                   today: ContentFixture.today)
        let outcome = await SiteBuilder(options: options).run()
        guard case .built(_, let validation) = outcome else {
            Issue.record("situs tidak dibangun: \(outcome)")
            return
        }
        // The site was written and has the statistics.
        let files = try Self.files(under: output)
        #expect(files.contains("data/pengaduan.json"))
        #expect(files.contains("data/pengaduan.csv"))
        #expect(files.contains("statistik/pengaduan/2025/index.html"))
        let json = try String(contentsOfFile: output + "/data/pengaduan.json", encoding: .utf8)
        #expect(json.contains("\"total\": 2"))
        // No secret in any file of the site.
        for file in files {
            let data = try Data(contentsOf: URL(fileURLWithPath: output + "/" + file))
            let text = String(decoding: data, as: UTF8.self)
            for secret in Self.secrets {
                #expect(!text.contains(secret), "\(file) memuat \"\(secret)\"")
            }
            #expect(!text.contains("LPR-2025-1"), "\(file) memuat nomor tiket")
        }
        // The findings warn about the columns by header only, in every report format.
        let warnings = validation.diagnostics.sorted.filter { $0.rule == .ppid404 }
        #expect(warnings.map(\.location.column) == [2, 4, 5, 8, 11, 12])
        let report = DiagnosticReport(validation.diagnostics, sources: validation.loaded.inventory.allTexts)
        for format in ReportFormat.allCases {
            let rendered = report.render(format)
            for secret in Self.secrets {
                #expect(!rendered.contains(secret), "laporan \(format.rawValue) memuat \"\(secret)\"")
            }
        }
        // Nor does the model keep them.
        let model = String(describing: validation.complaints)
        for secret in Self.secrets { #expect(!model.contains(secret)) }
    }

    static func files(under root: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }
}
