import Foundation
@testable import PPIDKit
import Testing

/// `ppid impor` end to end, on spreadsheets shaped like the DIP/DIK tables of PPID sites.
@Suite(.serialized) struct ImportCommandTests {
    @Test func dipFromAPublishedStyleTableIsWrittenFieldForField() throws {
        let fixture = try ImportFixtures.site()
        defer { fixture.remove() }
        let result = try ImportFixtures.run(["dip", ImportFixtures.path("dip-dinkes.xlsx"), "--opd", "dinas-baru",
                                             "--diperbarui", "2026-10-01"], in: fixture)
        // Row 9 has no penanggung_jawab: written as it is, and check reports it (exit 1).
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        let items = try ImportFixtures.items(fixture)
        #expect(items == [
            ["id": "profil-dinas-kesehatan", "judul": "Profil Dinas Kesehatan", "ringkasan": "Profil Dinas Kesehatan",
             "kategori": "berkala", "penguasa": "Subbagian Umum dan Kepegawaian", "waktu_pembuatan": "2025-03-31",
             "tempat_pembuatan": "Jombang", "bentuk": "[softcopy, hardcopy]", "retensi": "5 Tahun", "diperbarui": "2026-10-01"],
            ["id": "rencana-strategis-dinas-kesehatan-2025-2029", "judul": "Rencana Strategis Dinas Kesehatan 2025–2029",
             "ringkasan": "Rencana Strategis Dinas Kesehatan 2025–2029", "kategori": "berkala",
             "penguasa": "Subbagian Umum dan Kepegawaian", "penanggung_jawab": "Kepala Dinas Kesehatan",
             "waktu_pembuatan": "2025", "tempat_pembuatan": "Jombang", "bentuk": "[softcopy, hardcopy]",
             "retensi": "Permanen", "diperbarui": "2026-10-01"],
            ["id": "laporan-keuangan-tahun-2024", "judul": "Laporan Keuangan Tahun 2024", "ringkasan": "Laporan Keuangan Tahun 2024",
             "kategori": "berkala", "penguasa": "Subbagian Umum dan Kepegawaian", "penanggung_jawab": "Sekretaris Dinas",
             "waktu_pembuatan": "2025-02-01", "bentuk": "[hardcopy]", "retensi": "Selama berlaku", "diperbarui": "2026-10-01"],
            ["id": "peringatan-dini-kejadian-luar-biasa", "judul": "Peringatan dini kejadian luar biasa",
             "ringkasan": "Peringatan dini kejadian luar biasa", "kategori": "serta-merta",
             "penguasa": "Bidang Pencegahan dan Pengendalian Penyakit", "penanggung_jawab": "Kepala Bidang P2P",
             "waktu_pembuatan": "2025", "tempat_pembuatan": "Jombang", "bentuk": "[softcopy]", "retensi": "1 tahun"],
            ["id": "profil-dinas-kesehatan-2", "judul": "Profil Dinas Kesehatan", "ringkasan": "Profil Dinas Kesehatan",
             "kategori": "setiap-saat", "penguasa": "Subbagian Umum dan Kepegawaian", "penanggung_jawab": "Sekretaris Dinas",
             "waktu_pembuatan": "2026-01-02", "bentuk": "[rekam]", "retensi": "2 tahun"],
        ])
        let text = try String(contentsOf: fixture.root.appendingPathComponent("opd/dinas-baru/dip.yml"), encoding: .utf8)
        #expect(text.hasPrefix("# yaml-language-server: $schema=../../../skema/dip.schema.json\n"))
        #expect(text.contains("# Sumber: dip-dinkes.xlsx, lembar \"DIP 2026\", baris 9–16, diimpor 2026-11-25"))
        // Every guess and skipped row is told with its sheet and cell.
        for line in [
            "DIP 2026!C5: tebakan: kolom C \"Pejabat/Unit/Satker yang Menguasai Informasi\" dibaca sebagai penguasa",
            "DIP 2026!E6: tebakan: kolom E \"Waktu dan Tempat Pembuatan Informasi / Waktu\" dibaca sebagai waktu_pembuatan",
            "DIP 2026!F6: tebakan: kolom F \"Waktu dan Tempat Pembuatan Informasi / Tempat\" dibaca sebagai tempat_pembuatan",
            "DIP 2026!A1: dilewati: baris 1–3 di atas judul kolom",
            "DIP 2026!A7: dilewati: baris 7 hanya berisi nomor kolom",
            "DIP 2026!B8: tebakan: baris 8 dibaca sebagai judul bagian",
            "DIP 2026!E11: tebakan: \"1/2/2025\" dibaca sebagai 2025-02-01",
            "DIP 2026!E14: tebakan: \"2025, Jombang\" dibaca sebagai waktu_pembuatan 2025 dan tempat_pembuatan Jombang",
            "DIP 2026!F18: dilewati: baris 18",
        ] {
            #expect(result.stdout.contains(line), "tidak dilaporkan: \(line)\n\(result.stdout)")
        }
        #expect(result.stdout.contains("PPID003 penanggung_jawab kosong pada 1 baris (baris 9)"), "\(result.stdout)")
        #expect(result.stdout.contains("opd/dinas-baru/dip.yml:7:5: error[PPID003]"), "the findings themselves follow")
        #expect(!result.stdout.contains("diskominfo"), "only the new file's findings")
    }

    @Test func aSecondImportWithoutTambahExitsTwoAndChangesNothing() throws {
        let fixture = try ImportFixtures.site()
        defer { fixture.remove() }
        let first = try ImportFixtures.run(["dip", ImportFixtures.path("dip-1904.xlsx"), "--opd", "dinas-baru"], in: fixture)
        #expect(first.status != 2, "\(first.stderr)")
        let before = PPIDProcess.snapshot(fixture.root)
        let second = try ImportFixtures.run(["dip", ImportFixtures.path("dip-dinkes.xlsx"), "--opd", "dinas-baru"], in: fixture)
        #expect(second.status == 2)
        #expect(second.stderr.contains("sudah ada"))
        #expect(second.stderr.contains("--tambah"))
        #expect(PPIDProcess.snapshot(fixture.root) == before)
    }

    @Test func tambahAppendsToTheScaffoldsEmptyListAndSkipsTitlesAlreadyThere() throws {
        let scaffold = """
        # yaml-language-server: $schema=../../../skema/dip.schema.json
        # Daftar Informasi Publik (DIP) Dinas Baru.
        penetapan:
          nomor: "001/DIP/2026"
        informasi: []

        """
        let fixture = try ImportFixtures.site(dip: scaffold)
        defer { fixture.remove() }
        let first = try ImportFixtures.run(["dip", ImportFixtures.path("dip-1904.xlsx"), "--opd", "dinas-baru", "--tambah"], in: fixture)
        #expect(first.status != 2, "\(first.stderr)")
        #expect(try ImportFixtures.items(fixture).map { $0["id"] ?? "" } == ["laporan-kinerja-kecamatan", "daftar-pelayanan-administrasi"])
        let text = try String(contentsOf: fixture.root.appendingPathComponent("opd/dinas-baru/dip.yml"), encoding: .utf8)
        #expect(text.hasPrefix(scaffold.replacingOccurrences(of: "informasi: []\n", with: "informasi:\n")), "the rest of the file untouched")

        let before = PPIDProcess.snapshot(fixture.root)
        let again = try ImportFixtures.run(["dip", ImportFixtures.path("dip-1904.xlsx"), "--opd", "dinas-baru", "--tambah"], in: fixture)
        #expect(again.status == 0)
        #expect(again.stdout.contains("DIP!B4: dilewati: judul \"Laporan kinerja kecamatan\" sudah ada di dip.yml"), "\(again.stdout)")
        #expect(PPIDProcess.snapshot(fixture.root) == before)

        let more = try ImportFixtures.run(["dip", ImportFixtures.path("dip-dinkes.xlsx"), "--opd", "dinas-baru", "--tambah"], in: fixture)
        #expect(more.status == 1)
        let items = try ImportFixtures.items(fixture)
        #expect(items.count == 7)
        #expect(Set(items.map { $0["id"] ?? "" }).count == 7, "ids stay unique")
        #expect(more.stdout.contains("5 butir ditambahkan"))
    }

    @Test func tambahComparesTitlesCaseInsensitivelyWithSpacesCollapsed() throws {
        let existing = """
        informasi:
          - id: lama
            judul: "LAPORAN  KINERJA   Kecamatan"
            ringkasan: Lama.
            kategori: setiap-saat
            penguasa: Seksi Pemerintahan
            penanggung_jawab: Camat
            waktu_pembuatan: 2024
            bentuk: [softcopy]
            retensi: 5 tahun

        penetapan:
          nomor: "002/DIP/2026"

        """
        let fixture = try ImportFixtures.site(dip: existing)
        defer { fixture.remove() }
        let result = try ImportFixtures.run(["dip", ImportFixtures.path("dip-1904.xlsx"), "--opd", "dinas-baru", "--tambah"], in: fixture)
        #expect(result.status != 2, "\(result.stderr)")
        #expect(try ImportFixtures.items(fixture).map { $0["id"] ?? "" } == ["lama", "daftar-pelayanan-administrasi"])
        let text = try String(contentsOf: fixture.root.appendingPathComponent("opd/dinas-baru/dip.yml"), encoding: .utf8)
        #expect(text.hasSuffix("penetapan:\n  nomor: \"002/DIP/2026\"\n"), "appended inside the list, before the next key")
    }

    @Test func dikWithoutDecisionColumnsTakesThePenetapanOptions() throws {
        let fixture = try ImportFixtures.site()
        defer { fixture.remove() }
        let result = try ImportFixtures.run(["dik", ImportFixtures.path("dik-dinkes.xlsx"), "--opd", "dinas-baru",
                                             "--penetapan-nomor", "001/UK/2026", "--penetapan-tanggal", "2026-02-01",
                                             "--penetapan-oleh", "PPID Pelaksana Dinas Baru"], in: fixture)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let items = try ImportFixtures.items(fixture, "dik.yml", key: "dikecualikan")
        #expect(items == [
            ["id": "rekam-medis-pasien", "judul": "Rekam medis pasien", "dasar_hukum": "Pasal 17 huruf h angka 2",
             "konsekuensi": "Membuka rekam medis mengungkap riwayat kesehatan seseorang dan merugikan pasien yang bersangkutan.",
             "kepentingan_publik": "Menutup rekam medis melindungi hak pribadi pasien yang lebih besar daripada manfaat membukanya.",
             "jangka_waktu": "Permanen", "penetapan.nomor": "001/UK/2026", "penetapan.tanggal": "2026-02-01",
             "penetapan.oleh": "PPID Pelaksana Dinas Baru"],
            ["id": "hasil-pemeriksaan-laboratorium-perorangan", "judul": "Hasil pemeriksaan laboratorium perorangan",
             "dasar_hukum": "Pasal 17 huruf h angka 2",
             "konsekuensi": "Membuka hasil laboratorium perorangan mengungkap kondisi kesehatan orang tertentu tanpa persetujuannya.",
             "kepentingan_publik": "Menutup hasil laboratorium perorangan menjaga kerahasiaan pasien; angka agregat tetap diumumkan.",
             "jangka_waktu": "5 tahun", "penetapan.nomor": "001/UK/2026", "penetapan.tanggal": "2026-02-01",
             "penetapan.oleh": "PPID Pelaksana Dinas Baru"],
        ])
        #expect(result.stdout.contains("tidak ada temuan"))
    }

    @Test func semicolonCSVWithARowWithoutJudulWritesNothingUnlessToldToSkipIt() throws {
        let fixture = try ImportFixtures.site()
        defer { fixture.remove() }
        let target = fixture.root.appendingPathComponent("opd/dinas-baru/dip.yml").path
        let refused = try ImportFixtures.run(["dip", ImportFixtures.path("dip-titik-koma.csv"), "--opd", "dinas-baru"], in: fixture)
        #expect(refused.status == 2)
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(refused.stdout.contains("dip-titik-koma.csv!B7: gagal: baris 7 tidak memiliki judul"), "\(refused.stdout)")
        #expect(refused.stderr.contains("--lewati-baris-rusak"))

        let skipped = try ImportFixtures.run(["dip", ImportFixtures.path("dip-titik-koma.csv"), "--opd", "dinas-baru",
                                              "--lewati-baris-rusak"], in: fixture)
        #expect(skipped.status == 1, "\(skipped.stdout)\(skipped.stderr)")
        #expect(skipped.stdout.contains("dip-titik-koma.csv!B7: dilewati"))
        #expect(try ImportFixtures.items(fixture) == [
            ["id": "jadwal-pelayanan-puskesmas", "judul": "Jadwal pelayanan Puskesmas",
             "ringkasan": "Jam buka; loket \"umum\" dan loket lansia", "kategori": "berkala", "penguasa": "Tata Usaha",
             "penanggung_jawab": "Kepala Puskesmas", "waktu_pembuatan": "2025-12-31", "bentuk": "[softcopy]"],
            ["id": "standar-pelayanan-poli-umum", "judul": "Standar pelayanan: poli umum", "ringkasan": "Standar pelayanan: poli umum",
             "kategori": "berkala", "penguasa": "Tata Usaha", "waktu_pembuatan": "2025", "bentuk": "[softcopy, hardcopy]"],
        ])
        #expect(skipped.stdout.contains("PPID003 retensi kosong pada 2 baris (baris 5, 8)"), "\(skipped.stdout)")
    }

    @Test func workbookWith1904DatesAndTickColumnsUnderAMergedHeading() throws {
        let fixture = try ImportFixtures.site()
        defer { fixture.remove() }
        let result = try ImportFixtures.run(["dip", ImportFixtures.path("dip-1904.xlsx"), "--opd", "dinas-baru"], in: fixture)
        #expect(result.status == 1)
        #expect(try ImportFixtures.items(fixture) == [
            ["id": "laporan-kinerja-kecamatan", "judul": "Laporan kinerja kecamatan", "ringkasan": "Laporan kinerja kecamatan",
             "kategori": "berkala", "penguasa": "Seksi Pemerintahan", "waktu_pembuatan": "2024-12-31", "bentuk": "[softcopy]"],
            ["id": "daftar-pelayanan-administrasi", "judul": "Daftar pelayanan administrasi",
             "ringkasan": "Daftar pelayanan administrasi", "kategori": "setiap-saat", "penguasa": "Seksi Pelayanan Umum",
             "waktu_pembuatan": "2024", "bentuk": "[hardcopy]"],
        ])
        #expect(result.stdout.contains("DIP!I4: tidak ditempatkan: kolom I \"Catatan internal\" tidak dikenali"))
        #expect(result.stdout.contains("DIP!D3: tebakan: kolom D \"Jenis Informasi / Serta Merta\" dibaca sebagai tanda centang untuk kategori serta-merta"))
    }

    @Test func excelPartsSharedStringsRichTextFormulasAndHiddenSheets() throws {
        let fixture = try ImportFixtures.site()
        defer { fixture.remove() }
        let result = try ImportFixtures.run(["dip", ImportFixtures.path("dip-excel.xlsx"), "--opd", "dinas-baru"], in: fixture)
        #expect(result.status == 1)
        #expect(try ImportFixtures.items(fixture) == [
            ["id": "laporan-keuangan-2024", "judul": "Laporan Keuangan 2024", "ringkasan": "Laporan Keuangan 2024",
             "penguasa": "Bagian Keuangan", "penanggung_jawab": "Kepala Dinas", "waktu_pembuatan": "2024-03-31",
             "bentuk": "[softcopy]", "retensi": "10 tahun", "diperbarui": "2024-10-01"],
            ["id": "baris-satu-baris-dua", "judul": "Baris satu baris dua", "ringkasan": "Baris satu baris dua",
             "penguasa": "Bagian Keuangan", "penanggung_jawab": "Sekretaris", "waktu_pembuatan": "2024",
             "bentuk": "[TRUE]", "retensi": "10 tahun"],
        ])
        #expect(result.stdout.contains("dari lembar \"Daftar\""), "the hidden first sheet is not chosen")
        #expect(result.stdout.contains("PPID003 kategori kosong pada 2 baris"))
    }

    @Test func columnMapAndSheetChoice() throws {
        let fixture = try ImportFixtures.site()
        defer { fixture.remove() }
        try fixture.write("kolom:\n  \"Catatan internal\": abaikan\n  Tahun: waktu_pembuatan\n", to: "peta.yml")
        let mapped = try ImportFixtures.run(["dip", ImportFixtures.path("dip-1904.xlsx"), "--opd", "dinas-baru",
                                             "--kolom", fixture.root.appendingPathComponent("peta.yml").path], in: fixture)
        #expect(mapped.status == 1)
        #expect(!mapped.stdout.contains("tidak ditempatkan"), "\(mapped.stdout)")
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("opd/dinas-baru/dip.yml"))

        try fixture.write("kolom:\n  Uraian: judul-nya\n", to: "salah.yml")
        let wrongMap = try ImportFixtures.run(["dip", ImportFixtures.path("dip-1904.xlsx"), "--opd", "dinas-baru",
                                               "--kolom", fixture.root.appendingPathComponent("salah.yml").path], in: fixture)
        #expect(wrongMap.status == 2)
        #expect(wrongMap.stderr.contains("\"judul-nya\" bukan kolom dip.yml"))

        let noSheet = try ImportFixtures.run(["dip", ImportFixtures.path("dip-dinkes.xlsx"), "--opd", "dinas-baru",
                                              "--lembar", "DIP 2025"], in: fixture)
        #expect(noSheet.status == 2)
        #expect(noSheet.stderr.contains("Lembar \"DIP 2025\" tidak ada"))
        #expect(noSheet.stderr.contains("\"Petunjuk\", \"DIP 2026\""))
        let noHeader = try ImportFixtures.run(["dip", ImportFixtures.path("dip-dinkes.xlsx"), "--opd", "dinas-baru",
                                               "--lembar", "Petunjuk"], in: fixture)
        #expect(noHeader.status == 2)
        #expect(noHeader.stderr.contains("Baris judul kolom tidak ditemukan"))
    }

    @Test func missingOPDFolderAndWrongFilesWriteNothing() throws {
        let fixture = try ImportFixtures.site()
        defer { fixture.remove() }
        let before = PPIDProcess.snapshot(fixture.root)
        let noOPD = try ImportFixtures.run(["dip", ImportFixtures.path("dip-dinkes.xlsx"), "--opd", "dinas-lain"], in: fixture)
        #expect(noOPD.status == 2)
        #expect(noOPD.stderr.contains("buat dulu dengan ppid new opd dinas-lain"))
        try fixture.write("bukan zip", to: "palsu.xlsx")
        let notZip = try ImportFixtures.run(["dip", fixture.root.appendingPathComponent("palsu.xlsx").path, "--opd", "dinas-baru"], in: fixture)
        #expect(notZip.status == 2)
        #expect(notZip.stderr.contains("bukan buku kerja Excel .xlsx yang sah"))
        let badDate = try ImportFixtures.run(["dip", ImportFixtures.path("dip-dinkes.xlsx"), "--opd", "dinas-baru",
                                              "--diperbarui", "31/12/2025"], in: fixture)
        #expect(badDate.status == 2)
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("palsu.xlsx"))
        #expect(PPIDProcess.snapshot(fixture.root) == before)
    }
}

/// The committed fixtures are what the generator writes: regenerated with openpyxl, the workbook
/// imports to the same items. Skipped without the project's Python tools, a failure in CI.
@Suite struct ImportFixtureGeneratorTests {
    @Test func regeneratedWorkbooksImportToTheSameItems() throws {
        guard PythonTools.has(["openpyxl"]) else {
            if ProcessInfo.processInfo.environment["CI"] != nil { Issue.record("openpyxl tidak ada; jalankan make .venv/.ok") }
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-impor-fixtures-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = RichSite.packageRoot.appendingPathComponent("Tests/PPIDKitTests/Scripts/make_impor_fixtures.py").path
        let generated = try PythonTools.run(PythonTools.python, [script, folder.path])
        #expect(generated.status == 0, "\(generated.stderr)")
        for name in ["dip-dinkes.xlsx", "dip-1904.xlsx", "dik-dinkes.xlsx", "dip-excel.xlsx"] {
            let committed = try XLSXWorkbook(contentsOf: ImportFixtures.url(name))
            let fresh = try XLSXWorkbook(contentsOf: folder.appendingPathComponent(name))
            #expect(committed.sheetNames.map(\.name) == fresh.sheetNames.map(\.name), "\(name)")
            for entry in committed.sheetNames {
                let a = try committed.sheet(named: entry.name), b = try fresh.sheet(named: entry.name)
                #expect(a.rows == b.rows && a.merges == b.merges, "\(name) lembar \(entry.name) berbeda; jalankan ulang make_impor_fixtures.py")
            }
        }
        let csv = try Data(contentsOf: folder.appendingPathComponent("dip-titik-koma.csv"))
        #expect(csv == (try Data(contentsOf: ImportFixtures.url("dip-titik-koma.csv"))))
    }
}
