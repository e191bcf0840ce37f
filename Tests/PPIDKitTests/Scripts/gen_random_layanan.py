#!/usr/bin/env python3
"""Random but valid request/objection registers for an existing content folder (REQUESTS.md).

    gen_random_layanan.py --content DIR --seed N [--requests 300] [--until YYYY-MM-DD] [--local-calendar]
    gen_random_layanan.py --content DIR --rows 100000 [--seed N]          # benchmark volume

Replaces DIR/layanan/permohonan/*.csv, DIR/layanan/keberatan/*.csv and DIR/layanan/sengketa.yml
(DIR/layanan/laporan/ is left alone). OPD slugs come from the DIR/opd/*/ folders; some rows leave
`opd` empty (the PPID Utama's OPD). Deterministic: the same arguments give byte-identical files.

What the registers exercise: requests from 2025-01-02 to --until (default 2026-11-24) split over
three files (`,` in two, `;` in one, one with a BOM and CRLF line ends); all eight `keputusan`
words; `proses` only for requests received in the last 15 working days before --until (so some
may be past their deadline on the day after: PPID505 is possible); withdrawals; `perpanjangan: ya`
with answers after 10 and after 17 working days; notices on Saturdays, Sundays and holidays;
receipts on Sundays and on the day before Nyepi and Idulfitri 2025 and 2026; refusals and partial
grants citing one or two Pasal 17 references in several of LAW.md's written forms, separated by
`;`, each citing only a huruf that the OPD's own dik.yml lists (an OPD whose dik.yml lists no
Pasal 17 reference never refuses, so PPID506 is not drawn); fees; `kategori_pemohon` sometimes
empty; dates with a time after them. Objections: letters a-g (one or several), every `putusan`
word, some answered after 30 working days, some citing requests and some not, `sengketa: ya` for
each objection that a dispute in sengketa.yml names (every `tahap` and `hasil` word appears).
With --local-calendar, DIR/kalender/2026.yml adds a local day off (Friday 19 June 2026) and a local
cuti bersama (Friday 11 September 2026) that fall inside some requests' deadlines.

Nothing is dated after --until: check with `--tanggal` on or after it and no PPID501-504, 507-509
finding is expected (PPID509 only if the reference date is after 31 March of a year whose
laporan/<tahun>.md is missing; PPID505 possible, see above).
"""
import argparse
import bisect
import csv
import datetime as dt
import glob
import os
import random
import re
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from layanan_reference import Calendar  # noqa: E402

D = dt.date
HEADER = ["nomor_registrasi", "tanggal_permohonan", "cara", "opd", "kategori_pemohon", "keputusan",
          "alasan_penolakan", "tanggal_pemberitahuan", "perpanjangan", "biaya"]
HEADER_KEBERATAN = ["nomor_keberatan", "tanggal_keberatan", "nomor_registrasi", "alasan",
                    "tanggal_tanggapan", "putusan", "sengketa"]
CARA = ["langsung", "surat", "email", "situs", "telepon", "media-sosial", "lainnya"]
KATEGORI = ["perorangan", "kelompok", "badan-hukum", ""]
KEPUTUSAN = [("dipenuhi", 60), ("dipenuhi-sebagian", 9), ("ditolak", 8), ("tidak-dikuasai", 5),
             ("belum-didokumentasikan", 4), ("diteruskan", 5), ("dicabut", 5)]
PUTUSAN = ["diterima", "diterima-sebagian", "ditolak", "dicabut", "proses"]
EVE = [D(2025, 3, 28), D(2025, 3, 30), D(2026, 3, 18), D(2026, 3, 20)]  # before Nyepi / Idulfitri
LOCAL_DAYS = [(D(2026, 6, 19), "Hari Jadi Kabupaten", "libur"),
              (D(2026, 9, 11), "Cuti bersama hari jadi provinsi", "cuti-bersama")]
REF_RE = re.compile(r"pasal\s+17\s+huruf\s+([a-j])(?:\s+angka\s+(\d+))?", re.IGNORECASE)
FORMS = ["Pasal 17 huruf {h}{a}", "UU 14/2008 Pasal 17 huruf {h}{a}", "pasal 17 huruf {h}{a}",
         "Pasal 17 huruf {h}{a} UU KIP", "Undang-Undang Nomor 14 Tahun 2008 Pasal 17 huruf {h}{a}",
         "Pasal 17 huruf {h}{a}: hasil uji konsekuensi", "UU No.14/2008, Pasal 17 huruf {h}{a}",
         "Pasal  17  huruf {h}{a} (lihat DIK)"]


def pick(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.uniform(0, total)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


class FastDays:
    """Working-day arithmetic by index over a fixed span (for the benchmark volume)."""

    def __init__(self, cal, start, end):
        self.cal = cal
        self.work = []
        d = start
        while d <= end:
            if cal.is_working(d):
                self.work.append(d)
            d += dt.timedelta(days=1)

    def deadline(self, r, n):
        i = bisect.bisect_right(self.work, r)   # first working day after r
        return self.work[i + n - 1]

    def last_working_on_or_before(self, d):
        return self.work[bisect.bisect_right(self.work, d) - 1]


def dik_refs(content, slugs):
    """slug -> [(huruf, angka or '')] of the Pasal 17 references its dik.yml lists."""
    out = {}
    for slug in slugs:
        path = os.path.join(content, "opd", slug, "dik.yml")
        refs = []
        if os.path.exists(path):
            try:
                with open(path, encoding="utf-8") as fh:
                    doc = yaml.safe_load(fh) or {}
            except yaml.YAMLError:
                doc = {}
            for item in (doc.get("dikecualikan") or []) if isinstance(doc, dict) else []:
                # a draft or an opened exemption (`dibuka`) is no DIK item a refusal can rest on
                if not isinstance(item, dict) or item.get("draf") is True or item.get("dibuka"):
                    continue
                dh = item.get("dasar_hukum")
                for entry in (dh if isinstance(dh, list) else [dh]):
                    m = REF_RE.search(str(entry or ""))
                    if m and (m.group(1).lower(), m.group(2) or "") not in refs:
                        refs.append((m.group(1).lower(), m.group(2) or ""))
        out[slug] = refs
    return out


def cite(rng, refs):
    chosen = rng.sample(refs, 2 if len(refs) > 1 and rng.random() < 0.3 else 1)
    parts = []
    for h, a in chosen:
        angka = (" angka " + a) if a and rng.random() < 0.8 else ""
        parts.append(rng.choice(FORMS).format(h=h if rng.random() < 0.8 else h.upper(), a=angka))
    sep = rng.choice(["; ", ";"])
    return sep.join(parts) + (";" if rng.random() < 0.05 else "")


def date_text(rng, d):
    if d is None:
        return ""
    if rng.random() < 0.03:
        return d.isoformat() + rng.choice([" 09:15", " 13:02:44", "T10:30:00"])
    return d.isoformat()


def content_facts(content):
    with open(os.path.join(content, "ppid.yml"), encoding="utf-8") as fh:
        utama = (yaml.safe_load(fh) or {}).get("ppid_utama", {}).get("opd")
    slugs = sorted(os.path.basename(os.path.dirname(p)) for p in glob.glob(os.path.join(content, "opd", "*", "opd.yml")))
    if not slugs:
        raise SystemExit("no DIR/opd/*/opd.yml")
    return utama, slugs


def reset(content):
    base = os.path.join(content, "layanan")
    for sub in ("permohonan", "keberatan"):
        os.makedirs(os.path.join(base, sub), exist_ok=True)
        for path in glob.glob(os.path.join(base, sub, "*.csv")):
            os.remove(path)
    if os.path.exists(os.path.join(base, "sengketa.yml")):
        os.remove(os.path.join(base, "sengketa.yml"))
    return base


def write_local_calendar(content):
    os.makedirs(os.path.join(content, "kalender"), exist_ok=True)
    lines = ["# Hari libur daerah (uji): ditambahkan pada hari libur bawaan 2026.", "tahun: 2026", "libur:"]
    for d, nama, jenis in LOCAL_DAYS:
        lines.append("  - { tanggal: %s, nama: %s, jenis: %s }" % (d.isoformat(), nama, jenis))
    lines += ["ganti_bawaan: false", "cuti_bersama: libur", ""]
    with open(os.path.join(content, "kalender", "2026.yml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))


def random_registers(args):
    rng = random.Random(args.seed)
    utama, slugs = content_facts(args.content)
    until = D.fromisoformat(args.until)
    local = None
    if args.local_calendar:
        write_local_calendar(args.content)
        local = {2026: {"libur": [(d, j) for d, _, j in LOCAL_DAYS], "ganti_bawaan": False,
                        "cuti_bersama": "libur"}}
    cal = Calendar(local)
    cal.warned.update(range(1900, 2200))  # years without a calendar: weekends only, silently
    fast = FastDays(cal, D(2024, 12, 1), D(2027, 3, 31))
    refs = dik_refs(args.content, slugs)
    start = D(2025, 1, 2)
    span = [start + dt.timedelta(days=i) for i in range((until - start).days + 1)]
    work = [d for d in span if cal.is_working(d)]
    proses_from = fast.work[bisect.bisect_right(fast.work, until) - 15]

    receipts = []
    for i in range(args.requests):
        x = rng.random()
        if x < 0.06:
            receipts.append(rng.choice([d for d in span if d.weekday() == 6]))  # a Sunday
        elif x < 0.10:
            receipts.append(rng.choice([d for d in EVE if d <= until] or [start]))
        elif x < 0.13 and args.local_calendar and until >= D(2026, 6, 19):
            receipts.append(rng.choice([D(2026, 6, 8), D(2026, 6, 10), D(2026, 6, 12), D(2026, 6, 17),
                                        D(2026, 8, 31), D(2026, 9, 2), D(2026, 9, 4)]))
        elif x < 0.16:
            receipts.append(rng.choice(span))  # any day
        else:
            receipts.append(rng.choice(work))
    receipts = [r for r in receipts if r <= until]
    receipts.sort()
    # a few pending ones near the end
    receipts += [rng.choice([d for d in work if d >= proses_from]) for _ in range(max(3, args.requests // 60))]

    requests = []
    for i, r in enumerate(receipts):
        nomor = "%s/%05d/PPID/%d" % (rng.choice(["REG", "PMH"]), i + 1, r.year)  # unique by index
        opd = rng.choice(slugs) if rng.random() < 0.88 else ""
        slug = opd or utama
        keputusan = pick(rng, KEPUTUSAN)
        if keputusan in ("ditolak", "dipenuhi-sebagian") and not refs.get(slug):
            keputusan = "dipenuhi"
        perpanjangan = rng.random() < 0.12
        if keputusan == "dicabut":
            n = rng.randint(0, 8)
        elif perpanjangan:
            n = rng.choice([rng.randint(3, 10), rng.randint(11, 17), rng.randint(18, 25)])
        else:
            n = rng.choice([rng.randint(0, 10)] * 6 + [rng.randint(11, 14), rng.randint(15, 22)])
        t = fast.deadline(r, n) if n > 0 else r
        x = rng.random()
        if x < 0.05:
            t += dt.timedelta(days=(5 - t.weekday()) % 7)        # a Saturday notice
        elif x < 0.08:
            t += dt.timedelta(days=(6 - t.weekday()) % 7)        # a Sunday notice
        elif x < 0.10:
            hol = [d for d in sorted(cal.off.get(t.year, ())) if t <= d <= t + dt.timedelta(days=20) and d.weekday() < 5]
            if hol:
                t = hol[0]                                      # a notice dated on a holiday
        if r >= proses_from and (rng.random() < 0.6 or t > until):
            keputusan, t, perpanjangan = "proses", None, False
        elif t > until:
            t = until
        alasan = cite(rng, refs[slug]) if keputusan in ("ditolak", "dipenuhi-sebagian") else ""
        biaya = ""
        if keputusan in ("dipenuhi", "dipenuhi-sebagian") and rng.random() < 0.12:
            biaya = str(rng.choice([1000, 2500, 5000, 15000, 50000, 125000]))
        elif rng.random() < 0.3:
            biaya = "0"
        requests.append({
            "nomor": nomor, "r": r, "t": t, "keputusan": keputusan, "perpanjangan": perpanjangan,
            "row": [nomor, date_text(rng, r), rng.choice(CARA), opd, rng.choice(KATEGORI), keputusan,
                    alasan, date_text(rng, t),
                    "ya" if perpanjangan else rng.choice(["", "tidak", "tidak"]), biaya]})
    rng.shuffle(requests)
    files = [("register-a.csv", ",", False), ("register-b.csv", ";", False), ("register-c.csv", ",", True)]
    base = reset(args.content)
    chunks = [requests[i::3] for i in range(3)]
    for (name, delim, bom), chunk in zip(files, chunks):
        chunk.sort(key=lambda q: (q["r"], q["nomor"]))
        with open(os.path.join(base, "permohonan", name), "w", encoding="utf-8", newline="") as fh:
            if bom:
                fh.write("\ufeff")
            w = csv.writer(fh, delimiter=delim, lineterminator="\r\n" if bom else "\n")
            w.writerow(HEADER)
            w.writerows(q["row"] for q in chunk)

    # objections
    answered = [q for q in requests if q["t"] is not None and q["t"] <= until - dt.timedelta(days=10)]
    answered.sort(key=lambda q: q["nomor"])
    n_obj = max(8, len(requests) // 20)
    cited = rng.sample(answered, min(len(answered), n_obj))
    objections = []
    for i in range(n_obj):
        q = cited[i] if i < len(cited) and rng.random() < 0.8 else None
        base_day = q["t"] if q else rng.choice(work)
        k = fast.deadline(base_day, rng.randint(1, 25))
        if rng.random() < 0.05:
            k = base_day + dt.timedelta(days=(6 - base_day.weekday()) % 7 or 7)  # a Sunday e-mail
        if k > until:
            k = fast.last_working_on_or_before(until)
        if q and k < q["t"]:
            k = q["t"]
        putusan = PUTUSAN[i % 5] if i < 5 else rng.choice(PUTUSAN[:3] * 3 + PUTUSAN[3:])
        if putusan == "proses":  # still pending: received in the last weeks
            k = min(fast.deadline(until - dt.timedelta(days=35), rng.randint(1, 15)), until)
            if q and q["t"] > k:
                q = None
        a = None
        if putusan not in ("dicabut", "proses"):
            late = i % 7 == 5 or rng.random() < 0.15  # answered after the 30 working days
            a = fast.deadline(k, rng.randint(31, 40) if late else rng.randint(2, 30))
            if a > until:
                putusan, a = "proses", None
        letters = sorted(rng.sample("abcdefg", rng.choice([1, 1, 1, 2, 3])))
        objections.append({"k": k, "a": a, "putusan": putusan,
                           "q": q, "alasan": letters, "sengketa": ""})
    objections.sort(key=lambda o: o["k"])
    for i, o in enumerate(objections):
        o["nomor"] = "KB/%d/%03d" % (o["k"].year, i + 1)
    # disputes: objections that were answered (not upheld in full) go to the KI
    hasil_cycle = ["mediasi-berhasil", "dikabulkan", "dikabulkan-sebagian", "ditolak", "dicabut", "proses"]
    tahap_for = {"mediasi-berhasil": "selesai", "dikabulkan": "ajudikasi", "dikabulkan-sebagian": "pengadilan",
                 "ditolak": "selesai", "dicabut": "selesai", "proses": "mediasi"}
    disputes = []
    for o in [o for o in objections if o["a"] is not None and o["putusan"] != "diterima"]:
        if len(disputes) == len(hasil_cycle):
            break
        reg = fast.deadline(o["a"], rng.randint(1, 14))
        hasil = hasil_cycle[len(disputes)]
        put = fast.deadline(reg, rng.randint(10, 90)) if hasil != "proses" else None
        if reg > until or (put and put > until):
            continue
        o["sengketa"] = "ya"
        disputes.append({"o": o, "reg": reg, "hasil": hasil, "put": put})
    for o in objections:
        if not o["sengketa"] and rng.random() < 0.4:
            o["sengketa"] = "tidak"
    with open(os.path.join(base, "keberatan", "keberatan.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(HEADER_KEBERATAN)
        for o in objections:
            w.writerow([o["nomor"], date_text(rng, o["k"]), o["q"]["nomor"] if o["q"] else "",
                        rng.choice([";", "; "]).join(o["alasan"]), date_text(rng, o["a"]), o["putusan"],
                        o["sengketa"]])
    if disputes:
        lines = ["sengketa:"]
        roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
        for i, s in enumerate(disputes):
            lines += ["  - nomor_perkara: %03d/%s/KI-Prov-PS/%d" % (i + 11, roman[s["reg"].month - 1], s["reg"].year),
                      "    tanggal_registrasi: %s" % s["reg"].isoformat(),
                      "    nomor_keberatan: %s" % s["o"]["nomor"],
                      "    tahap: %s" % tahap_for[s["hasil"]],
                      "    hasil: %s" % s["hasil"]]
            if s["put"]:
                lines.append("    tanggal_putusan: %s" % s["put"].isoformat())
            if s["hasil"] in ("mediasi-berhasil", "dikabulkan"):
                lines.append("    tindak_lanjut: Informasi diberikan kepada pemohon.")
        with open(os.path.join(base, "sengketa.yml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
    words = {}
    for q in requests:
        words[q["keputusan"]] = words.get(q["keputusan"], 0) + 1
    print("permohonan %d %s; keberatan %d; sengketa %d" % (len(requests), dict(sorted(words.items())),
                                                           len(objections), len(disputes)))


def benchmark_rows(args):
    """Many request rows, written fast: two files per year (each well under 16 MB)."""
    rng = random.Random(args.seed)
    utama, slugs = content_facts(args.content)
    cal = Calendar()
    cal.warned.update(range(1900, 2200))
    fast = FastDays(cal, D(2024, 12, 1), D(2027, 3, 31))
    refs = dik_refs(args.content, slugs)
    refusing = [s for s in slugs if refs.get(s)]
    start, end, export = D(2025, 1, 2), D(2026, 11, 20), D(2026, 11, 24)
    span = (end - start).days
    base = reset(args.content)
    handles = {}
    words = [w for w, n in KEPUTUSAN for _ in range(n)]
    for i in range(args.rows):
        r = start + dt.timedelta(days=(i * span) // args.rows)
        key = (r.year, 1 if r.month <= 6 else 2)
        if key not in handles:
            fh = open(os.path.join(base, "permohonan", "register-%d-s%d.csv" % key), "w", encoding="utf-8", newline="")
            w = csv.writer(fh, delimiter=";" if key[1] == 2 else ",", lineterminator="\n")
            w.writerow(HEADER)
            handles[key] = (fh, w)
        opd = slugs[i % len(slugs)] if i % 9 else ""
        keputusan = words[rng.randrange(len(words))]
        slug = opd or utama
        if keputusan in ("ditolak", "dipenuhi-sebagian") and not refs.get(slug):
            opd, slug = (refusing[i % len(refusing)], refusing[i % len(refusing)]) if refusing else (opd, slug)
            if not refusing:
                keputusan = "dipenuhi"
        n = rng.randint(0, 12) if i % 13 else rng.randint(11, 20)
        t = fast.deadline(r, n) if n else r
        if t > export:
            keputusan, t = "proses", None
        alasan = ""
        if keputusan in ("ditolak", "dipenuhi-sebagian"):
            h, a = refs[slug][i % len(refs[slug])]
            alasan = "Pasal 17 huruf %s%s" % (h, (" angka " + a) if a else "")
        handles[key][1].writerow(["REG-%07d" % (i + 1), r.isoformat(), CARA[i % 7], opd, KATEGORI[i % 4],
                                  keputusan, alasan, t.isoformat() if t else "",
                                  "ya" if i % 11 == 0 else "", "5000" if i % 17 == 0 else "0"])
    for fh, _ in handles.values():
        fh.close()
    with open(os.path.join(base, "keberatan", "keberatan.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(HEADER_KEBERATAN)
        for j in range(args.rows // 100):
            i = j * 97
            r = start + dt.timedelta(days=(i * span) // args.rows)
            k = fast.deadline(r, 15)
            a = fast.deadline(k, 5 + j % 30)
            if a > export:
                w.writerow(["KB-%06d" % (j + 1), k.isoformat(), "REG-%07d" % (i + 1), "a;g", "", "proses", ""])
            else:
                w.writerow(["KB-%06d" % (j + 1), k.isoformat(), "REG-%07d" % (i + 1), "a;g", a.isoformat(),
                            PUTUSAN[j % 3], ""])
    print("permohonan %d rows in %d files" % (args.rows, len(handles)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--content", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--requests", type=int, default=300)
    ap.add_argument("--until", default="2026-11-24")
    ap.add_argument("--local-calendar", action="store_true")
    ap.add_argument("--rows", type=int, help="benchmark mode: this many request rows, written fast")
    args = ap.parse_args()
    if args.rows:
        benchmark_rows(args)
    else:
        random_registers(args)


if __name__ == "__main__":
    main()
