import Foundation
@testable import PPIDKit
import Testing

/// One broken fixture per complaint rule (PPID401–409), asserting the exact location, the
/// severity and what the message says — and silence on good data.
@Suite struct StatisticsRuleTests {
    static let header = ComplaintFixture.header

    static func csv(_ rows: String...) -> String {
        ([header] + rows).joined(separator: "\n") + "\n"
    }

    static let good = csv(
        "LPR-1,2025-01-05,whatsapp,Infrastruktur,dinas-pupr,selesai,2025-01-06,2025-01-20",
        "LPR-2,2025-02-10 09:15,situs,,dinas-sosial,proses,2025-02-11T10:00:00,",
        "LPR-3,2025-03-01,sms,Kesehatan,,belum-terverifikasi,,")

    static let goodSummary = """
        ringkasan:
          - periode: { dari: 2024-01-01, sampai: 2024-05-25 }
            total: 10
            selesai: 6
            proses: 3
            tertunda: 1
            sumber: Paparan KemenPAN-RB, 29 Mei 2024
        """

    @Test func goodDataIsQuiet() async throws {
        let (validation, findings) = try await ComplaintFixture.validate(["laporan-2025.csv": Self.good, "ringkasan.yml": Self.goodSummary])
        #expect(findings.isEmpty, "\(findings.summary)")
        #expect(validation.complaints.records.count == 3)
        #expect(validation.complaints.summaries.count == 1)
    }

    /// An unparseable `kolom.yml` is its PPID001 alone: no missing-column finding for the exports
    /// it was meant to map.
    @Test func anUnreadableKolomYmlIsOneFinding() async throws {
        let (_, findings) = try await ComplaintFixture.validate([
            "kolom.yml": "kolom: {Nomor Tiket: nomor_tiket\n",
            "laporan-2025.csv": "Nomor Tiket,tanggal_masuk,kanal,opd,status\nLPR-1,2025-01-05,sms,dinas-pupr,selesai\n",
        ])
        #expect(findings.map(\.rule) == [.ppid001], "\(findings.summary)")
    }

    @Test func ppid401StatusAndChannel() async throws {
        let csv = Self.csv("LPR-1,2025-01-05,faksimile,,dinas-pupr,selesai,,",
                           "LPR-2,2025-01-05,situs,,dinas-pupr,Selesai Ditindaklanjuti,,")
        let found = try await ComplaintFixture.validate(["laporan.csv": csv]).findings.with(.ppid401)
        #expect(found.places == ["Content/pengaduan/laporan.csv:2:3", "Content/pengaduan/laporan.csv:3:6"])
        #expect(found.allSatisfy { $0.severity == .error })
        #expect(found[0].message.contains("\"faksimile\" di kolom \"kanal\" bukan kanal yang dikenal"))
        #expect(found[0].message.contains("situs, sms, whatsapp"))
        #expect(found[1].message.contains("pengaduan/kolom.yml"))
    }

    @Test func ppid402ImpossibleDates() async throws {
        let csv = Self.csv(
            "LPR-1,2025-01-05,situs,,dinas-pupr,selesai,2025-01-04,2025-01-20",  // follow-up before receipt
            "LPR-2,2025-01-05,situs,,dinas-pupr,selesai,2025-01-06,2025-01-01",  // closed before receipt
            "LPR-3,2026-12-01,situs,,dinas-pupr,proses,,",                       // received after today
            "LPR-4,2025-01-05,situs,,dinas-pupr,proses,2025-01-06,2025-01-09")   // closed but not selesai
        let found = try await ComplaintFixture.validate(["laporan.csv": csv]).findings.with(.ppid402)
        #expect(found.places == ["Content/pengaduan/laporan.csv:2:7", "Content/pengaduan/laporan.csv:3:8",
                                 "Content/pengaduan/laporan.csv:4:2", "Content/pengaduan/laporan.csv:5:8"])
        #expect(found.allSatisfy { $0.severity == .warning })
        #expect(found[0].message.contains("lebih awal daripada tanggal masuk 2025-01-05"))
        #expect(found[2].message.contains("melewati tanggal acuan 2026-11-25"))
        #expect(found[3].message.contains("status laporan ini \"proses\""))
    }

    @Test func ppid403SummaryShortOfTotal() async throws {
        let summary = "ringkasan:\n" + ComplaintFixture.kemenpanPeriod
        let found = try await ComplaintFixture.validate(["ringkasan.yml": summary]).findings
        #expect(found.summary.count == 1, "\(found.summary)")
        #expect(found.with(.ppid403).places == ["Content/pengaduan/ringkasan.yml:2:14"])
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.contains("selisih 2 diterbitkan sebagai \"tidak terklasifikasi\"") == true)
    }

    @Test func ppid404PersonalColumnsNamedByHeaderOnly() async throws {
        let csv = "nomor_tiket,Nama Pelapor,tanggal_masuk,NIK,kanal,opd,status,Isi Laporan,Nomor HP,Catatan\n"
            + "LPR-1,Siti Rahmawati,2025-01-05,3201010101010001,situs,dinas-pupr,proses,Jalan berlubang,081234567890,ok\n"
        let found = try await ComplaintFixture.validate(["laporan.csv": csv]).findings
        let hit = found.with(.ppid404)
        #expect(hit.places == ["Content/pengaduan/laporan.csv:1:2", "Content/pengaduan/laporan.csv:1:4",
                               "Content/pengaduan/laporan.csv:1:8", "Content/pengaduan/laporan.csv:1:9"])
        #expect(hit.allSatisfy { $0.severity == .warning })
        #expect(hit[0].message.contains("Kolom \"Nama Pelapor\""))
        for finding in found {
            for value in ["Siti", "Rahmawati", "3201010101010001", "berlubang", "081234567890"] {
                #expect(!finding.message.contains(value))
            }
        }
        #expect(found.count == hit.count, "\(found.summary)")
    }

    @Test func ppid405UnknownOPD() async throws {
        let csv = Self.csv("LPR-1,2025-01-05,situs,,dinas-pu,proses,,")
        let found = try await ComplaintFixture.validate(["laporan.csv": csv]).findings.with(.ppid405)
        #expect(found.places == ["Content/pengaduan/laporan.csv:2:5"])
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("maksud Anda \"dinas-pupr\"?") == true)
    }

    @Test func ppid406DuplicateTicketAcrossFiles() async throws {
        let first = Self.csv("LPR-1,2025-01-05,situs,,dinas-pupr,proses,,", "LPR-2,2025-01-06,situs,,dinas-pupr,proses,,")
        let second = Self.csv("LPR-9,2026-01-05,situs,,dinas-pupr,proses,,", "LPR-2,2026-01-06,situs,,dinas-pupr,proses,,")
        let found = try await ComplaintFixture.validate(["laporan-2025.csv": first, "laporan-2026.csv": second]).findings.with(.ppid406)
        #expect(found.places == ["Content/pengaduan/laporan-2026.csv:3:1"])
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("laporan-2025.csv:3") == true)
        #expect(found.first?.message.contains("\"LPR-2\"") == true)
    }

    @Test func ppid407OverlappingPeriods() async throws {
        let summary = """
            ringkasan:
              - periode: { dari: 2023-01-01, sampai: 2023-12-31 }
                total: 1
                selesai: 1
                sumber: Rekap 2023
              - periode:
                  dari: 2023-07-01
                  sampai: 2024-01-31
                total: 1
                selesai: 1
                sumber: Rekap lain
            """
        let found = try await ComplaintFixture.validate(["ringkasan.yml": summary, "laporan.csv": Self.csv("LPR-1,2024-01-05,situs,,dinas-pupr,selesai,,")])
            .findings.with(.ppid407)
        #expect(found.places == ["Content/pengaduan/ringkasan.yml:7:7", "Content/pengaduan/ringkasan.yml:7:7"])
        #expect(found.allSatisfy { $0.severity == .error })
        #expect(found.contains { $0.message.contains("tumpang tindih dengan periode 2023-01-01 s.d. 2023-12-31") && $0.message.contains("ringkasan.yml:2") })
        #expect(found.contains { $0.message.contains("tahun 2024 yang sudah punya rincian") })
    }

    @Test func ppid408FieldCountAndMissingColumn() async throws {
        let csv = Self.csv("LPR-1,2025-01-05,situs,,dinas-pupr,proses,,", "LPR-2,2025-01-05,situs,,dinas-pupr",
                           "LPR-3,2025-01-05,situs,,dinas-pupr,proses,,,lebih")
        let found = try await ComplaintFixture.validate(["laporan.csv": csv]).findings.with(.ppid408)
        #expect(found.places == ["Content/pengaduan/laporan.csv:3:6", "Content/pengaduan/laporan.csv:4:9"])
        #expect(found[0].message.contains("kolom \"status\" dan sesudahnya tidak ada"))
        #expect(!found[1].message.contains("lebih"))
        let missing = try await ComplaintFixture.validate(["laporan.csv": "nomor_tiket,tanggal_masuk,kanal,opd\nLPR-1,2025-01-05,situs,\n"])
            .findings.with(.ppid408)
        #expect(missing.places == ["Content/pengaduan/laporan.csv:1:1"])
        #expect(missing.first?.message.contains("Kolom wajib \"status\"") == true)
    }

    @Test func ppid409SummaryOverTotalOrReversedPeriod() async throws {
        let summary = """
            ringkasan:
              - periode: { dari: 2024-01-01, sampai: 2024-05-25 }
                total: 10
                selesai: 8
                proses: 3
                sumber: Rekap
              - periode: { dari: 2023-12-31, sampai: 2023-01-01 }
                total: 1
                selesai: 1
                sumber: Rekap terbalik
            """
        let found = try await ComplaintFixture.validate(["ringkasan.yml": summary]).findings
        #expect(found.with(.ppid409).places == ["Content/pengaduan/ringkasan.yml:2:14", "Content/pengaduan/ringkasan.yml:7:14"])
        #expect(found.with(.ppid409).allSatisfy { $0.severity == .error })
        #expect(found.with(.ppid409)[0].message.contains("= 11 melebihi total 10"))
        #expect(found.with(.ppid409)[1].message.contains("\"dari\" harus sama dengan atau sebelum \"sampai\""))
        #expect(found.with(.ppid403).isEmpty)
    }

    @Test func cellProblemsOfOurColumns() async throws {
        let csv = Self.csv(",2025-01-05,situs,,dinas-pupr,proses,,", "LPR-2,5/1/2025,situs,,dinas-pupr,proses,,",
                           "LPR-3,2025-01-05,situs,,dinas-pupr,selesai,2025-13-01,")
        let found = try await ComplaintFixture.validate(["laporan.csv": csv]).findings
        #expect(found.places == ["Content/pengaduan/laporan.csv:2:1", "Content/pengaduan/laporan.csv:3:2", "Content/pengaduan/laporan.csv:4:7"])
        #expect(found.map(\.rule) == [.ppid003, .ppid005, .ppid005])
    }
}
