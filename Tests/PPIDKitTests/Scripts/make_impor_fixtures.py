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


if __name__ == "__main__":
    main()
