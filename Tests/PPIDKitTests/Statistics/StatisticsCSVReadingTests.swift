import Foundation
@testable import PPIDKit
import Testing

/// Reading `pengaduan/*.csv`: delimiters, `kolom.yml`, BOM, CRLF, quoted fields, physical lines.
@Suite struct StatisticsCSVReadingTests {
    static let kolom = """
        kolom:
          Nomor Tiket: nomor_tiket
          Tanggal Laporan: tanggal_masuk
          Topik: kategori
          Instansi: opd
          Status: status
          Tgl TL: tanggal_tindak_lanjut
          Tgl Selesai: tanggal_selesai
        status:
          Selesai: selesai
          Dalam Proses: proses
        kanal:
          Website: situs
          SMS: sms
        opd:
          Dinas PU: dinas-pupr
          Dinas Sosial: dinas-sosial
        """

    /// Semicolons, a BOM, CRLF line ends, a quoted `;` and a quoted line break (lines 3–4).
    static let export = "\u{FEFF}Nomor Tiket;Tanggal Laporan;Kanal;Topik;Instansi;Status;Tgl TL;Tgl Selesai\r\n"
        + "A-1;2025-03-01 08:30;Website;\"Jalan; rusak\";Dinas PU;Selesai;2025-03-02T09:00;2025-03-10 10:00:00\r\n"
        + "A-2;2025-03-02;SMS;\"baris satu\r\nbaris   dua\";Dinas Sosial;Dalam Proses;;\r\n"
        + "A-3;2025-03-03;Website;Lainnya;;Beres;;\r\n"
        + "\r\n"
        + "A-4;2025-03-05;SMS;;Dinas PU;Selesai;2025-03-01;\r\n"

    @Test func mappedSemicolonExportWithBOMAndCRLF() async throws {
        let (validation, findings) = try await ComplaintFixture.validate(["laporan.csv": Self.export, "kolom.yml": Self.kolom])
        let records = validation.complaints.records
        #expect(records.map(\.nomorTiket) == ["A-1", "A-2", "A-4"])
        let first = try #require(records.first)
        #expect(first.tanggalMasuk.iso == "2025-03-01")
        #expect(first.kanal == "situs")
        #expect(first.kategori == "Jalan; rusak")
        #expect(first.opd == "dinas-pupr")
        #expect(first.status == .selesai)
        #expect(first.tanggalTindakLanjut?.iso == "2025-03-02")
        #expect(first.tanggalSelesai?.iso == "2025-03-10")
        #expect(first.line == 2)
        #expect(records[1].kategori == "baris satu baris dua")
        #expect(records[1].status == .proses)
        #expect(records[1].opd == "dinas-sosial")
        #expect(records[1].line == 3)
        // The quoted line break puts A-3 on line 5; the blank line 6 is skipped; A-4 is on line 7.
        #expect(records[2].line == 7)
        #expect(findings.summary.count == 2, "\(findings.summary)")
        let unknown = findings.with(.ppid401)
        #expect(unknown.places == ["Content/pengaduan/laporan.csv:5:6"])
        #expect(unknown.first?.message.contains("\"Beres\" di kolom \"Status\" (status) bukan status yang dikenal") == true)
        #expect(unknown.first?.message.contains("status: {\"Beres\": <kata ppid>}") == true)
        #expect(findings.with(.ppid402).places == ["Content/pengaduan/laporan.csv:7:7"])
        #expect(findings.with(.ppid402).first?.message.contains("kolom \"Tgl TL\" (tanggal_tindak_lanjut)") == true)
        #expect(validation.complaints.tables.first?.delimiter == ";")
    }

    @Test func commaDelimiterQuotedCommasAndLF() async throws {
        let csv = ComplaintFixture.header + "\n"
            + "T-1,2025-01-05,whatsapp,\"Jalan, jembatan\",dinas-pupr,selesai,2025-01-06,2025-01-20\n"
            + "T-2,2025-01-06,situs,\"Kata \"\"kutip\"\"\",,proses,,\n"
        let (validation, findings) = try await ComplaintFixture.validate(["laporan.csv": csv])
        #expect(findings.isEmpty, "\(findings.summary)")
        #expect(validation.complaints.records.map(\.kategori) == ["Jalan, jembatan", "Kata \"kutip\""])
        #expect(validation.complaints.records.last?.opd == nil)
        #expect(validation.complaints.tables.first?.delimiter == ",")
    }

    @Test func loneCarriageReturnsEndLinesToo() async throws {
        let csv = ComplaintFixture.header + "\r" + "T-1,2025-01-05,situs,,dinas-pupr,proses,,\r" + "T-2,2025-01-06,faks,,dinas-pupr,proses,,\r"
        let (validation, findings) = try await ComplaintFixture.validate(["laporan.csv": csv])
        #expect(validation.complaints.records.map(\.line) == [2])
        #expect(findings.places == ["Content/pengaduan/laporan.csv:3:3"])
    }

    @Test func emptyFileAndHeaderOnly() async throws {
        let empty = try await ComplaintFixture.validate(["laporan.csv": ""]).findings
        #expect(empty.places == ["Content/pengaduan/laporan.csv:1:1"])
        #expect(empty.map(\.rule) == [.ppid408])
        let headerOnly = try await ComplaintFixture.validate(["laporan.csv": ComplaintFixture.header + "\n"])
        #expect(headerOnly.findings.isEmpty && headerOnly.validation.complaints.records.isEmpty)
    }

    @Test func headerDetectionPrefersTheDelimiterTheHeaderUses() {
        #expect(ComplaintTableReader.delimiter(ofHeaderIn: "a;b;c\n1,2;3") == ";")
        #expect(ComplaintTableReader.delimiter(ofHeaderIn: "a,b,c\n1;2;3;4") == ",")
        #expect(ComplaintTableReader.delimiter(ofHeaderIn: "\"a,b\";c;d\n") == ";")
    }

    @Test func headersOfOurColumnsMatchCaseInsensitively() {
        var bag = DiagnosticBag()
        let mapping = ComplaintColumnMapping(nil, into: &bag)
        #expect(mapping.column(forHeader: " Status ") == .status)
        #expect(mapping.column(forHeader: "Nomor Tiket") == nil)
    }

    @Test func mappingTargetsMustBeOurWords() async throws {
        let kolom = "kolom:\n  Tiket: nomor_tiket\n  Tanggal: tanggal\nstatus:\n  Beres: beres\n"
        let fixture = try ComplaintFixture.make(["kolom.yml": kolom])
        defer { fixture.remove() }
        let found = await fixture.findings().with(.ppid004)
        #expect(found.places == ["Content/pengaduan/kolom.yml:3:12", "Content/pengaduan/kolom.yml:5:10"])
        #expect(found.first?.message.contains("tanggal_masuk") == true)
    }
}
