#!/usr/bin/env python3
"""Generate the sample SP4N-LAPOR! complaint exports of the fictional Kabupaten Sukamakmur.

Writes Content/pengaduan/laporan-2025.csv and Content/pengaduan/laporan-2026.csv (our own column names,
see CONTENT.md). Deterministic: the same seed always gives byte-identical files.

    python3 scripts/gen_sample_complaints.py [--content Content]

The rows are fictional. Each file is an export taken on a given date (`ekspor`): statuses and dates are
as they stood that day, so the newest reports are still open and no date lies after the export.
"""
import argparse
import csv
import datetime as dt
import os
import random

SEED = 20251231
HEADER = ["nomor_tiket", "tanggal_masuk", "kanal", "kategori", "opd", "status",
          "tanggal_tindak_lanjut", "tanggal_selesai"]

KANAL = [("aplikasi", 30), ("situs", 24), ("whatsapp", 20), ("sms", 8), ("media-sosial", 8),
         ("tatap-muka", 4), ("telepon", 3), ("email", 1.5), ("surat", 1), ("lainnya", 0.5)]

# kategori -> (base weight, [(opd, weight)], typical days from follow-up to closing)
KATEGORI = {
    "Infrastruktur": (24, [("dinas-pupr", 92), ("kecamatan-sukamaju", 8)], (5, 40)),
    "Administrasi Kependudukan": (14, [("disdukcapil", 90), ("kecamatan-sukamaju", 10)], (2, 10)),
    "Kesehatan": (11, [("dinas-kesehatan", 45), ("rsud-sukamakmur", 40), ("puskesmas-karangsari", 15)], (2, 14)),
    "Bantuan Sosial": (11, [("dinas-sosial", 90), ("kecamatan-sukamaju", 10)], (3, 20)),
    "Pendidikan": (9, [("dinas-pendidikan", 100)], (2, 14)),
    "Lingkungan Hidup": (8, [("dinas-lingkungan-hidup", 94), ("kecamatan-sukamaju", 6)], (3, 25)),
    "Ketertiban Umum": (7, [("satpol-pp", 90), ("kecamatan-sukamaju", 10)], (2, 14)),
    "Kebencanaan": (3, [("bpbd", 80), ("dinas-sosial", 10), ("dinas-pupr", 10)], (1, 20)),
    "Pajak Daerah": (4, [("bpkad", 100)], (2, 10)),
    "Kepegawaian": (3, [("sekretariat-daerah", 100)], (3, 20)),
    "Teknologi Informasi": (3, [("diskominfosantik", 100)], (1, 10)),
    "": (2, [("sekretariat-daerah", 40), ("diskominfosantik", 30), ("kecamatan-sukamaju", 30)], (2, 14)),
}

# seasonal multipliers per (year, month) and kategori
def season(year, month, kat):
    m = 1.0
    rainy = month in (1, 2, 3, 11, 12)
    if kat in ("Infrastruktur", "Kebencanaan") and rainy:
        m *= 1.6
    if kat == "Kebencanaan" and year == 2026 and month == 2:
        m *= 5  # banjir dan longsor Februari 2026
    if kat == "Kebencanaan" and year == 2026 and month == 11:
        m *= 3  # status siaga Sungai Cimakmur
    if kat == "Kesehatan" and year == 2026 and month in (3, 4):
        m *= 2.4  # KLB DBD
    if kat == "Pendidikan" and month in (6, 7):
        m *= 3  # penerimaan murid baru
    if kat == "Bantuan Sosial" and year == 2026 and month == 2:
        m *= 2  # logistik pengungsi
    if kat == "Lingkungan Hidup" and year == 2026 and month in (8, 9):
        m *= 2.2  # pencemaran Sungai Cimakmur
    if kat == "Lingkungan Hidup" and year == 2025 and month == 9:
        m *= 1.8  # asap TPA Cibatu
    if kat == "Pajak Daerah" and month in (8, 9):
        m *= 2.5  # jatuh tempo PBB-P2
    return m

def pick(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.uniform(0, total)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]

def add_workdays(d, n):
    while n > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d

def status_for(rng, age):
    """Status as it stands at export time, given the age of the report in days."""
    if age > 60:
        table = [("selesai", 87), ("proses", 3), ("tertunda", 1.5), ("arsip", 2.5), ("bukan-wewenang", 3.5),
                 ("dihapus", 2), ("belum-ditindaklanjuti", 0.3)]
    elif age > 21:
        table = [("selesai", 72), ("proses", 14), ("tertunda", 3), ("arsip", 1.5), ("bukan-wewenang", 3.5),
                 ("dihapus", 2), ("belum-ditindaklanjuti", 3.5), ("belum-terverifikasi", 0.5)]
    elif age > 7:
        table = [("selesai", 38), ("proses", 35), ("tertunda", 3), ("bukan-wewenang", 3), ("dihapus", 2),
                 ("belum-ditindaklanjuti", 14), ("belum-terverifikasi", 5)]
    else:
        table = [("selesai", 8), ("proses", 30), ("bukan-wewenang", 2), ("dihapus", 1),
                 ("belum-ditindaklanjuti", 32), ("belum-terverifikasi", 27)]
    return pick(rng, table)

def generate(rng, year, start, end, ekspor, target, prefix_start):
    days = []
    d = start
    while d <= end:
        days.append(d)
        d += dt.timedelta(days=1)
    # expected number of reports per day and kategori
    weights = []
    for day in days:
        wd = 1.0 if day.weekday() < 5 else 0.45
        for kat, (base, _, _) in KATEGORI.items():
            weights.append((day, kat, base * wd * season(year, day.month, kat)))
    total_w = sum(w for _, _, w in weights)
    rows = []
    for day, kat, w in weights:
        lam = target * w / total_w
        n = int(lam) + (1 if rng.random() < lam - int(lam) else 0)
        for _ in range(n):
            rows.append((day, kat))
    rows.sort(key=lambda r: r[0])

    out = []
    seq = prefix_start
    for masuk, kat in rows:
        seq += rng.randint(1, 9)  # national numbering: other agencies' tickets fall in between
        _, opds, (lo, hi) = KATEGORI[kat]
        opd = pick(rng, opds)
        kanal = pick(rng, KANAL)
        age = (ekspor - masuk).days
        st = status_for(rng, age)
        tl = se = None
        if st == "belum-terverifikasi":
            opd = ""  # not yet dispositioned to an OPD
        elif st in ("selesai", "proses", "tertunda"):
            delay = min(int(rng.expovariate(1 / 2.2)), 12)
            tl = add_workdays(masuk, delay) if delay else masuk
            if st == "selesai":
                dur = int(rng.triangular(lo, hi, lo + (hi - lo) * 0.25))
                se = tl + dt.timedelta(days=dur)
        elif st == "bukan-wewenang" and rng.random() < 0.6:
            tl = add_workdays(masuk, rng.randint(0, 3))
        elif st == "arsip" and rng.random() < 0.3:
            tl = add_workdays(masuk, rng.randint(1, 5))
        # nothing may lie after the export date
        if se and se > ekspor:
            st, se = "proses", None
        if tl and tl > ekspor:
            st, tl = "belum-ditindaklanjuti", None
        out.append([f"LPR-{year}-{seq:06d}", masuk.isoformat(), kanal, kat, opd, st,
                    tl.isoformat() if tl else "", se.isoformat() if se else ""])
    return out

def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(rows)

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--content", default=os.path.join(os.path.dirname(__file__), "..", "Content"))
    args = ap.parse_args()
    outdir = os.path.join(args.content, "pengaduan")
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(SEED)
    r2025 = generate(rng, 2025, dt.date(2025, 1, 1), dt.date(2025, 12, 31), dt.date(2026, 1, 12), 600, 100)
    r2026 = generate(rng, 2026, dt.date(2026, 1, 1), dt.date(2026, 11, 20), dt.date(2026, 11, 20), 500, 100)
    write(os.path.join(outdir, "laporan-2025.csv"), r2025)
    write(os.path.join(outdir, "laporan-2026.csv"), r2026)
    for name, rows in (("2025", r2025), ("2026", r2026)):
        counts = {}
        for r in rows:
            counts[r[5]] = counts.get(r[5], 0) + 1
        print(name, len(rows), dict(sorted(counts.items(), key=lambda kv: -kv[1])))

if __name__ == "__main__":
    main()
