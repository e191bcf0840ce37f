import Foundation
@testable import PPIDKit
import Testing

/// Each PPID5xx rule on a broken register, with its location and a message a humas officer can act
/// on; the sample kabupaten draws none of them (REQUESTS.md, "Rules").
@Suite struct ServiceRuleTests {
    static let header = "nomor_registrasi,tanggal_permohonan,cara,opd,kategori_pemohon,keputusan,alasan_penolakan,tanggal_pemberitahuan,perpanjangan,biaya"
    static let objectionHeader = "nomor_keberatan,tanggal_keberatan,nomor_registrasi,alasan,tanggal_tanggapan,putusan,sengketa"

    static func findings(_ files: [String: String?], today: CalendarDate = ContentFixture.today) async throws -> [Diagnostic] {
        let fixture = try ContentFixture.minimal(files)
        defer { fixture.remove() }
        return await fixture.findings(today: today).filter { $0.rule.rawValue.hasPrefix("PPID5") || $0.rule == .ppid007 }
    }

    static func register(_ rows: String...) -> String { ([header] + rows).joined(separator: "\n") + "\n" }

    @Test func ppid501ReportsEachUnreadableCellAtItsColumn() async throws {
        let found = try await Self.findings(["layanan/permohonan/r.csv": Self.register(
            "P-1,2026-03-02,emial,,,dipenuhi,,2026-03-05,,",
            "P-2,02/03/2026,surat,,,dipenuhi,,2026-03-05,,",
            ",2026-03-02,surat,,,dipenuhi,,2026-03-05,,",
            "P-4,2026-03-02,surat,,,proses,,2026-03-05,,",
            "P-5,2026-03-02,surat,,,dipenuhi,,,,",
            "P-6,2026-03-03,surat,,,dipenuhi,,2026-03-05,,",
            "P-6,2026-03-03,surat,,,dipenuhi,,2026-03-05,,",
            "P-7,2026-03-03,surat,,,dipenuhi,,2026-03-05,,Rp lima ribu",
            "P-8,2026-03-03,surat,,,dipenuhi")])
        let places = found.filter { $0.rule == .ppid501 }.map(\.place)
        #expect(places.contains("Content/layanan/permohonan/r.csv:2:3"), "\(found)")   // emial → email
        #expect(found.contains { $0.place == "Content/layanan/permohonan/r.csv:2:3" && $0.message.contains("Maksud Anda \"email\"?") })
        #expect(places.contains("Content/layanan/permohonan/r.csv:3:2"))   // day-first date
        #expect(found.contains { $0.place == "Content/layanan/permohonan/r.csv:3:2" && $0.message.contains("tulis 2026-03-02") })
        #expect(places.contains("Content/layanan/permohonan/r.csv:4:1"))   // no number
        #expect(places.contains("Content/layanan/permohonan/r.csv:5:8"))   // notice on a proses row
        #expect(places.contains("Content/layanan/permohonan/r.csv:6:8"))   // decided without a notice
        #expect(places.contains("Content/layanan/permohonan/r.csv:8:1"))   // duplicate (the later one)
        #expect(found.contains { $0.place == "Content/layanan/permohonan/r.csv:8:1" && $0.message.contains("baris 7") })
        #expect(places.contains("Content/layanan/permohonan/r.csv:9:10"))  // fee
        #expect(places.contains("Content/layanan/permohonan/r.csv:10:7"))  // too few fields
        #expect(found.allSatisfy { $0.severity == .error || $0.rule != .ppid501 })
    }

    @Test func ppid501MissingColumnIsReportedOnceAtTheHeader() async throws {
        let found = try await Self.findings(["layanan/permohonan/r.csv": "nomor_registrasi,tanggal_permohonan,keputusan\nP-1,2026-03-02,dipenuhi\n"])
        #expect(found.map(\.place) == ["Content/layanan/permohonan/r.csv:1:1"])
        #expect(found.first?.message.contains("Kolom wajib \"cara\"") == true)
        #expect(found.first?.message.contains("layanan/kolom.yml") == true)
    }

    @Test func ppid501RepeatedProblemIsOneFindingWithItsRows() async throws {
        let rows = (1...8).map { "P-\($0),2026-03-02,fax,,,dipenuhi,,2026-03-05,," }
        let found = try await Self.findings(["layanan/permohonan/r.csv": ([Self.header] + rows).joined(separator: "\n") + "\n"])
        #expect(found.count == 1)
        #expect(found.first?.place == "Content/layanan/permohonan/r.csv:2:3")
        #expect(found.first?.message.contains("di 8 baris (baris 2, 3, 4, 5, 6, …)") == true)
    }

    @Test func kolomYmlMapsAnotherRegistersWordsAndDates() async throws {
        let found = try await Self.findings([
            "layanan/kolom.yml": "permohonan:\n  kolom:\n    No. Register: nomor_registrasi\n    Tgl Masuk: tanggal_permohonan\n    Media: cara\n    Status: keputusan\n    Tgl Jawab: tanggal_pemberitahuan\n  cara:\n    Datang: langsung\n  keputusan:\n    Diberikan: dipenuhi\n  format_tanggal: DD/MM/YYYY\n",
            "layanan/permohonan/r.csv": "No. Register;Tgl Masuk;Media;Status;Tgl Jawab\nP-1;02/03/2026;Datang;Diberikan;05/03/2026\n",
        ])
        #expect(found.isEmpty, "\(found)")
    }

    @Test func ppid502DatesOutOfOrderAndAfterTheReferenceDate() async throws {
        let found = try await Self.findings([
            "layanan/permohonan/r.csv": Self.register("P-1,2026-03-10,surat,,,dipenuhi,,2026-03-05,,", "P-2,2026-12-10,surat,,,proses,,,,"),
            "layanan/keberatan/k.csv": Self.objectionHeader + "\nK-1,2026-04-10,P-1,c,2026-04-01,ditolak,\n",
        ])
        let errors = found.filter { $0.rule == .ppid502 && $0.severity == .error }.map(\.place)
        #expect(errors == ["Content/layanan/keberatan/k.csv:2:5", "Content/layanan/permohonan/r.csv:2:8"])
        let late = found.filter { $0.rule == .ppid502 && $0.severity == .warning }
        #expect(late.map(\.place) == ["Content/layanan/permohonan/r.csv:3:2"])
        #expect(late.first?.message.contains("tidak dihitung") == true)
    }

    @Test func ppid503RefusalNeedsAValidPasal17Reason() async throws {
        let found = try await Self.findings(["layanan/permohonan/r.csv": Self.register(
            "P-1,2026-03-02,surat,,,ditolak,,2026-03-05,,",
            "P-2,2026-03-02,surat,,,dipenuhi-sebagian,Pasal 17 huruf k,2026-03-05,,",
            "P-3,2026-03-02,surat,,,ditolak,Pasal 9 ayat (2) huruf a,2026-03-05,,",
            "P-4,2026-03-02,surat,,,ditolak,UU 14/2008 Pasal 17 huruf c angka 7; Pasal 17 huruf c,2026-03-05,,")])
        let refusals = found.filter { $0.rule == .ppid503 }
        #expect(refusals.map(\.place) == ["Content/layanan/permohonan/r.csv:2:7", "Content/layanan/permohonan/r.csv:3:7", "Content/layanan/permohonan/r.csv:4:7"])
        #expect(refusals.allSatisfy { $0.message.contains("Pasal 17") })
    }

    @Test func ppid504DropsPersonalColumnsNamingOnlyTheHeader() async throws {
        let found = try await Self.findings(["layanan/permohonan/r.csv":
            "nomor_registrasi,Nama Pemohon,tanggal_permohonan,cara,keputusan,tanggal_pemberitahuan,Rincian Informasi\nP-1,Budi Rahasia,2026-03-02,surat,dipenuhi,2026-03-05,Salinan SK milik Budi\n"])
        #expect(found.map(\.rule) == [.ppid504, .ppid504])
        #expect(found.map(\.place) == ["Content/layanan/permohonan/r.csv:1:2", "Content/layanan/permohonan/r.csv:1:7"])
        #expect(found.allSatisfy { !$0.message.contains("Budi") })
    }

    @Test func ppid505OverdueRequestsAreOneFindingPerFile() async throws {
        let found = try await Self.findings(["layanan/permohonan/r.csv": Self.register(
            "P-1,2026-10-01,surat,,,proses,,,,", "P-2,2026-10-02,surat,,,proses,,,ya,", "P-3,2026-11-20,surat,,,proses,,,,")])
        #expect(found.map(\.rule) == [.ppid505])
        #expect(found.first?.message.contains("2 permohonan") == true)
        #expect(found.first?.message.contains("P-1, P-2") == true)
        #expect(found.first?.place == "Content/layanan/permohonan/r.csv:2:6")
    }

    @Test func ppid506RefusalOnAHurufTheDIKDoesNotHold() async throws {
        let found = try await Self.findings(["layanan/permohonan/r.csv": Self.register(
            "P-1,2026-03-02,surat,,,ditolak,Pasal 17 huruf c angka 7,2026-03-05,,", "P-2,2026-03-02,surat,,,ditolak,Pasal 17 huruf h,2026-03-05,,")])
        #expect(found.map(\.rule) == [.ppid506])
        #expect(found.first?.place == "Content/layanan/permohonan/r.csv:3:7")
        #expect(found.first?.message.contains("opd/diskominfo/dik.yml") == true)
    }

    @Test func ppid507UnknownRequestAndObjection() async throws {
        let found = try await Self.findings([
            "layanan/permohonan/r.csv": Self.register("P-1,2026-03-02,surat,,,dipenuhi,,2026-03-05,,"),
            "layanan/keberatan/k.csv": Self.objectionHeader + "\nK-1,2026-04-01,P-9,c,2026-04-10,ditolak,ya\n",
            "layanan/sengketa.yml": "sengketa:\n  - nomor_perkara: 1/KI/2026\n    tanggal_registrasi: 2026-05-01\n    nomor_keberatan: K-7\n",
        ])
        #expect(found.map(\.rule) == [.ppid507, .ppid507])
        #expect(found.map(\.place) == ["Content/layanan/keberatan/k.csv:2:3", "Content/layanan/sengketa.yml:4:22"])
    }

    @Test func ppid508OnceForAYearWithoutCalendarAndQuietWithALocalFile() async throws {
        let rows = ["P-1,2027-01-04,surat,,,dipenuhi,,2027-01-08,,", "P-2,2027-01-05,surat,,,dipenuhi,,2027-01-08,,"]
        let today = CalendarDate(year: 2027, month: 2, day: 1)!
        let found = try await Self.findings(["layanan/permohonan/r.csv": ([Self.header] + rows).joined(separator: "\n") + "\n"], today: today)
        #expect(found.map(\.rule) == [.ppid508])
        #expect(found.first?.place == "Content/layanan/permohonan/r.csv:2:2")
        #expect(found.first?.message.contains("kalender/2027.yml") == true)
        let local = try await Self.findings(["layanan/permohonan/r.csv": ([Self.header] + rows).joined(separator: "\n") + "\n",
                                             "kalender/2027.yml": "tahun: 2027\nlibur:\n  - { tanggal: 2027-01-01, nama: Tahun Baru 2027 Masehi }\n"], today: today)
        #expect(local.isEmpty, "\(local)")
    }

    @Test func ppid509MissingOrDraftReportAfterMarch() async throws {
        let register = Self.register("P-1,2025-03-03,surat,,,dipenuhi,,2025-03-05,,")
        let missing = try await Self.findings(["layanan/permohonan/r.csv": register])
        #expect(missing.map(\.place) == ["Content/layanan/laporan/2025.md:1:1"])
        #expect(missing.first?.rule == .ppid509)
        let draft = try await Self.findings(["layanan/permohonan/r.csv": register,
            "layanan/laporan/2025.md": "---\njudul: Laporan 2025\nditetapkan: 2026-03-01\noleh: PPID Utama\ndraf: true\n---\n## Kendala\n\nTeks.\n"])
        #expect(draft.map(\.rule) == [.ppid509])
        #expect(draft.first?.message.contains("masih draf") == true)
        let early = try await Self.findings(["layanan/permohonan/r.csv": register], today: CalendarDate(year: 2026, month: 3, day: 31)!)
        #expect(early.isEmpty)
    }

    /// One cause, one finding: an unreadable `layanan/kolom.yml` or report front matter is PPID001
    /// alone, not also the missing columns or the missing report that follow from it.
    @Test func anUnreadableMappingOrReportIsOneFinding() async throws {
        let fixture = try ContentFixture.minimal([
            "layanan/kolom.yml": "permohonan:\n  kolom: {No. Register: nomor_registrasi\n",
            "layanan/permohonan/r.csv": "No. Register,tanggal_permohonan,cara,keputusan,tanggal_pemberitahuan\nP-1,2025-03-03,surat,dipenuhi,2025-03-05\n",
        ])
        defer { fixture.remove() }
        let found = await fixture.findings().filter { $0.rule.rawValue.hasPrefix("PPID5") || $0.rule == .ppid001 }
        #expect(found.map(\.rule) == [.ppid001], "\(found)")
        let report = try await Self.findings(["layanan/permohonan/r.csv": Self.register("P-1,2025-03-03,surat,,,dipenuhi,,2025-03-05,,"),
                                              "layanan/laporan/2025.md": "---\njudul: [Laporan\n---\nTeks.\n"])
        #expect(report.isEmpty, "\(report)")   // PPID001 only (filtered out here), no PPID509
    }

    @Test func calendarFileOutsideItsYearIsPPID005() async throws {
        let fixture = try ContentFixture.minimal(["kalender/2026.yml": "tahun: 2026\nlibur:\n  - { tanggal: 2025-06-19, nama: Hari jadi }\n"])
        defer { fixture.remove() }
        let found = await fixture.findings().filter { $0.rule == .ppid005 }
        #expect(found.map(\.place) == ["Content/kalender/2026.yml:3:16"])
    }

    @Test func theSampleKabupatenDrawsNoServiceFinding() async throws {
        let validation = await Validation.run(contentPath: RichSite.packageRoot.appendingPathComponent("Content").path, today: ContentFixture.today) { _ in
            SiteURLs(baseURL: "", relativeLinks: false)
        }
        let service = validation.diagnostics.all.filter { $0.rule.rawValue.hasPrefix("PPID5") }
        #expect(service.isEmpty, "\(service)")
        #expect(validation.service.requests.count > 300)
        #expect(validation.model.serviceStatistics.period("2025")?.diterima == 176)
    }
}
