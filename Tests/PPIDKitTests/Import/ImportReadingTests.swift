import Foundation
@testable import PPIDKit
import Testing
import Yams

/// The pieces of `ppid impor` one by one: heading rules in ONBOARDING.md's order, value
/// normalisation, date systems and formats, the spreadsheet reader, safe YAML scalars.
struct ImportReadingTests {
    @Test(arguments: [
        ("No", ImportField.numbering), ("NO URUT", .numbering), ("Nomor", .numbering),
        ("Jenis Informasi", .kategori), ("Klasifikasi Informasi", .kategori), ("Kategori", .kategori),
        ("Pejabat/Unit/Satker yang Menguasai Informasi", .penguasa), ("Penguasaan Informasi", .penguasa),
        ("Penanggung Jawab Pembuatan atau Penerbitan Informasi", .penanggungJawab),
        // retensi comes before the waktu rules: "Jangka Waktu Penyimpanan" is retention, not time.
        ("Jangka Waktu Penyimpanan atau Retensi Arsip", .retensi), ("Retensi", .retensi),
        ("Waktu dan Tempat Pembuatan Informasi", .waktuDanTempat),
        ("Waktu Pembuatan", .waktuPembuatan), ("Tahun", .waktuPembuatan), ("Waktu", .waktuPembuatan),
        ("Tempat Pembuatan", .tempatPembuatan), ("Tempat", .tempatPembuatan),
        ("Bentuk Informasi yang Tersedia", .bentuk),
        ("Keterangan", .ringkasan), ("Deskripsi", .ringkasan), ("Ringkasan", .ringkasan),
        ("Ringkasan Isi Informasi", .judul), ("Judul Informasi", .judul), ("Informasi Publik", .judul),
        ("Uraian Informasi", .judul), ("Informasi", .judul), ("JUDUL", .judul),
    ])
    func dipHeadingRules(heading: String, field: ImportField) {
        #expect(HeadingRules.field(for: HeadingText(heading), kind: .dip) == field, "\(heading)")
    }

    @Test(arguments: [
        ("Dasar Hukum Pengecualian", ImportField.dasarHukum), ("Pasal", .dasarHukum),
        ("Konsekuensi Jika Dibuka", .konsekuensi), ("Akibat", .konsekuensi),
        ("Kepentingan Publik Jika Ditutup", .kepentinganPublik), ("Alasan", .kepentinganPublik),
        ("Jangka Waktu Pengecualian", .jangkaWaktu), ("Masa Pengecualian", .jangkaWaktu),
        ("Nomor SK", .penetapanNomor), ("Penetapan", .penetapanNomor),
        ("Informasi yang Dikecualikan", .judul), ("Judul Informasi", .judul),
    ])
    func dikHeadingRules(heading: String, field: ImportField) {
        #expect(HeadingRules.field(for: HeadingText(heading), kind: .dik) == field, "\(heading)")
    }

    @Test func headingsMatchWholeWordsInOrder() {
        #expect(HeadingText("Jenis/Judul Informasi").contains("jenis informasi") == false)
        #expect(HeadingRules.field(for: HeadingText("Masyarakat"), kind: .dik) == nil, "masa is a whole word")
        #expect(HeadingRules.field(for: HeadingText("Informasi yang tersedia"), kind: .dip) == nil, "`is` means the whole text")
        #expect(HeadingText("  Waktu &\nTempat ").text == "waktu tempat")
    }

    @Test func formsCategoriesAndTimesInOurWords() {
        #expect(ValueNormalizer.forms(in: "Softcopy/Hardcopy").map(\.word) == ["softcopy", "hardcopy"])
        #expect(ValueNormalizer.forms(in: "Soft copy dan hard copy").map(\.word) == ["softcopy", "hardcopy"])
        #expect(ValueNormalizer.forms(in: "Cetak, Elektronik & Rekaman").map(\.word) == ["hardcopy", "softcopy", "rekam"])
        #expect(ValueNormalizer.forms(in: "Audio / Video").map(\.word) == ["rekam"])
        #expect(ValueNormalizer.forms(in: "Tercetak; Digital").map(\.word) == ["hardcopy", "softcopy"])
        #expect(ValueNormalizer.forms(in: "Mikrofilm") == [ValueNormalizer.Form(word: "Mikrofilm", known: false)])

        #expect(ValueNormalizer.category(in: "Informasi Berkala") == "berkala")
        #expect(ValueNormalizer.category(in: "Wajib diumumkan SERTA MERTA") == "serta-merta")
        #expect(ValueNormalizer.category(in: "Tersedia setiap saat") == "setiap-saat")
        #expect(ValueNormalizer.category(in: "Dikecualikan") == nil)

        #expect(ValueNormalizer.timeAndPlace(.text("2025, Jombang")) == ("2025", "Jombang"))
        #expect(ValueNormalizer.timeAndPlace(.text("Jombang, 2025")) == ("2025", "Jombang"))
        #expect(ValueNormalizer.timeAndPlace(.text("Jombang, 31/12/2025")) == ("2025-12-31", "Jombang"))
        #expect(ValueNormalizer.timeAndPlace(.number(2024)) == ("2024", nil))
    }

    @Test func datesAreReadDayFirst() {
        func read(_ value: CellValue, year: Bool = true) -> String? { ValueNormalizer.date(value, yearAllowed: year)?.text }
        #expect(read(.text("31/12/2025")) == "2025-12-31")
        #expect(read(.text("1/2/2025")) == "2025-02-01")
        #expect(read(.text("01-02-2025")) == "2025-02-01")
        #expect(read(.text("31 Desember 2025")) == "2025-12-31")
        #expect(read(.text("2025-03-31")) == "2025-03-31")
        #expect(read(.text("Tahun 2025")) == "2025")
        #expect(read(.number(2025)) == "2025")
        #expect(read(.number(2025), year: false) == nil)
        #expect(read(.number(45658)) == nil, "a serial number is a date only when its format says so")
        #expect(read(.text("31/02/2025")) == nil)
        #expect(read(.text("5 Tahun")) == nil)
        #expect(read(.date(CalendarDate(year: 2024, month: 2, day: 29)!)) == "2024-02-29")
    }

    @Test func bothDateSystemsWithTheLotusLeapDay() {
        #expect(DateSystem.from1900.date(fromSerial: 1)?.iso == "1900-01-01")
        #expect(DateSystem.from1900.date(fromSerial: 59)?.iso == "1900-02-28")
        #expect(DateSystem.from1900.date(fromSerial: 60) == nil, "29 February 1900 never was")
        #expect(DateSystem.from1900.date(fromSerial: 61)?.iso == "1900-03-01")
        #expect(DateSystem.from1900.date(fromSerial: 45658)?.iso == "2025-01-01")
        #expect(DateSystem.from1900.date(fromSerial: 45658.99)?.iso == "2025-01-01")
        #expect(DateSystem.from1904.date(fromSerial: 0)?.iso == "1904-01-01")
        #expect(DateSystem.from1904.date(fromSerial: 44195)?.iso == "2024-12-31")
        #expect(DateSystem.from1900.date(fromSerial: -1) == nil)
    }

    @Test func numberFormatsThatShowDates() {
        for id in [14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47] { #expect(NumberFormat.isDate(id: id, code: nil), "\(id)") }
        for id in [0, 1, 2, 9, 10, 44, 49] { #expect(!NumberFormat.isDate(id: id, code: nil), "\(id)") }
        #expect(NumberFormat.isDate(code: "dd/mm/yyyy"))
        #expect(NumberFormat.isDate(code: "[$-421]d mmmm yyyy;@"))
        #expect(NumberFormat.isDate(code: "mmm-yy"))
        #expect(NumberFormat.isDate(code: "dd\\-mm\\-yyyy"))
        #expect(!NumberFormat.isDate(code: "h:mm"))
        #expect(!NumberFormat.isDate(code: "0.00"))
        #expect(!NumberFormat.isDate(code: "General"))
        #expect(!NumberFormat.isDate(code: "\"Tahun\" 0"), "letters inside quotes are text")
        #expect(!NumberFormat.isDate(code: "[Red]#,##0"), "letters inside brackets are not parts of a date")
    }

    @Test func workbookCellsMergesAndDates() throws {
        let workbook = try XLSXWorkbook(contentsOf: ImportFixtures.url("dip-dinkes.xlsx"))
        #expect(workbook.sheetNames.map(\.name) == ["Petunjuk", "DIP 2026"])
        let sheet = try workbook.sheet(named: "DIP 2026")
        #expect(sheet.value(at: CellReference(a1: "C10")!) == .text("Subbagian Umum dan Kepegawaian"), "a merged cell's value covers C9:C11")
        #expect(sheet.ownValue(at: CellReference(a1: "C10")!) == nil)
        #expect(sheet.value(at: CellReference(a1: "E9")!) == .date(CalendarDate(year: 2025, month: 3, day: 31)!))
        #expect(sheet.value(at: CellReference(a1: "E10")!) == .number(2025))
        #expect(sheet.value(at: CellReference(a1: "A9")!) == .number(1))
        #expect(sheet.value(at: CellReference(a1: "B10")!) == .text("Rencana Strategis\nDinas Kesehatan 2025–2029"))
        #expect(workbook.dateSystem == .from1900)
        #expect(try XLSXWorkbook(contentsOf: ImportFixtures.url("dip-1904.xlsx")).dateSystem == .from1904)

        let layout = try #require(TableLayout(sheet: sheet, kind: .dip, map: ColumnMap()))
        #expect(layout.headerRow == 5)
        #expect(layout.subheadingRow == 6)
        #expect(layout.numberingRow == 7)
        #expect(layout.columns.map(\.field) == [.numbering, .judul, .penguasa, .penanggungJawab, .waktuPembuatan,
                                                .tempatPembuatan, .bentuk, .retensi])
    }

    @Test func cellReferences() {
        #expect(CellReference(a1: "C12") == CellReference(row: 12, column: 3))
        #expect(CellReference(a1: "$AA$3") == CellReference(row: 3, column: 27))
        #expect(CellReference(row: 12, column: 3).description == "C12")
        #expect(CellReference.letters(ofColumn: 703) == "AAA")
        #expect(CellReference(a1: "12C") == nil)
        #expect(MergedRange(a1: "B8:H8")?.width == 7)
    }

    @Test func csvWithSemicolonsBOMAndCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Judul;Ringkasan\r\n\"A; b\";\"baris\r\nbaru\"\r\n".utf8)
        let workbook = try CSVWorkbook(data: Data(bytes), name: "x.csv")
        #expect(workbook.sheet.value(at: CellReference(row: 1, column: 1)) == .text("Judul"))
        #expect(workbook.sheet.value(at: CellReference(row: 2, column: 1)) == .text("A; b"))
        #expect(workbook.sheet.value(at: CellReference(row: 2, column: 2)) == .text("baris\nbaru"))
        let legacy = try CSVWorkbook(data: Data([0x4A, 0x75, 0x64, 0x75, 0x6C, 0x2C, 0x43, 0x61, 0x66, 0xE9, 0x0A]), name: "y.csv")
        #expect(legacy.readAsWindows1252)
        #expect(legacy.sheet.value(at: CellReference(row: 1, column: 2)) == .text("Café"))
    }

    @Test(arguments: [
        "Laporan Keuangan 2024", "Standar pelayanan: poli umum", "yes", "No", "null", "~", "2025", "2025-01-01", "1.5",
        "0x1F", "1e5", "188.4.45", "- daftar", "#tagar", "a # b", "kutip \"ganda\"", "'tunggal'", "[kurung]", "{x}",
        "50%", "@admin", "`kode`", "baris\nbaru", "tab\there", "Café – Désa", "  spasi  ", "akhir:", "3 tahun", "12:30",
        "*bintang", "&jangkar", "!tag", "|", ">", "a, b", "Rp 1.000,00", "\u{2028}", "ends with space ",
    ])
    func scalarsReloadAsTheSameText(text: String) throws {
        let yaml = "k: \(YAMLScalarWriter.scalar(text))\nf: [\(YAMLScalarWriter.scalar(text, inFlow: true))]\n"
        let source = SourceText(displayPath: "t.yml", relativePath: "t.yml", text: yaml)
        guard case .document(let root) = YAMLLoader.parse(yaml, source: source) else {
            Issue.record("not YAML: \(yaml)")
            return
        }
        // Our loader trims scalars; the importer writes trimmed texts anyway.
        #expect(root["k"]?.text == text.trimmedWhitespace, "\(yaml)")
        // Another YAML reader (the editor's) reads it as the same string, not a number, date or boolean.
        let loaded = try Yams.load(yaml: yaml) as? [String: Any]
        #expect(loaded?["k"] as? String == text, "\(yaml)")
        #expect((loaded?["f"] as? [Any])?.first as? String == text, "\(yaml)")
    }
}

/// Rows of a small CSV table read through layout, reader and builder, as `ppid impor` does.
struct ImportTableTests {
    func items(_ csv: String, kind: ImportKind = .dip, defaults: ImportDefaults = ImportDefaults()) throws -> (ItemBuilder.Result, [ImportNote]) {
        let workbook = try CSVWorkbook(data: Data(csv.utf8), name: "t.csv")
        let layout = try #require(TableLayout(sheet: workbook.sheet, kind: kind, map: ColumnMap()))
        let table = TableReader(sheet: workbook.sheet, layout: layout, kind: kind).read()
        let builder = ItemBuilder(kind: kind, sheet: workbook.sheet, defaults: defaults)
        var result = builder.build(table.rows, judulColumn: layout.column(.judul)?.number ?? 1)
        result.items = builder.assignIDs(result.items, taken: ["profil"])
        return (result, table.notes + layout.notes)
    }

    @Test func aKategoriColumnWinsOverTheSectionRow() throws {
        let (result, _) = try items("""
        No,Judul,Jenis Informasi,Bentuk
        ,Informasi Berkala,,
        1,Profil,Setiap Saat,Softcopy
        2,Renstra,,Hardcopy
        """)
        #expect(result.items.map(\.id) == ["profil-2", "renstra"], "ids unique against the OPD's ids")
        #expect(result.items.map { $0.entries.first { $0.key == "kategori" }?.value } == [.word("setiap-saat"), .word("berkala")])
    }

    @Test func placeholdersNumbersAloneAndCaptionRows() throws {
        let (result, notes) = try items("""
        No;Judul;Penguasa;Bentuk;Tahun
        1;Profil;-;Softcopy;2025
        2;;;;
        I.;Sekretariat bagian;;;
        ;;;;Mengetahui,
        """)
        #expect(result.items.map(\.judul) == ["Profil"], "a number alone, a caption after a roman numeral and a signature line make no item")
        #expect(result.items[0].entries.contains { $0.key == "penguasa" } == false, "a dash is nothing")
        #expect(notes.contains { $0.place == "t.csv!B4" && $0.kind == .skipped }, "\(notes.map(\.line))")
        #expect(result.failures.isEmpty)
        #expect(notes.contains { $0.place == "t.csv!E5" && $0.kind == .skipped }, "\(notes.map(\.line))")
        #expect(notes.contains { $0.message.contains("1 baris kosong dilewati (baris 3)") }, "\(notes.map(\.line))")
    }

    @Test func dikSectionRowsSetNoCategory() throws {
        let (result, notes) = try items("""
        No,Informasi yang Dikecualikan,Dasar Hukum,Jangka Waktu
        A,Informasi berkala yang dikecualikan,,
        1,Rekam medis,Pasal 17 huruf h,31/12/2030
        """, kind: .dik, defaults: ImportDefaults(penetapanNomor: "1/UK/2026"))
        #expect(result.items.count == 1)
        #expect(result.items[0].entries.map(\.key) == ["judul", "dasar_hukum", "jangka_waktu", "penetapan"])
        #expect(result.items[0].entries[2].value == .word("2030-12-31"))
        #expect(result.items[0].entries[3].value == .mapping([.init("nomor", .text("1/UK/2026"))]))
        #expect(notes.contains { $0.kind == .skipped && $0.place == "t.csv!B2" })
    }
}
