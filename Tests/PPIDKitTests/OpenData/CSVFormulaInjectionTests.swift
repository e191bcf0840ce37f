import Foundation
@testable import PPIDKit
import Testing

/// Open-data CSV text cells that begin like a spreadsheet formula (`=`, `+`, `-`, `@`, tab, CR)
/// get a leading `'`; numbers never do; the JSON keeps every value as written (SITE.md).
@Suite struct CSVFormulaInjectionTests {
    static let hostileItem = """
        informasi:
          - id: rumus
            judul: "=HYPERLINK(\\"https://jahat.example/\\",\\"Klik\\")"
            ringkasan: "+1 laporan tambahan"
            kategori: berkala
            dasar: Pasal 9 ayat (2) huruf a
            penguasa: "-Sekretariat"
            penanggung_jawab: "@Kepala Dinas"
            waktu_pembuatan: 2026
            tempat_pembuatan: Sukamaju
            bentuk: [softcopy]
            retensi: 5 tahun
            diperbarui: 2026-10-01
            tag: ["=cmd|' /C calc'!A0", aman]
          - id: angka-negatif
            judul: "-3"
            ringkasan: Judul ini teks, walau tampak seperti angka.
            kategori: setiap-saat
            penguasa: Sekretariat
            penanggung_jawab: Kepala Dinas
            waktu_pembuatan: 2026
            bentuk: [softcopy]
            retensi: "5 tahun; = bukan di awal"
        """

    static let hostileExemption = """
        dikecualikan:
          - id: rahasia
            judul: Rekam medis pasien
            dasar_hukum: [Pasal 17 huruf h angka 2]
            konsekuensi: "=1+1 membuka rekam medis mengungkap riwayat kesehatan seseorang dan pengobatannya."
            kepentingan_publik: "@SUM(A1) menutup rekam medis melindungi privasi pasien dan kepercayaan publik."
            jangka_waktu: permanen
            penetapan:
              nomor: "-001/UK/2024"
              tanggal: 2024-02-15
              oleh: PPID Pelaksana
        """

    static func validation() async throws -> (Validation, SiteURLs, ContentFixture) {
        let fixture = try ContentFixture.minimal([
            "opd/diskominfo/dip.yml": hostileItem,
            "opd/diskominfo/dik.yml": hostileExemption,
        ])
        let validation = await fixture.validate()
        let errors = validation.diagnostics.sorted.filter { $0.severity == .error }.map { "\($0.rule.rawValue) \($0.message)" }
        #expect(errors.isEmpty, "\(errors)")
        return (validation, SiteURLs(baseURL: "https://ppid.contoh.go.id", relativeLinks: false), fixture)
    }

    static func row(_ records: [[String]], id: String) throws -> [String: String] {
        let header = try #require(records.first)
        let row = try #require(records.first { $0.count > 1 && $0[1] == id })
        return Dictionary(uniqueKeysWithValues: zip(header, row))
    }

    @Test func informationCSVGuardsEveryFormulaStartInTextCells() async throws {
        let (validation, urls, fixture) = try await Self.validation()
        defer { fixture.remove() }
        let records = try CSVTestReader.records(InformationOpenData(model: validation.model, urls: urls).csv())
        let row = try Self.row(records, id: "rumus")
        #expect(row["judul"] == "'=HYPERLINK(\"https://jahat.example/\",\"Klik\")")
        #expect(row["ringkasan"] == "'+1 laporan tambahan")
        #expect(row["penguasa"] == "'-Sekretariat")
        #expect(row["penanggung_jawab"] == "'@Kepala Dinas")
        #expect(row["tag"] == "'=cmd|' /C calc'!A0; aman")
        // Safe cells are untouched: a date, a year, a word, a URL.
        #expect(row["waktu_pembuatan"] == "2026")
        #expect(row["kategori"] == "berkala")
        #expect(row["diperbarui"] == "2026-10-01")
        #expect(row["url"] == "https://ppid.contoh.go.id/opd/diskominfo/informasi/rumus/")
        // By type, not by look: "-3" is a title (text), so it is guarded too; `=` later in a cell is harmless.
        let negative = try Self.row(records, id: "angka-negatif")
        #expect(negative["judul"] == "'-3")
        #expect(negative["retensi"] == "5 tahun; = bukan di awal")
    }

    @Test func jsonKeepsTheValuesAsWritten() async throws {
        let (validation, urls, fixture) = try await Self.validation()
        defer { fixture.remove() }
        let objects = try OpenDataTests.objects(InformationOpenData(model: validation.model, urls: urls).json())
        let item = try #require(objects.first { $0["id"] as? String == "rumus" })
        #expect(item["judul"] as? String == "=HYPERLINK(\"https://jahat.example/\",\"Klik\")")
        #expect(item["penguasa"] as? String == "-Sekretariat")
        #expect(item["tag"] as? [String] == ["=cmd|' /C calc'!A0", "aman"])
        let exemptions = try OpenDataTests.objects(ExemptionOpenData(model: validation.model, urls: urls).json())
        #expect(exemptions.first?["konsekuensi"] as? String == "=1+1 membuka rekam medis mengungkap riwayat kesehatan seseorang dan pengobatannya.")
    }

    @Test func exemptionCSVGuardsTextAndFlattenedDecision() async throws {
        let (validation, urls, fixture) = try await Self.validation()
        defer { fixture.remove() }
        let records = try CSVTestReader.records(ExemptionOpenData(model: validation.model, urls: urls).csv())
        let row = try Self.row(records, id: "rahasia")
        #expect(row["konsekuensi"] == "'=1+1 membuka rekam medis mengungkap riwayat kesehatan seseorang dan pengobatannya.")
        #expect(row["kepentingan_publik"] == "'@SUM(A1) menutup rekam medis melindungi privasi pasien dan kepercayaan publik.")
        #expect(row["penetapan_nomor"] == "'-001/UK/2024")
        #expect(row["penetapan_tanggal"] == "2024-02-15")
        #expect(row["dasar_hukum"] == "Pasal 17 huruf h angka 2")
    }

    @Test func complaintCSVGuardsOPDNamesButNotFigures() async throws {
        let csv = ComplaintFixture.header + "\n"
            + "T-1,2025-01-05,situs,,dinas-sosial,selesai,2025-01-06,2025-01-20\n"
            + "T-2,2025-02-05,situs,,dinas-sosial,proses,,\n"
        let fixture = try ComplaintFixture.make(["laporan.csv": csv],
                                                extra: ["opd/dinas-sosial/opd.yml": ComplaintFixture.opd("\"=Dinas Sosial\"")])
        defer { fixture.remove() }
        let validation = await fixture.validate()
        let text = ComplaintOpenData(statistics: validation.model.complaintStatistics, badanPublik: "X").csv()
        let records = try CSVTestReader.records(text)
        let header = try #require(records.first)
        let opdRow = try #require(records.first { $0.count == header.count && $0[header.firstIndex(of: "opd") ?? 0] == "dinas-sosial" })
        let row = Dictionary(uniqueKeysWithValues: zip(header, opdRow))
        #expect(row["nama"] == "'=Dinas Sosial")
        #expect(row["total"] == "2")
        #expect(row["label"] == "2025")
    }

    /// Number cells are written as numbers, whatever their sign.
    @Test func numberCellsAreNeverQuoted() {
        #expect(OpenDataCell.text(.int(-3)) == "-3")
        #expect(OpenDataCell.text(.decimal(-2.5)) == "-2.5")
        #expect(OpenDataCell.text(.array([.int(-1), .int(2)])) == "-1; 2")
        #expect(OpenDataCell.text(.string("-1")) == "'-1")
        #expect(OpenDataCell.text(.string("")) == "")
        // Leading white space is trimmed from content values, but the guard does not rely on that.
        #expect(OpenDataCell.text(.string("\tSukamaju")) == "'\tSukamaju")
        #expect(OpenDataCell.text(.string("\r=1+1")) == "'\r=1+1")
        #expect(OpenDataCSV.encode([[OpenDataCell.text(.string("\r=1"))]]) == "\"'\r=1\"\n")
        #expect(OpenDataCell.text(.null) == "")
    }
}
