#!/usr/bin/env python3
"""Writes the spreadsheets `ppid impor` is tested on (Tests/PPIDKitTests/Fixtures/impor/),
shaped like DIP/DIK tables published on PPID sites: title rows, a two-row header under merged
cells, a `(1) (2) …` row, section rows, a unit merged over three rows, date cells, a 1904
workbook, a `;` CSV with a BOM and CRLF line ends.

    .venv/bin/python3 Tests/PPIDKitTests/Scripts/make_impor_fixtures.py [OUT_DIR] [--rows N]

With --rows N it writes only `dip-besar.xlsx`, N items (the benchmark of BENCHMARKS.md).
"""
import datetime
import os
import sys

from openpyxl import Workbook
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "..", "Fixtures", "impor")
FIXED = datetime.datetime(2026, 1, 1)


def fixed_properties(wb):
    # Stable document properties so that a regenerated file differs only where the content does.
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "ppid"


def dip_dinkes(out):
    wb = Workbook()
    fixed_properties(wb)
    notes = wb.active
    notes.title = "Petunjuk"
    notes["A1"] = "Petunjuk pengisian"
    notes["A2"] = "Isi satu baris untuk setiap informasi."

    ws = wb.create_sheet("DIP 2026")
    ws["A1"] = "DAFTAR INFORMASI PUBLIK"
    ws.merge_cells("A1:H1")
    ws["A2"] = "DINAS KESEHATAN KABUPATEN JOMBANG"
    ws.merge_cells("A2:H2")
    ws["A3"] = "TAHUN 2026"
    ws.merge_cells("A3:H3")

    headings = {"A5": "No", "B5": "Ringkasan Isi Informasi", "C5": "Pejabat/Unit/Satker yang Menguasai Informasi",
                "D5": "Penanggung Jawab Pembuatan atau Penerbitan Informasi", "E5": "Waktu dan Tempat Pembuatan Informasi",
                "G5": "Bentuk Informasi yang Tersedia", "H5": "Jangka Waktu Penyimpanan atau Retensi Arsip"}
    for cell, text in headings.items():
        ws[cell] = text
    for column in "ABCDGH":
        ws.merge_cells(f"{column}5:{column}6")
    ws.merge_cells("E5:F5")
    ws["E6"] = "Waktu"
    ws["F6"] = "Tempat"
    for index, column in enumerate("ABCDEFGH", start=1):
        ws[f"{column}7"] = f"({index})"

    ws["A8"] = "A."
    ws["B8"] = "INFORMASI YANG WAJIB DISEDIAKAN DAN DIUMUMKAN SECARA BERKALA"
    ws.merge_cells("B8:H8")

    ws["A9"], ws["B9"] = 1, "Profil Dinas Kesehatan"
    ws["C9"] = "Subbagian Umum dan Kepegawaian"
    ws.merge_cells("C9:C11")
    ws["E9"] = datetime.date(2025, 3, 31)
    ws["E9"].number_format = "DD/MM/YYYY"
    ws["F9"], ws["G9"], ws["H9"] = "Jombang", "Softcopy/Hardcopy", "5 Tahun"

    ws["A10"], ws["B10"] = 2, "Rencana Strategis\nDinas Kesehatan 2025–2029"
    ws["D10"] = "Kepala Dinas Kesehatan"
    ws["E10"], ws["F10"], ws["G10"], ws["H10"] = 2025, "Jombang", "Soft copy dan hard copy", "Permanen"

    ws["A11"], ws["B11"] = 3, "Laporan Keuangan Tahun 2024"
    ws["D11"] = "Sekretaris Dinas"
    ws["E11"], ws["G11"], ws["H11"] = "1/2/2025", "Cetak", "Selama berlaku"

    ws["A13"] = "B"
    ws["B13"] = "Informasi yang wajib diumumkan serta merta"
    ws["A14"], ws["B14"] = 4, "Peringatan dini kejadian luar biasa"
    ws["C14"], ws["D14"] = "Bidang Pencegahan dan Pengendalian Penyakit", "Kepala Bidang P2P"
    ws["E14"], ws["G14"], ws["H14"] = "2025, Jombang", "Elektronik", "1 tahun"

    ws["A15"] = "C."
    ws["B15"] = "Informasi yang tersedia setiap saat"
    ws.merge_cells("B15:H15")
    ws["A16"], ws["B16"] = 5, "Profil Dinas Kesehatan"
    ws["C16"], ws["D16"] = "Subbagian Umum dan Kepegawaian", "Sekretaris Dinas"
    ws["E16"] = datetime.date(2026, 1, 2)
    ws["E16"].number_format = "[$-421]d mmmm yyyy;@"
    ws["G16"], ws["H16"] = "Rekaman video", "2 tahun"

    ws["F18"] = "Jombang, 2 Januari 2026"
    ws.merge_cells("F18:H18")
    ws["F19"] = "KEPALA DINAS KESEHATAN"
    ws.merge_cells("F19:H19")
    wb.save(os.path.join(out, "dip-dinkes.xlsx"))


def dip_1904(out):
    wb = Workbook()
    fixed_properties(wb)
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "DIP"
    ws["A1"] = "Daftar Informasi Publik Kecamatan"
    ws["A2"], ws["B2"], ws["C2"], ws["F2"], ws["G2"], ws["H2"], ws["I2"] = (
        "No", "Judul Informasi", "Jenis Informasi", "Penguasaan Informasi", "Tahun", "Bentuk", "Catatan internal")
    ws.merge_cells("C2:E2")
    ws["C3"], ws["D3"], ws["E3"] = "Berkala", "Serta Merta", "Setiap Saat"
    for column in "ABFGHI":
        ws.merge_cells(f"{column}2:{column}3")
    rows = [
        (1, "Laporan kinerja kecamatan", "✓", None, None, "Seksi Pemerintahan", datetime.date(2024, 12, 31), "softcopy", "cek ulang"),
        (2, "Daftar pelayanan administrasi", None, None, "v", "Seksi Pelayanan Umum", 2024, "hardcopy", None),
    ]
    for offset, values in enumerate(rows):
        for column, value in zip("ABCDEFGHI", values):
            if value is not None:
                ws[f"{column}{4 + offset}"] = value
    ws["G4"].number_format = "yyyy-mm-dd"
    wb.save(os.path.join(out, "dip-1904.xlsx"))


def dik_dinkes(out):
    wb = Workbook()
    fixed_properties(wb)
    ws = wb.active
    ws.title = "DIK"
    ws["A1"] = "DAFTAR INFORMASI YANG DIKECUALIKAN"
    ws.merge_cells("A1:F1")
    ws.append(["No", "Informasi yang Dikecualikan", "Dasar Hukum Pengecualian", "Konsekuensi Jika Dibuka",
               "Kepentingan Publik Jika Ditutup", "Jangka Waktu Pengecualian"])
    ws.append([1, "Rekam medis pasien", "Pasal 17 huruf h angka 2",
               "Membuka rekam medis mengungkap riwayat kesehatan seseorang dan merugikan pasien yang bersangkutan.",
               "Menutup rekam medis melindungi hak pribadi pasien yang lebih besar daripada manfaat membukanya.", "Permanen"])
    ws.append([2, "Hasil pemeriksaan laboratorium perorangan", "Pasal 17 huruf h angka 2",
               "Membuka hasil laboratorium perorangan mengungkap kondisi kesehatan orang tertentu tanpa persetujuannya.",
               "Menutup hasil laboratorium perorangan menjaga kerahasiaan pasien; angka agregat tetap diumumkan.", "5 tahun"])
    wb.save(os.path.join(out, "dik-dinkes.xlsx"))


def dip_semicolon_csv(out):
    lines = [
        "DAFTAR INFORMASI PUBLIK PUSKESMAS;;;;;;",
        "No;Judul Informasi;Ringkasan;Pejabat yang Menguasai Informasi;Penanggung Jawab;Waktu Pembuatan;Bentuk Informasi",
        "1;2;3;4;5;6;7",
        'Informasi Berkala;;;;;;',
        '1;Jadwal pelayanan Puskesmas;"Jam buka; loket ""umum"" dan\nloket lansia";Tata Usaha;Kepala Puskesmas;31/12/2025;Softcopy',
        ';;;;;;',
        '2;;Baris tanpa judul;Tata Usaha;Kepala Puskesmas;2025;Hardcopy',
        '3;Standar pelayanan: poli umum;;Tata Usaha;;2025;Softcopy & Hardcopy',
    ]
    data = "\ufeff" + "\r\n".join(lines) + "\r\n"
    with open(os.path.join(out, "dip-titik-koma.csv"), "w", encoding="utf-8", newline="") as handle:
        handle.write(data)


def dip_large(out, count):
    wb = Workbook()
    fixed_properties(wb)
    ws = wb.active
    ws.title = "DIP"
    ws["A1"] = "DAFTAR INFORMASI PUBLIK"
    ws.append(["No", "Ringkasan Isi Informasi", "Jenis Informasi", "Pejabat yang Menguasai Informasi",
               "Penanggung Jawab", "Waktu Pembuatan", "Tempat Pembuatan", "Bentuk Informasi", "Retensi", "Keterangan"])
    kinds = ["Berkala", "Serta Merta", "Setiap Saat"]
    for index in range(1, count + 1):
        ws.append([index, f"Informasi nomor {index} tentang pelayanan publik", kinds[index % 3], f"Bidang {index % 7 + 1}",
                   "Kepala Dinas", datetime.date(2025, 1 + index % 12, 1 + index % 28), "Jombang", "Softcopy/Hardcopy",
                   "5 tahun", f"Keterangan rinci informasi nomor {index}, dengan teks yang cukup panjang."])
        ws.cell(row=ws.max_row, column=6).number_format = "DD/MM/YYYY"
    wb.save(os.path.join(out, "dip-besar.xlsx"))


def dip_shared_strings(out):
    """Written part by part, as Excel itself writes: shared strings with rich-text runs and a
    phonetic run, `x:`-prefixed elements, cells without `r`, a formula's cached value, a boolean,
    `_x000D_` escapes, a custom date format beside a time format, cellStyleXfs before cellXfs."""
    import zipfile
    ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    strings = [
        "Daftar Informasi Publik",                                   # 0
        "No", "Judul Informasi", "Penguasa", "Penanggung Jawab",     # 1-4
        "Waktu Pembuatan", "Bentuk", "Retensi", "Diperbarui",          # 5-8
        None,                                                          # 9: rich text
        "Bagian Keuangan", "Softcopy", "10 tahun",                     # 10-12
        "Baris satu_x000D_\nbaris dua",                                # 13
    ]
    items = []
    for text in strings:
        if text is None:
            items.append('<x:si><x:r><x:t xml:space="preserve">Laporan </x:t></x:r><x:r><x:rPr><x:b/></x:rPr>'
                         '<x:t>Keuangan 2024</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ふりがな</x:t></x:rPh></x:si>')
        else:
            items.append(f'<x:si><x:t>{text}</x:t></x:si>')
    shared = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<x:sst {ns} count="{len(items)}" uniqueCount="{len(items)}">' + "".join(items) + '</x:sst>'
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              f'<x:styleSheet {ns}><x:numFmts count="2"><x:numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy"/>'
              '<x:numFmt numFmtId="165" formatCode="h:mm"/></x:numFmts>'
              '<x:cellStyleXfs count="2"><x:xf numFmtId="0"/><x:xf numFmtId="14"/></x:cellStyleXfs>'
              '<x:cellXfs count="3"><x:xf numFmtId="0" xfId="0"/><x:xf numFmtId="164" xfId="0" applyNumberFormat="1"/>'
              '<x:xf numFmtId="165" xfId="0" applyNumberFormat="1"/></x:cellXfs></x:styleSheet>')
    def s(index):
        return f'<x:c t="s"><x:v>{index}</x:v></x:c>'
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             f'<x:worksheet {ns}><x:sheetData>'
             '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row>'
             '<x:row r="2">' + "".join(s(i) for i in range(1, 9)) + '</x:row>'
             '<x:row r="3"><x:c r="A3"><x:v>1</x:v></x:c>' + s(9) + s(10)
             + '<x:c t="str"><x:f>"Kepala "&amp;"Dinas"</x:f><x:v>Kepala Dinas</x:v></x:c>'
             '<x:c s="1"><x:v>45382</x:v></x:c>' + s(11) + s(12) + '<x:c s="1"><x:v>45566.75</x:v></x:c></x:row>'
             '<x:row r="4"><x:c r="A4"><x:v>2</x:v></x:c>' + s(13) + s(10)
             + '<x:c t="inlineStr"><x:is><x:t>Sekretaris</x:t></x:is></x:c>'
             '<x:c s="2"><x:v>2024</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c>' + s(12) + '</x:row>'
             '</x:sheetData></x:worksheet>')
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<x:workbook {ns}><x:workbookPr/><x:sheets>'
                '<x:sheet name="Tersembunyi" sheetId="2" state="hidden" r:id="rId2"/>'
                '<x:sheet name="Daftar" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>')
    hidden = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              f'<x:worksheet {ns}><x:sheetData><x:row r="1">' + "".join(s(i) for i in range(1, 9)) + '</x:row>'
              '<x:row r="2"><x:c t="inlineStr"><x:is><x:t>1</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>Dari lembar tersembunyi</x:t></x:is></x:c></x:row>'
              '</x:sheetData></x:worksheet>')
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    workbook_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/daftar.xml"/>'
                     f'<Relationship Id="rId2" Type="{rel}/worksheet" Target="/xl/worksheets/tersembunyi.xml"/>'
                     f'<Relationship Id="rId3" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
                     f'<Relationship Id="rId4" Type="{rel}/styles" Target="styles.xml"/></Relationships>')
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                     '<Override PartName="/xl/worksheets/daftar.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                     '<Override PartName="/xl/worksheets/tersembunyi.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                     '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                     '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                     '</Types>')
    with zipfile.ZipFile(os.path.join(out, "dip-excel.xlsx"), "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in [("[Content_Types].xml", content_types), ("_rels/.rels", root_rels),
                           ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", workbook_rels),
                           ("xl/sharedStrings.xml", shared), ("xl/styles.xml", styles),
                           ("xl/worksheets/daftar.xml", sheet), ("xl/worksheets/tersembunyi.xml", hidden)]:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
    # Check that openpyxl, a real reader, accepts the workbook as written.
    from openpyxl import load_workbook
    check = load_workbook(os.path.join(out, "dip-excel.xlsx"))
    assert check["Daftar"]["B3"].value == "Laporan Keuangan 2024", check["Daftar"]["B3"].value


def main():
    args = sys.argv[1:]
    rows = None
    if "--rows" in args:
        at = args.index("--rows")
        rows = int(args[at + 1])
        del args[at:at + 2]
    out = args[0] if args else DEFAULT_OUT
    os.makedirs(out, exist_ok=True)
    if rows:
        dip_large(out, rows)
        return
    dip_dinkes(out)
    dip_1904(out)
    dik_dinkes(out)
    dip_semicolon_csv(out)
    dip_shared_strings(out)


if __name__ == "__main__":
    main()
