#!/usr/bin/env python3
"""Independent reference implementation of the information-request figures (REQUESTS.md).

Written from the spec only (REQUESTS.md, STATISTICS.md, CONTENT.md, SOURCES.md), never from the
Swift sources, so that the two implementations check each other.

    python3 layanan_reference.py --content DIR --tanggal YYYY-MM-DD --json OUT.json --csv OUT.csv
                                 [--csv-periode OUT2.csv]
    python3 layanan_reference.py --self-test

Reads DIR/ppid.yml (`nama`, `ppid_utama.opd`), DIR/opd/<slug>/opd.yml (`nama`),
DIR/layanan/permohonan/*.csv, DIR/layanan/keberatan/*.csv, DIR/layanan/sengketa.yml (optional) and
DIR/kalender/*.yml (optional). Writes the shape of `data/layanan-informasi.json` (--json), of
`data/layanan-informasi-permohonan.csv` (--csv) and, optionally, of `data/layanan-informasi.csv`
(--csv-periode). The registers are assumed well formed: our own column names, ISO dates (a time after
the date is ignored), `,` or `;` as the header shows, a BOM ignored; no `kolom.yml`.

Readings of the spec where it leaves room (the Swift program should agree; if it does not, one of
the two readings has to be written into REQUESTS.md):

 1. `opd` empty -> `ppid_utama.opd` of ppid.yml, everywhere (per_opd and the per-request CSV).
    `per_opd[].nama` is that OPD's opd.yml `nama`, `null` when the folder or the key is missing.
 2. A row with ANY of its dates after the reference date (request: tanggal_permohonan or
    tanggal_pemberitahuan; objection: tanggal_keberatan or tanggal_tanggapan; dispute:
    tanggal_registrasi or tanggal_putusan) is left out of every figure and of the per-request CSV
    (PPID502 warning), and does not decide the first year of the periods.
 3. Periods: every year from the earliest year of an included request (tanggal_permohonan) or
    objection (tanggal_keberatan) to the reference date's year; disputes do not open a year. No
    request and no objection at all: `periode` is an empty list. A semester appears when its first
    day is on or before the reference date. `lengkap` is true only when the reference date is after
    the period's last day (on the last day itself the period is still running: false). A period's
    end E = min(last day, reference date).
 4. Semester (or year) of a processed request: the one containing its tanggal_pemberitahuan (the
    `diproses` definition, whenever received). Its working days are always counted from R to T'
    (the notice day, moved forward to the next working day when it is not one); T' may lie after E
    (a notice on Saturday 31 December counts through the following Monday).
 5. `tertunda_terlama[].hari_kerja` and every pending count use working days d with R < d <= E (no
    moving forward). "Oldest first" = earliest tanggal_permohonan, ties by nomor_registrasi (code
    point). Up to ten.
 6. `hari_kerja`, `tepat_waktu`, `persen_tepat_waktu` and `per_opd[].tepat_waktu` are over processed
    requests whose keputusan is not `dicabut`; on time = working days <= 10, or <= 17 with
    `perpanjangan: ya`. `biaya_total` and `keputusan.*` count every processed request (also dicabut).
    Empty `hari_kerja` set: rata_rata/median/min/maks all null, persen_tepat_waktu null.
 7. `per_opd[]` lists an OPD with a request received or processed in the period; its
    `tertunda_akhir` is its requests pending at E. An OPD with only carried-over pending requests
    (neither received nor processed in the period) is not listed.
 8. `alasan_penolakan[]`: one entry per huruf of Pasal 17 found in the `;`-separated references
    (angka dropped, `dasar` written `Pasal 17 huruf x` with a lower-case letter); sorted by jumlah
    descending, then huruf.
 9. Objections: `keberatan.*` is over objections with tanggal_keberatan in the period.
    `tepat_waktu` / `hari_kerja_median` over those with a tanggal_tanggapan (not after the reference
    date, see 2) and a putusan other than `dicabut` (and `proses`, which may not have one); working
    days counted from tanggal_keberatan to tanggal_tanggapan with the same moving forward, N = 30.
    A letter given twice by one objection counts once. `sengketa` counts `sengketa: ya`.
10. Rounding: every rate, mean and median is computed exactly (fractions) and rounded half away
    from zero to one decimal; min and maks are integers. Medians of an even count are the mean of
    the two middle values (then rounded).
11. Calendar: a day off is Saturday, Sunday, a `libur` day, or a `cuti-bersama` day unless that
    year's kalender file says `cuti_bersama: kerja`. `ganti_bawaan: true` drops the built-in days
    of that year. A year with neither a built-in list nor a local file counts weekends only
    (PPID508 in the program; here a note on standard error).
12. `per_kategori_pemohon` counts received requests; an empty or missing cell is `tidak-diisi`.
13. The per-request CSV lists every included processed request of every year, ordered by
    tanggal_pemberitahuan then nomor_registrasi; `hari_kerja` and `tepat_waktu` empty for dicabut.
"""
import argparse
import csv
import datetime as dt
import glob
import io
import json
import os
import re
import sys
from fractions import Fraction

import yaml

D = dt.date

# ---------------------------------------------------------------------------------------------
# Built-in holidays, typed from SOURCES.md ("Registers and time limits"), independently of the
# Swift tables. 2025: SKB 1017/2024, 2/2024, 2/2024, amended by SKB 933/2025, 1/2025, 3/2025
# (adds cuti bersama 18 August). 2026: SKB 1497/2025, 2/2025, 5/2025.
BUILTIN_LIBUR = {
    2025: ["01-01", "01-27", "01-29", "03-29", "03-31", "04-01", "04-18", "04-20", "05-01",
           "05-12", "05-29", "06-01", "06-06", "06-27", "08-17", "09-05", "12-25"],
    2026: ["01-01", "01-16", "02-17", "03-19", "03-21", "03-22", "04-03", "04-05", "05-01",
           "05-14", "05-27", "05-31", "06-01", "06-16", "08-17", "08-25", "12-25"],
}
BUILTIN_CUTI = {
    2025: ["01-28", "03-28", "04-02", "04-03", "04-04", "04-07", "05-13", "05-30", "06-09",
           "08-18", "12-26"],
    2026: ["02-16", "03-18", "03-20", "03-23", "03-24", "05-15", "05-28", "12-24"],
}

KEPUTUSAN = ["dipenuhi", "dipenuhi-sebagian", "ditolak", "tidak-dikuasai",
             "belum-didokumentasikan", "diteruskan", "dicabut"]  # `proses` is never a decision
CARA = ["langsung", "surat", "email", "situs", "telepon", "media-sosial", "lainnya"]
KATEGORI = ["perorangan", "kelompok", "badan-hukum"]
ALASAN = list("abcdefg")
PUTUSAN = ["diterima", "diterima-sebagian", "ditolak", "dicabut", "proses"]
HASIL = ["mediasi-berhasil", "dikabulkan", "dikabulkan-sebagian", "ditolak", "dicabut", "proses"]
PERIODE_CSV_HEADER = (
    "label,jenis,dari,sampai,lengkap,diterima,tertunda_awal,diproses,tertunda_akhir,"
    "keputusan.dipenuhi,keputusan.dipenuhi-sebagian,keputusan.ditolak,keputusan.tidak-dikuasai,"
    "keputusan.belum-didokumentasikan,keputusan.diteruskan,keputusan.dicabut,persen_dipenuhi,"
    "hari_kerja.rata_rata,hari_kerja.median,hari_kerja.min,hari_kerja.maks,hari_kerja.sebaran.0-10,"
    "hari_kerja.sebaran.11-17,hari_kerja.sebaran.lebih-17,tepat_waktu,persen_tepat_waktu,biaya_total,"
    "keberatan.masuk,keberatan.tepat_waktu,keberatan.hari_kerja_median,keberatan.sengketa,"
    "sengketa.terdaftar").split(",")
PERMOHONAN_CSV_HEADER = ["nomor_registrasi", "opd", "tanggal_permohonan", "tanggal_pemberitahuan",
                         "hari_kerja", "tepat_waktu", "keputusan"]


def note(msg):
    print("layanan_reference: " + msg, file=sys.stderr)


# ---------------------------------------------------------------------------------------------
# Calendar
class Calendar:
    """Working days: Monday-Friday less libur and (unless `cuti_bersama: kerja`) cuti bersama."""

    def __init__(self, local=None):
        # local: {year: {"libur": [(date, jenis)], "ganti_bawaan": bool, "cuti_bersama": "libur"|"kerja"}}
        local = local or {}
        self.off = {}      # year -> set of dates off (weekdays or not)
        self.known = set()
        years = set(BUILTIN_LIBUR) | set(local)
        for y in years:
            libur, cuti = set(), set()
            loc = local.get(y)
            if y in BUILTIN_LIBUR and not (loc and loc.get("ganti_bawaan")):
                libur |= {D(y, int(s[:2]), int(s[3:])) for s in BUILTIN_LIBUR[y]}
                cuti |= {D(y, int(s[:2]), int(s[3:])) for s in BUILTIN_CUTI.get(y, [])}
            if loc:
                for day, jenis in loc.get("libur", []):
                    (cuti if jenis == "cuti-bersama" else libur).add(day)
                if loc.get("cuti_bersama") == "kerja":
                    cuti = set()
            self.off[y] = libur | cuti
            self.known.add(y)
        self.warned = set()
        self._years = {}

    def is_working(self, d):
        if d.weekday() >= 5:
            return False
        if d.year not in self.known:
            if d.year not in self.warned:
                self.warned.add(d.year)
                note("no holiday calendar for %d: weekends only (PPID508; add kalender/%d.yml)"
                     % (d.year, d.year))
            return True
        return d not in self.off[d.year]

    def next_working(self, d):
        while not self.is_working(d):
            d += dt.timedelta(days=1)
        return d

    def _within(self, y):
        """within[i] = working days among the first i+1 days of year y."""
        arr = self._years.get(y)
        if arr is None:
            arr, n, d = [], 0, D(y, 1, 1)
            while d.year == y:
                n += 1 if self.is_working(d) else 0
                arr.append(n)
                d += dt.timedelta(days=1)
            self._years[y] = arr
        return arr

    def _upto(self, d):
        return self._within(d.year)[d.timetuple().tm_yday - 1]

    def count(self, r, e):
        """Working days d with r < d <= e."""
        if e <= r:
            return 0
        if r.year == e.year:
            return self._upto(e) - self._upto(r)
        n = self._within(r.year)[-1] - self._upto(r)
        for y in range(r.year + 1, e.year):
            n += self._within(y)[-1]
        return n + self._upto(e)

    def to_notice(self, r, t):
        """Working days of something received on r and answered on t (t moved forward)."""
        return self.count(r, self.next_working(t))

    def deadline(self, r, n):
        d = r
        while n > 0:
            d += dt.timedelta(days=1)
            if self.is_working(d):
                n -= 1
        return d


def as_date(v):
    if v is None:
        return None
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    s = str(v).strip()
    if not s:
        return None
    return D.fromisoformat(s[:10])


def load_calendar(content):
    local = {}
    for path in sorted(glob.glob(os.path.join(content, "kalender", "*.yml"))):
        with open(path, encoding="utf-8") as fh:
            doc = yaml.safe_load(fh) or {}
        year = int(doc.get("tahun") or os.path.splitext(os.path.basename(path))[0])
        days = []
        for item in doc.get("libur") or []:
            day = as_date(item.get("tanggal"))
            if day is None or day.year != year:
                note("%s: tanggal %r outside tahun %d ignored (PPID004 in the program)" % (path, day, year))
                continue
            days.append((day, item.get("jenis") or "libur"))
        local[year] = {"libur": days, "ganti_bawaan": bool(doc.get("ganti_bawaan", False)),
                       "cuti_bersama": doc.get("cuti_bersama") or "libur"}
    return Calendar(local)


# ---------------------------------------------------------------------------------------------
# Reading
def read_csv_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        text = fh.read()
    first = text.split("\n", 1)[0]
    delim = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    header = None
    for row in reader:
        if header is None:
            header = [h.strip() for h in row]
            continue
        if not any(c.strip() for c in row):
            continue
        yield {h: (row[i].strip() if i < len(row) else "") for i, h in enumerate(header)}


def word(v):
    return (v or "").strip().lower()


HURUF_RE = re.compile(r"pasal\s+17\s+huruf\s+([a-j])\b", re.IGNORECASE)


def huruf_of(alasan):
    """The set of Pasal 17 huruf cited in a `;`-separated alasan_penolakan."""
    out = set()
    for part in (alasan or "").split(";"):
        m = HURUF_RE.search(part)
        if m:
            out.add(m.group(1).lower())
    return out


def load(content, ref):
    with open(os.path.join(content, "ppid.yml"), encoding="utf-8") as fh:
        ppid = yaml.safe_load(fh) or {}
    utama = (ppid.get("ppid_utama") or {}).get("opd")
    names = {}
    for path in glob.glob(os.path.join(content, "opd", "*", "opd.yml")):
        with open(path, encoding="utf-8") as fh:
            names[os.path.basename(os.path.dirname(path))] = (yaml.safe_load(fh) or {}).get("nama")

    requests, left_out = [], 0
    for path in sorted(glob.glob(os.path.join(content, "layanan", "permohonan", "*.csv"))):
        for row in read_csv_rows(path):
            r = as_date(row.get("tanggal_permohonan"))
            t = as_date(row.get("tanggal_pemberitahuan"))
            if r > ref or (t and t > ref):
                left_out += 1
                continue
            kat = word(row.get("kategori_pemohon"))
            biaya = (row.get("biaya") or "").strip()
            requests.append({
                "nomor": row["nomor_registrasi"].strip(),
                "r": r, "t": t,
                "cara": word(row.get("cara")),
                "opd": word(row.get("opd")) or utama,
                "kategori": kat if kat else "tidak-diisi",
                "keputusan": word(row.get("keputusan")),
                "huruf": huruf_of(row.get("alasan_penolakan")),
                "perpanjangan": word(row.get("perpanjangan")) == "ya",
                "biaya": int(biaya) if biaya else 0,
            })
    objections = []
    for path in sorted(glob.glob(os.path.join(content, "layanan", "keberatan", "*.csv"))):
        for row in read_csv_rows(path):
            k = as_date(row.get("tanggal_keberatan"))
            a = as_date(row.get("tanggal_tanggapan"))
            if k > ref or (a and a > ref):
                left_out += 1
                continue
            objections.append({
                "nomor": row["nomor_keberatan"].strip(), "k": k, "a": a,
                "alasan": {x.strip().lower() for x in (row.get("alasan") or "").split(";") if x.strip()},
                "putusan": word(row.get("putusan")),
                "sengketa": word(row.get("sengketa")) == "ya",
            })
    disputes = []
    spath = os.path.join(content, "layanan", "sengketa.yml")
    if os.path.exists(spath):
        with open(spath, encoding="utf-8") as fh:
            doc = yaml.safe_load(fh) or {}
        for item in doc.get("sengketa") or []:
            reg = as_date(item.get("tanggal_registrasi"))
            put = as_date(item.get("tanggal_putusan"))
            if reg > ref or (put and put > ref):
                left_out += 1
                continue
            disputes.append({"reg": reg, "hasil": word(item.get("hasil"))})
    if left_out:
        note("%d row(s) dated after %s left out (PPID502)" % (left_out, ref.isoformat()))
    return {"badan_publik": ppid.get("nama"), "names": names,
            "requests": requests, "objections": objections, "disputes": disputes}


# ---------------------------------------------------------------------------------------------
# Figures
def round1(x):
    """Round a non-negative Fraction half away from zero to one decimal, as a float."""
    if x is None:
        return None
    x = Fraction(x)
    sign = -1 if x < 0 else 1
    tenths = (abs(x) * 10 + Fraction(1, 2)).__floor__()
    return sign * tenths / 10.0


def pct(num, den):
    return None if den == 0 else round1(Fraction(num * 100, den))


def median(values):
    if not values:
        return None
    v = sorted(values)
    n = len(v)
    if n % 2:
        return round1(Fraction(v[n // 2]))
    return round1(Fraction(v[n // 2 - 1] + v[n // 2], 2))


def request_days(cal, q):
    """(working days, on time) of a processed request; (None, None) for dicabut."""
    if "_days" not in q:
        if q["keputusan"] == "dicabut":
            q["_days"] = (None, None)
        else:
            n = cal.to_notice(q["r"], q["t"])
            q["_days"] = (n, n <= (17 if q["perpanjangan"] else 10))
    return q["_days"]


def month_range(start, end):
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        yield "%04d-%02d" % (y, m)
        m += 1
        if m == 13:
            y, m = y + 1, 1


def figures(data, cal, label, jenis, dari, sampai, ref):
    end = min(sampai, ref)
    reqs = data["requests"]

    def in_p(d):
        return d is not None and dari <= d <= end

    def pending_at_end(q):
        return q["r"] <= end and (q["t"] is None or q["t"] > end)

    received = [q for q in reqs if in_p(q["r"])]
    processed = [q for q in reqs if in_p(q["t"])]
    awal = [q for q in reqs if q["r"] < dari and (q["t"] is None or q["t"] >= dari)]
    akhir = [q for q in reqs if pending_at_end(q)]
    assert len(akhir) == len(awal) + len(received) - len(processed), label

    keputusan = {w: 0 for w in KEPUTUSAN}
    for q in processed:
        keputusan[q["keputusan"]] += 1
    granted = keputusan["dipenuhi"] + keputusan["dipenuhi-sebagian"]

    days, on_time = [], 0
    for q in processed:
        n, ok = request_days(cal, q)
        if n is not None:
            days.append(n)
            on_time += 1 if ok else 0
    hari_kerja = {
        "rata_rata": round1(Fraction(sum(days), len(days))) if days else None,
        "median": median(days),
        "min": min(days) if days else None,
        "maks": max(days) if days else None,
        "sebaran": {"0-10": sum(1 for n in days if n <= 10),
                    "11-17": sum(1 for n in days if 11 <= n <= 17),
                    "lebih-17": sum(1 for n in days if n > 17)},
    }

    huruf = {}
    for q in processed:
        if q["keputusan"] in ("ditolak", "dipenuhi-sebagian"):
            for h in q["huruf"]:
                huruf[h] = huruf.get(h, 0) + 1
    alasan = [{"dasar": "Pasal 17 huruf " + h, "jumlah": n}
              for h, n in sorted(huruf.items(), key=lambda kv: (-kv[1], kv[0]))]

    kategori = {w: 0 for w in KATEGORI + ["tidak-diisi"]}
    for q in received:
        kategori[q["kategori"]] += 1

    opds = {}
    for q in received + processed:
        opds.setdefault(q["opd"], None)
    per_opd = {slug: {"opd": slug, "nama": data["names"].get(slug), "diterima": 0, "diproses": 0,
                      "tepat_waktu": 0, "tertunda_akhir": 0} for slug in opds}
    for q in received:
        per_opd[q["opd"]]["diterima"] += 1
    for q in processed:
        per_opd[q["opd"]]["diproses"] += 1
        per_opd[q["opd"]]["tepat_waktu"] += 1 if request_days(cal, q)[1] else 0
    for q in akhir:
        if q["opd"] in per_opd:
            per_opd[q["opd"]]["tertunda_akhir"] += 1
    per_opd = list(per_opd.values())
    per_opd.sort(key=lambda o: (-o["diterima"], o["opd"]))

    cara = {w: 0 for w in CARA}
    for q in received:
        cara[q["cara"]] += 1
    per_cara = [{"cara": w, "diterima": n} for w, n in sorted(cara.items(), key=lambda kv: (-kv[1], kv[0]))]

    by_month_r, by_month_t = {}, {}
    for q in received:
        b = q["r"].isoformat()[:7]
        by_month_r[b] = by_month_r.get(b, 0) + 1
    for q in processed:
        b = q["t"].isoformat()[:7]
        by_month_t[b] = by_month_t.get(b, 0) + 1
    per_bulan = [{"bulan": b, "diterima": by_month_r.get(b, 0), "diproses": by_month_t.get(b, 0)}
                 for b in month_range(dari, end)]

    oldest = sorted(akhir, key=lambda q: (q["r"], q["nomor"]))[:10]
    terlama = [{"nomor_registrasi": q["nomor"], "tanggal_permohonan": q["r"].isoformat(),
                "hari_kerja": cal.count(q["r"], end)} for q in oldest]

    objs = [o for o in data["objections"] if in_p(o["k"])]
    per_alasan = {x: sum(1 for o in objs if x in o["alasan"]) for x in ALASAN}
    putusan = {w: sum(1 for o in objs if o["putusan"] == w) for w in PUTUSAN}
    answered = [cal.to_notice(o["k"], o["a"]) for o in objs
                if o["a"] is not None and o["putusan"] not in ("dicabut", "proses")]
    keberatan = {"masuk": len(objs), "per_alasan": per_alasan, "putusan": putusan,
                 "tepat_waktu": sum(1 for n in answered if n <= 30),
                 "hari_kerja_median": median(answered),
                 "sengketa": sum(1 for o in objs if o["sengketa"])}

    disp = [s for s in data["disputes"] if in_p(s["reg"])]
    sengketa = {"terdaftar": len(disp),
                "per_hasil": {w: sum(1 for s in disp if s["hasil"] == w) for w in HASIL}}

    return {
        "label": label, "jenis": jenis, "dari": dari.isoformat(), "sampai": sampai.isoformat(),
        "lengkap": ref > sampai,
        "diterima": len(received), "tertunda_awal": len(awal), "diproses": len(processed),
        "tertunda_akhir": len(akhir),
        "keputusan": keputusan,
        "persen_dipenuhi": pct(granted, granted + keputusan["ditolak"]),
        "hari_kerja": hari_kerja,
        "tepat_waktu": on_time,
        "persen_tepat_waktu": pct(on_time, len(days)),
        "alasan_penolakan": alasan,
        "per_kategori_pemohon": kategori,
        "biaya_total": sum(q["biaya"] for q in processed),
        "per_opd": per_opd,
        "per_cara": per_cara,
        "per_bulan": per_bulan,
        "tertunda_terlama": terlama,
        "keberatan": keberatan,
        "sengketa": sengketa,
    }


def periods(data, ref):
    years = [q["r"].year for q in data["requests"]] + [o["k"].year for o in data["objections"]]
    if not years:
        return []
    out = []
    for y in range(ref.year, min(years) - 1, -1):
        out.append((str(y), "tahun", D(y, 1, 1), D(y, 12, 31)))
        out.append(("%d-s1" % y, "semester", D(y, 1, 1), D(y, 6, 30)))
        if D(y, 7, 1) <= ref:
            out.append(("%d-s2" % y, "semester", D(y, 7, 1), D(y, 12, 31)))
    return out


def compute(content, ref):
    cal = load_calendar(content)
    data = load(content, ref)
    doc = {"badan_publik": data["badan_publik"], "tanggal_acuan": ref.isoformat(),
           "periode": [figures(data, cal, l, j, a, b, ref) for l, j, a, b in periods(data, ref)]}
    rows = []
    for q in sorted((q for q in data["requests"] if q["t"] is not None),
                    key=lambda q: (q["t"], q["nomor"])):
        n, ok = request_days(cal, q)
        rows.append([q["nomor"], q["opd"], q["r"].isoformat(), q["t"].isoformat(),
                     "" if n is None else str(n), "" if ok is None else ("true" if ok else "false"),
                     q["keputusan"]])
    return doc, rows


def cell(v):
    if v is None:
        return ""
    if v is True:
        return "true"
    if v is False:
        return "false"
    return str(v)


def periode_csv_rows(doc):
    for p in doc["periode"]:
        row = []
        for key in PERIODE_CSV_HEADER:
            v = p
            parts = key.split(".")
            # sebaran keys contain no dots of their own: walk the path
            for part in parts:
                v = v[part]
            row.append(cell(v))
        yield row


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


# ---------------------------------------------------------------------------------------------
# Self-test
def self_test():
    cal = Calendar()
    fails = []

    def check(name, got, want):
        if got != want:
            fails.append("%s: got %r, want %r" % (name, got, want))

    # REQUESTS.md worked examples
    check("17 Mar 2026 -> 25 Mar: 1 working day", cal.to_notice(D(2026, 3, 17), D(2026, 3, 25)), 1)
    check("13 Mar 2026: deadline 6 Apr", cal.deadline(D(2026, 3, 13), 10), D(2026, 4, 6))
    # Nyepi 2026 (Thu 19 Mar) with cuti bersama 18 and 20 Mar: a notice on Nyepi moves to 25 Mar
    check("Nyepi notice moves forward", cal.next_working(D(2026, 3, 19)), D(2026, 3, 25))
    check("received on cuti 18 Mar, notice on Nyepi", cal.to_notice(D(2026, 3, 18), D(2026, 3, 19)), 1)
    check("11 Mar 2026: deadline 1 Apr", cal.deadline(D(2026, 3, 11), 10), D(2026, 4, 1))
    # Idulfitri 2026 (Sat-Sun 21-22 Mar): Mon 23 and Tue 24 are cuti bersama
    check("Idulfitri 2026: 20-24 Mar off", [cal.is_working(D(2026, 3, d)) for d in range(18, 26)],
          [False] * 7 + [True])
    check("received day before Idulfitri 2026 (Fri 20 Mar), extended deadline",
          cal.deadline(D(2026, 3, 20), 17), D(2026, 4, 17))
    # Idulfitri 2025 (Mon 31 Mar - Tue 1 Apr) with cuti 28 Mar, 2-4 and 7 Apr
    check("received Sun 30 Mar 2025 (day before Idulfitri), notice Tue 8 Apr",
          cal.to_notice(D(2025, 3, 30), D(2025, 4, 8)), 1)
    check("Nyepi 2025 is a Saturday: Fri 28 Mar cuti", cal.is_working(D(2025, 3, 28)), False)
    # Sunday receipt starts counting on Monday; same-day notice on a working day is 0
    check("Sunday receipt, Monday notice", cal.to_notice(D(2026, 3, 1), D(2026, 3, 2)), 1)
    check("Sunday receipt, same-day notice", cal.to_notice(D(2026, 3, 1), D(2026, 3, 1)), 1)
    check("same working day", cal.to_notice(D(2026, 3, 2), D(2026, 3, 2)), 0)
    check("Saturday notice counts through Monday", cal.to_notice(D(2026, 3, 5), D(2026, 3, 7)), 2)
    check("pending count has no moving forward", cal.count(D(2026, 3, 5), D(2026, 3, 8)), 1)
    # 18 August 2025 added by the amendment
    check("18 Aug 2025 cuti bersama", cal.is_working(D(2025, 8, 18)), False)
    check("2025 days off on weekdays", sum(1 for d in cal.off[2025] if d.weekday() < 5), 24)
    check("2026 days off on weekdays", sum(1 for d in cal.off[2026] if d.weekday() < 5), 21)
    # local calendars
    loc = Calendar({2026: {"libur": [(D(2026, 6, 19), "libur")], "ganti_bawaan": False,
                           "cuti_bersama": "libur"}})
    check("local day off shifts a deadline", loc.deadline(D(2026, 6, 10), 10), D(2026, 6, 26))
    check("without it", cal.deadline(D(2026, 6, 10), 10), D(2026, 6, 25))
    kerja = Calendar({2026: {"libur": [(D(2026, 6, 19), "cuti-bersama")], "ganti_bawaan": False,
                             "cuti_bersama": "kerja"}})
    check("cuti_bersama: kerja", [kerja.is_working(D(2026, 3, d)) for d in (18, 19, 20, 23, 24)],
          [True, False, True, True, True])
    check("cuti_bersama: kerja, local cuti too", kerja.is_working(D(2026, 6, 19)), True)
    ganti = Calendar({2026: {"libur": [], "ganti_bawaan": True, "cuti_bersama": "libur"}})
    check("ganti_bawaan drops built-ins", ganti.is_working(D(2026, 4, 3)), True)
    # the prefix counting agrees with a plain day-by-day walk, across year ends
    import random as _random
    rnd = _random.Random(1)
    walk = Calendar()
    walk.warned.update(range(2024, 2028))
    cal.warned.update(range(2024, 2028))
    for _ in range(300):
        r = D(2024, 12, 1) + dt.timedelta(days=rnd.randint(0, 800))
        e = r + dt.timedelta(days=rnd.randint(0, 90))
        naive, d = 0, r + dt.timedelta(days=1)
        while d <= e:
            naive += 1 if walk.is_working(d) else 0
            d += dt.timedelta(days=1)
        check("count %s..%s" % (r, e), cal.count(r, e), naive)
    # rounding and medians (STATISTICS.md)
    check("23 of 80", pct(23, 80), 28.8)
    check("6.25", round1(Fraction(625, 100)), 6.3)
    check("median even", median([1, 2, 3, 10]), 2.5)
    check("median odd", median([5, 1, 3]), 3.0)
    check("huruf", sorted(huruf_of("UU 14/2008 Pasal 17 huruf h angka 2; pasal 17 huruf B: rahasia;"
                                   " Pasal 17 huruf h angka 3")), ["b", "h"])
    # a tiny register: identities hold and periods come out as specified
    data = {"badan_publik": "X", "names": {"a": "A"}, "objections": [], "disputes": [], "requests": [
        {"nomor": "1", "r": D(2025, 12, 30), "t": D(2026, 1, 2), "cara": "surat", "opd": "a",
         "kategori": "tidak-diisi", "keputusan": "dipenuhi", "huruf": set(), "perpanjangan": False, "biaya": 0},
        {"nomor": "2", "r": D(2026, 6, 29), "t": None, "cara": "email", "opd": "a",
         "kategori": "kelompok", "keputusan": "proses", "huruf": set(), "perpanjangan": False, "biaya": 0},
    ]}
    ref = D(2026, 7, 3)
    ps = periods(data, ref)
    check("periods", [p[0] for p in ps], ["2026", "2026-s1", "2026-s2", "2025", "2025-s1", "2025-s2"])
    f = {p[0]: figures(data, cal, *p, ref) for p in ps}
    check("2025 pending at end", f["2025"]["tertunda_akhir"], 1)
    check("2026 pending at start", f["2026"]["tertunda_awal"], 1)
    check("2026-s1 oldest pending", f["2026-s1"]["tertunda_terlama"],
          [{"nomor_registrasi": "2", "tanggal_permohonan": "2026-06-29", "hari_kerja": 1}])
    check("2026 lengkap", f["2026"]["lengkap"], False)
    check("2026-s1 lengkap", f["2026-s1"]["lengkap"], True)
    check("2026 hari_kerja of request 1", f["2026"]["hari_kerja"]["maks"], 2)
    check("per_bulan up to end", [b["bulan"] for b in f["2026-s2"]["per_bulan"]], ["2026-07"])
    if fails:
        for line in fails:
            print("FAIL " + line)
        return 1
    print("self-test: all checks pass")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--content")
    ap.add_argument("--tanggal")
    ap.add_argument("--json")
    ap.add_argument("--csv", help="data/layanan-informasi-permohonan.csv")
    ap.add_argument("--csv-periode", help="data/layanan-informasi.csv")
    ap.add_argument("--self-test", action="store_true")
    args = ap.parse_args()
    if args.self_test:
        return self_test()
    if not (args.content and args.tanggal):
        ap.error("--content and --tanggal are required (or --self-test)")
    ref = D.fromisoformat(args.tanggal)
    doc, rows = compute(args.content, ref)
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)
    if args.csv:
        write_csv(args.csv, PERMOHONAN_CSV_HEADER, rows)
    if args.csv_periode:
        write_csv(args.csv_periode, PERIODE_CSV_HEADER, periode_csv_rows(doc))
    return 0


if __name__ == "__main__":
    sys.exit(main())
