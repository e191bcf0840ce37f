import Foundation
@testable import PPIDKit
import Testing

/// Complaint exports as they come (ONBOARDING.md): another date format, `;`, BOM, CRLF,
/// capitalised words, and problems repeated over many rows.
@Suite struct ComplaintExportTests {
    /// Rows in our format: (ticket, entry, channel, category, opd, status, follow-up, closed).
    static let rows: [[String]] = [
        ["LPR-1", "2025-01-03", "situs", "Infrastruktur", "dinas-pupr", "selesai", "2025-01-04", "2025-01-20"],
        ["LPR-2", "2025-01-15", "whatsapp", "Bantuan Sosial", "dinas-sosial", "proses", "2025-01-16", ""],
        ["LPR-3", "2025-02-01", "sms", "Infrastruktur", "dinas-pupr", "selesai", "2025-02-02", "2025-02-28"],
        ["LPR-4", "2025-02-13", "media-sosial", "Kesehatan", "", "belum-terverifikasi", "", ""],
        ["LPR-5", "2025-03-09", "aplikasi", "Bantuan Sosial", "dinas-sosial", "bukan-wewenang", "2025-03-10", ""],
        ["LPR-6", "2025-03-21", "tatap-muka", "Infrastruktur", "dinas-pupr", "tertunda", "2025-03-25", ""],
        ["LPR-7", "2025-04-30", "situs", "Kesehatan", "dinas-sosial", "belum-ditindaklanjuti", "", ""],
        ["LPR-8", "2025-05-02", "whatsapp", "Infrastruktur", "dinas-pupr", "selesai", "2025-05-03", "2025-05-17"],
    ]

    static var ours: String {
        ([ComplaintFixture.header] + rows.map { $0.joined(separator: ",") }).joined(separator: "\n") + "\n"
    }

    static let exportWords: [String: String] = [
        "situs": "Situs", "whatsapp": "WhatsApp", "sms": "SMS", "media-sosial": "Media Sosial", "aplikasi": "Aplikasi",
        "tatap-muka": "Tatap_Muka", "selesai": "Selesai", "proses": "Proses", "belum-terverifikasi": "Belum Terverifikasi",
        "bukan-wewenang": "bukan_wewenang", "tertunda": "TERTUNDA", "belum-ditindaklanjuti": "Belum Ditindaklanjuti",
    ]

    /// `2025-01-03` → `3/1/2025 08:15` (one-digit day and month, a time).
    static func dayFirst(_ iso: String) -> String {
        guard !iso.isEmpty else { return "" }
        let parts = iso.split(separator: "-").map { Int($0) ?? 0 }
        return "\(parts[2])/\(parts[1])/\(parts[0]) 08:15"
    }

    /// The same rows as a LAPOR! instansi export: BOM, `;`, CRLF, its own headers, day-first dates.
    static var export: String {
        let header = "Tracking ID;Tanggal Laporan;Sumber Laporan;Kategori;Instansi Tujuan;Status;Tanggal Tindak Lanjut;Tanggal Selesai"
        let lines = rows.map { row in
            [row[0], dayFirst(row[1]), exportWords[row[2]] ?? row[2], row[3], row[4], exportWords[row[5]] ?? row[5],
             dayFirst(row[6]), dayFirst(row[7])].joined(separator: ";")
        }
        return "\u{FEFF}" + ([header] + lines).joined(separator: "\r\n") + "\r\n"
    }

    static let kolom = """
        kolom:
          Tracking ID: nomor_tiket
          Tanggal Laporan: tanggal_masuk
          Sumber Laporan: kanal
          Kategori: kategori
          Instansi Tujuan: opd
          Status: status
          Tanggal Tindak Lanjut: tanggal_tindak_lanjut
          Tanggal Selesai: tanggal_selesai
        """

    static func openData(_ statistics: ComplaintStatistics) -> String {
        ComplaintOpenData(statistics: statistics, badanPublik: "Pemerintah Kabupaten Contoh").json()
    }

    @Test func anExportAsItComesGivesTheSameFigures() async throws {
        let original = try await ComplaintFixture.validate(["laporan-2025.csv": Self.ours])
        let exported = try await ComplaintFixture.validate(["laporan-2025.csv": Self.export, "kolom.yml": Self.kolom])
        #expect(original.findings.isEmpty, "\(original.findings.summary)")
        #expect(exported.findings.isEmpty, "\(exported.findings.summary)")
        #expect(exported.validation.complaints.records.count == Self.rows.count)
        #expect(Self.openData(exported.validation.model.complaintStatistics) == Self.openData(original.validation.model.complaintStatistics))
        // Said once, before the summary of the text report.
        let notes = exported.validation.complaints.notes
        #expect(notes.count == 1)
        #expect(notes.first?.hasPrefix("tanggal di ") == true)
        #expect(notes.first?.hasSuffix("pengaduan/laporan-2025.csv dibaca sebagai DD/MM/YYYY") == true)
        var report = DiagnosticReport(exported.validation.diagnostics)
        report.notes = notes
        let text = report.render(.text)
        #expect(text.contains("dibaca sebagai DD/MM/YYYY\n0 galat"))
        #expect(original.validation.complaints.notes.isEmpty)
    }

    @Test func formatTanggalReadsTheGivenOrder() async throws {
        let csv = ComplaintFixture.header + "\nT-1,12/31/2025 10:00:05,situs,,,selesai,1/2/2026,\n"
        let format = try await ComplaintFixture.validate(["laporan.csv": csv, "kolom.yml": "format_tanggal: MM/DD/YYYY\n"],
                                                         today: CalendarDate(iso: "2026-11-25")!)
        #expect(format.findings.with(.ppid005).isEmpty, "\(format.findings.summary)")
        let record = try #require(format.validation.complaints.records.first)
        #expect(record.tanggalMasuk.iso == "2025-12-31")
        #expect(record.tanggalTindakLanjut?.iso == "2026-01-02")
        #expect(format.validation.complaints.notes.isEmpty)

        let dashes = ComplaintFixture.header + "\nT-1,05-03-2025,situs,,,proses,2025-03-06,\n"
        let read = try await ComplaintFixture.validate(["laporan.csv": dashes, "kolom.yml": "format_tanggal: DD-MM-YYYY\n"])
        #expect(read.findings.isEmpty, "\(read.findings.summary)")
        #expect(read.validation.complaints.records.first?.tanggalMasuk.iso == "2025-03-05")

        let unknown = try await ComplaintFixture.validate(["laporan.csv": dashes, "kolom.yml": "format_tanggal: hari-bulan\n"])
        #expect(unknown.findings.with(.ppid004).map(\.place) == ["Content/pengaduan/kolom.yml:1:17"])
    }

    @Test func ambiguousDatesAreOneErrorNamingFormatTanggal() async throws {
        let csv = ComplaintFixture.header + "\nT-1,,situs,,,proses,,\nT-2,3/4/2025,situs,,,proses,5/4/2025,\nT-3,6/7/2025,sms,,,proses,,\n"
        let result = try await ComplaintFixture.validate(["laporan.csv": csv])
        let dates = result.findings.with(.ppid005)
        #expect(dates.places == ["Content/pengaduan/laporan.csv:3:2"])
        #expect(dates.first?.message.contains("format_tanggal: DD/MM/YYYY") == true)
        #expect(dates.first?.message.contains("\"3/4/2025\"") == true)
    }

    @Test func aStrayDayFirstDateIsRewrittenInTheHint() async throws {
        let csv = ComplaintFixture.header + "\nT-1,2025-03-01,situs,,,proses,,\nT-2,31/12/2025,situs,,,proses,,\n"
        let result = try await ComplaintFixture.validate(["laporan.csv": csv], today: CalendarDate(iso: "2026-11-25")!)
        let dates = result.findings.with(.ppid005)
        #expect(dates.places == ["Content/pengaduan/laporan.csv:3:2"])
        #expect(dates.first?.message.contains("tulis 2025-12-31") == true)
    }

    @Test func aProblemOnManyRowsIsOneFindingWithCountAndRows() async throws {
        var lines = [ComplaintFixture.header]
        for number in 1...7 { lines.append("T-\(number),2025-03-0\(number),situs,,dinas-hilang,Beres,,") }
        lines.append("T-8,2025-03-08,situs,,,Beres Total,,")
        let result = try await ComplaintFixture.validate(["laporan.csv": lines.joined(separator: "\n") + "\n"])
        let words = result.findings.with(.ppid401)
        #expect(words.places == ["Content/pengaduan/laporan.csv:2:6", "Content/pengaduan/laporan.csv:9:6"])
        #expect(words.first?.message.hasSuffix("Masalah yang sama ada di 7 baris (baris 2, 3, 4, 5, 6, …).") == true)
        #expect(words.last?.message.contains("Masalah yang sama") == false)
    }

    @Test func wordsMatchWhateverTheirCaseAndSeparators() {
        #expect(ExportWord.match("Belum Terverifikasi", in: ComplaintStatus.words) == "belum-terverifikasi")
        #expect(ExportWord.match("bukan_wewenang", in: ComplaintStatus.words) == "bukan-wewenang")
        #expect(ExportWord.match("  SELESAI ", in: ComplaintStatus.words) == "selesai")
        #expect(ExportWord.match("Media - Sosial", in: ComplaintChannel.words) == "media-sosial")
        #expect(ExportWord.match("Website", in: ComplaintChannel.words) == nil)
    }

    @Test func dateDetection() {
        #expect(ExportDateDetection.detect(["2025-01-02", "3/4/2025"]) == .iso)
        #expect(ExportDateDetection.detect(["3/4/2025", "", "13/4/2025 07:00"]) == .dayFirst(separator: "/"))
        #expect(ExportDateDetection.detect(["", "3/4/2025", "12/4/2025"]) == .ambiguous(firstIndex: 1))
        #expect(ExportDateDetection.detect(["31-01-2025"]) == .dayFirst(separator: "-"))
        #expect(ExportDateFormat.dayFirst(separator: "/").date("1/2/2025 8:05:09")?.iso == "2025-02-01")
        #expect(ExportDateFormat.dayFirst(separator: "/").date("31/2/2025") == nil)
        #expect(ExportDateFormat.yearFirst(separator: "/").date("2025/2/1")?.iso == "2025-02-01")
        #expect(ExportDateFormat(spelling: "dd/mm/yyyy") == .dayFirst(separator: "/"))
    }

    /// The README's LAPOR! instansi example reads without a finding other than PPID404 warnings.
    @Test func theReadmeExampleReads() async throws {
        let readme = try String(contentsOf: RichSite.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let blocks = readme.components(separatedBy: "```")
        let csv = try #require(blocks.first { $0.hasPrefix("\nTracking ID;") }).dropFirst()
        let yaml = try #require(blocks.first { $0.hasPrefix("yaml\n# pengaduan/kolom.yml") }).dropFirst(5)
        let result = try await ComplaintFixture.validate(["laporan-2025.csv": String(csv), "kolom.yml": String(yaml)])
        #expect(result.findings.filter { $0.rule != .ppid404 }.isEmpty, "\(result.findings.summary)")
        #expect(result.findings.with(.ppid404).count == 4)
        let records = result.validation.complaints.records
        #expect(records.map(\.kanal) == ["situs", "aplikasi"])
        #expect(records.map(\.status) == [.selesai, .proses])
        #expect(records.map { $0.opd ?? "" } == ["dinas-pupr", "dinas-sosial"])
        #expect(records.first?.tanggalSelesai?.iso == "2025-01-20")
    }

    /// `ppid check` says once, in text format only, how the dates were read.
    @Test func checkSaysHowTheDatesWereRead() throws {
        let fixture = try ComplaintFixture.make(["laporan-2025.csv": Self.export, "kolom.yml": Self.kolom])
        defer { fixture.remove() }
        let text = try PPIDProcess.run(["check", "--content", fixture.path, "--tanggal", "2026-11-25"])
        #expect(text.status == 0, "\(text.stdout)")
        #expect(text.stdout.components(separatedBy: "dibaca sebagai DD/MM/YYYY").count == 2, "\(text.stdout)")
        #expect(text.stdout.contains("pengaduan/laporan-2025.csv dibaca sebagai DD/MM/YYYY\n"))
        let json = try PPIDProcess.run(["check", "--content", fixture.path, "--tanggal", "2026-11-25", "--format", "json"])
        #expect(!json.stdout.contains("dibaca sebagai"))
        #expect(json.stdout.contains("\"errors\": 0"))
    }
}
