#!/usr/bin/env python3
"""Generate the sample information-request registers of the fictional Kabupaten Sukamakmur.

Writes Content/layanan/permohonan/register-2025.csv and register-2026.csv (the request register),
Content/layanan/keberatan/keberatan.csv (the objection register, both years) and
Content/layanan/sengketa.yml (one dispute), in our own column names (REQUESTS.md). The narrative
Content/layanan/laporan/2025.md is written by hand, not by this script. Deterministic: the same
seed always gives byte-identical files.

    python3 scripts/gen_sample_layanan.py [--content Content]

The rows are fictional. The registers are an export taken on 2026-11-24 (`EKSPOR`): decisions and
dates are as they stood that day, nothing is dated after it, and only requests received on or after
2026-11-12 are still `proses` (none of them is past its 10-working-day deadline on 2026-11-25).
Working days come from the reference calendar in Tests/PPIDKitTests/Scripts/layanan_reference.py
(the 2025 and 2026 SKB dates of SOURCES.md). A refusal cites only a Pasal 17 huruf that the OPD's
own dik.yml lists in `dasar_hukum`, so no PPID506 is drawn. The province of the fictional
kabupaten is taken to be Jawa Barat (area code 0264 and postcode 411xx in ppid.yml), so the dispute
is at the Komisi Informasi Provinsi Jawa Barat.
"""
import argparse
import csv
import datetime as dt
import glob
import os
import random
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "Tests", "PPIDKitTests", "Scripts"))
from layanan_reference import Calendar  # noqa: E402

SEED = 20261124
EKSPOR = dt.date(2026, 11, 24)
PROSES_SEJAK = dt.date(2026, 11, 12)
HEADER = ["nomor_registrasi", "tanggal_permohonan", "cara", "opd", "kategori_pemohon", "keputusan",
          "alasan_penolakan", "tanggal_pemberitahuan", "perpanjangan", "biaya"]
HEADER_KEBERATAN = ["nomor_keberatan", "tanggal_keberatan", "nomor_registrasi", "alasan",
                    "tanggal_tanggapan", "putusan", "sengketa"]

CARA = [("situs", 31), ("langsung", 24), ("email", 19), ("surat", 13), ("media-sosial", 7),
        ("telepon", 4), ("lainnya", 2)]
KATEGORI = [("perorangan", 64), ("badan-hukum", 15), ("kelompok", 13), ("", 8)]
# OPD holding the information; "" = handled by the PPID Utama itself (ppid_utama.opd)
OPD = [("dinas-pupr", 15), ("bpkad", 12), ("dinas-pendidikan", 10), ("dinas-kesehatan", 9),
       ("sekretariat-daerah", 9), ("disdukcapil", 7), ("dinas-lingkungan-hidup", 7),
       ("dinas-sosial", 7), ("", 6), ("diskominfosantik", 4), ("rsud-sukamakmur", 4), ("bpbd", 3),
       ("satpol-pp", 3), ("kecamatan-sukamaju", 2), ("puskesmas-karangsari", 2)]
KEPUTUSAN = [("dipenuhi", 75), ("dipenuhi-sebagian", 6), ("ditolak", 4), ("tidak-dikuasai", 4),
             ("diteruskan", 4), ("belum-didokumentasikan", 2), ("dicabut", 4)]


def pick(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.uniform(0, total)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def dik_references(content):
    """slug -> the `dasar_hukum` references of its dik.yml (each as written there)."""
    out = {}
    for path in sorted(glob.glob(os.path.join(content, "opd", "*", "dik.yml"))):
        slug = os.path.basename(os.path.dirname(path))
        with open(path, encoding="utf-8") as fh:
            doc = yaml.safe_load(fh) or {}
        refs = []
        for item in doc.get("dikecualikan") or []:
            if item.get("draf") is True or item.get("dibuka"):
                continue  # not an exemption a refusal can rest on
            dh = item.get("dasar_hukum")
            for ref in (dh if isinstance(dh, list) else [dh]):
                if ref and str(ref).strip().lower().startswith("pasal 17") and ref not in refs:
                    refs.append(str(ref).strip())
        out[slug] = refs
    return out


def working_days_between(cal, start, end):
    days, d = [], start
    while d <= end:
        if cal.is_working(d):
            days.append(d)
        d += dt.timedelta(days=1)
    return days


def refusal(rng, refs):
    chosen = [rng.choice(refs)]
    if len(refs) > 1 and rng.random() < 0.25:
        other = rng.choice([r for r in refs if r != chosen[0]])
        chosen.append(other)
    return "; ".join(("UU 14/2008 " + r) if rng.random() < 0.3 else r for r in chosen)


def requests_for(rng, cal, refs, year, start, end, target, utama):
    rows = []
    workdays = working_days_between(cal, start, end)
    all_days = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
    seq = 0
    dates = []
    for _ in range(target):
        # online channels also arrive on weekends and holidays
        if rng.random() < 0.08:
            dates.append(rng.choice(all_days))
        else:
            dates.append(rng.choice(workdays))
    dates.sort()
    for r in dates:
        seq += 1
        nomor = "PMH-%d-%04d" % (year, seq)
        cara = pick(rng, CARA)
        if not cal.is_working(r) and cara in ("langsung", "surat", "telepon"):
            cara = rng.choice(["situs", "email"])
        opd = pick(rng, OPD)
        slug = opd or utama
        kat = pick(rng, KATEGORI)
        keputusan = pick(rng, KEPUTUSAN)
        if keputusan in ("ditolak", "dipenuhi-sebagian") and not refs.get(slug):
            keputusan = "dipenuhi"
        perpanjangan = False
        if keputusan == "dicabut":
            n = rng.randint(1, 6)
        elif keputusan in ("tidak-dikuasai", "diteruskan"):
            n = rng.randint(1, 5)
        else:
            x = rng.random()
            if x < 0.07:
                perpanjangan = True
                n = rng.randint(11, 17) if rng.random() < 0.8 else rng.randint(18, 21)
            elif x < 0.11:
                n = rng.randint(11, 15)  # late without an extension
            else:
                n = min(1 + int(rng.expovariate(1 / 3.2)), 10)
        t = cal.deadline(r, n)
        # now and then a notice e-mailed on a Saturday (counts through the next working day)
        if keputusan != "dicabut" and rng.random() < 0.03:
            sat = t + dt.timedelta(days=(5 - t.weekday()) % 7)
            if cal.count(r, cal.next_working(sat)) <= n + 1:
                t = sat
        if t > EKSPOR:
            if r >= PROSES_SEJAK:
                keputusan, t, perpanjangan = "proses", None, False
            else:
                t = EKSPOR  # answered by the export day
                if not cal.is_working(t):
                    t = max(d for d in working_days_between(cal, r, EKSPOR))
        alasan = refusal(rng, refs[slug]) if keputusan in ("ditolak", "dipenuhi-sebagian") else ""
        biaya = 0
        if keputusan in ("dipenuhi", "dipenuhi-sebagian") and cara in ("langsung", "surat") \
                and rng.random() < 0.18:
            biaya = rng.choice([2500, 5000, 7500, 12000, 15000, 25000, 40000])  # fotokopi, salinan cakram
        rows.append({"nomor_registrasi": nomor, "tanggal_permohonan": r.isoformat(), "cara": cara,
                     "opd": opd, "kategori_pemohon": kat, "keputusan": keputusan,
                     "alasan_penolakan": alasan,
                     "tanggal_pemberitahuan": t.isoformat() if t else "",
                     "perpanjangan": "ya" if perpanjangan else ("tidak" if rng.random() < 0.5 else ""),
                     "biaya": str(biaya) if biaya or rng.random() < 0.6 else "",
                     "_r": r, "_t": t, "_n": cal.count(r, cal.next_working(t)) if t else None,
                     "_slug": slug})
    return rows


def objections(rng, cal, requests):
    """About twelve objections over the two years, at most one per request, one to dispute."""
    by_kind = {"a": [], "e": [], "g": [], "f": []}
    for q in requests:
        if q["_t"] is None:
            continue
        if q["keputusan"] == "ditolak":
            by_kind["a"].append(q)
        elif q["keputusan"] == "dipenuhi-sebagian":
            by_kind["e"].append(q)
        elif q["keputusan"] != "dicabut" and q["_n"] > (17 if q["perpanjangan"] == "ya" else 10):
            by_kind["g"].append(q)
        elif int(q["biaya"] or 0) >= 25000:
            by_kind["f"].append(q)
    plan = [(2025, "a", "ditolak"), (2025, "e", "diterima-sebagian"), (2025, "g", "diterima"),
            (2025, "f", "diterima"), (2025, "a", "diterima"), (2025, "g", "dicabut"),
            (2026, "a", "diterima-sebagian"), (2026, "e", "ditolak"), (2026, "a", "ditolak"),
            (2026, "g", "diterima"), (2026, "e", "diterima"), (2026, "a", "proses")]
    used, out = set(), []
    for year, kind, putusan in plan:
        pool = [q for q in by_kind[kind] if q["nomor_registrasi"] not in used and q["_t"].year == year]
        if putusan == "proses":
            pool = [q for q in pool if q["_t"] >= dt.date(2026, 10, 1)]
        else:
            pool = [q for q in pool if q["_t"] <= dt.date(2026, 8, 31)]
        if not pool:
            continue
        q = rng.choice(pool)
        used.add(q["nomor_registrasi"])
        k = cal.deadline(q["_t"], rng.randint(2, 20))
        if putusan == "proses":
            k = min(k, dt.date(2026, 11, 18))
        alasan = [kind] + (["g"] if kind != "g" and q["_n"] > 10 and q["perpanjangan"] != "ya" else [])
        out.append({"q": q, "k": k, "alasan": alasan, "putusan": putusan})
    # one objection about berkala information not published, citing no request
    out.append({"q": None, "k": dt.date(2025, 9, 15), "alasan": ["b"], "putusan": "diterima"})
    out.sort(key=lambda o: o["k"])
    rows, counters = [], {}
    dispute = None
    for o in out:
        year = o["k"].year
        counters[year] = counters.get(year, 0) + 1
        nomor = "KB-%d-%03d" % (year, counters[year])
        a = None
        if o["putusan"] not in ("proses", "dicabut"):
            # one answer in the sample comes after the 30 working days
            late = o["putusan"] == "ditolak" and o["alasan"][0] == "e"
            a = cal.deadline(o["k"], rng.randint(31, 34) if late else rng.randint(6, 24))
            a = min(a, EKSPOR)
        sengketa = "tidak" if rng.random() < 0.5 else ""
        rows.append([nomor, o["k"].isoformat(), o["q"]["nomor_registrasi"] if o["q"] else "",
                     ";".join(o["alasan"]), a.isoformat() if a else "", o["putusan"], sengketa])
    # the applicant of the first 2026 refusal whose objection was not fully upheld goes to the KI
    for row in rows:
        if row[1] >= "2026" and row[3].startswith("a") and row[5] in ("ditolak", "diterima-sebagian"):
            row[6] = "ya"
            dispute = (row[0], dt.date.fromisoformat(row[4]))
            break
    return rows, dispute


ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def write_dispute(path, cal, dispute):
    nomor_keberatan, answered = dispute
    reg = cal.deadline(answered, 9)          # filed within 14 working days of the answer
    putusan = cal.deadline(reg, 38)          # mediation settled well within 100 working days
    tindak = cal.deadline(putusan, 5)
    nomor = "%03d/%s/KI-Jabar-PS/%d" % (47, ROMAN[reg.month - 1], reg.year)
    text = (
        "# Sengketa informasi Pemerintah Kabupaten Sukamakmur di Komisi Informasi Provinsi Jawa Barat\n"
        "# (contoh fiktif; dibuat oleh scripts/gen_sample_layanan.py).\n"
        "sengketa:\n"
        "  - nomor_perkara: %s\n"
        "    tanggal_registrasi: %s\n"
        "    nomor_keberatan: %s\n"
        "    tahap: selesai\n"
        "    hasil: mediasi-berhasil\n"
        "    tanggal_putusan: %s\n"
        "    tindak_lanjut: Salinan informasi yang disepakati dalam mediasi diberikan kepada pemohon pada %s.\n"
        % (nomor, reg.isoformat(), nomor_keberatan, putusan.isoformat(), tindak.isoformat()))
    if putusan > EKSPOR or tindak > EKSPOR:
        raise SystemExit("dispute dates run past the export day")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    return nomor


def write_csv(path, header, rows, delimiter=","):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=delimiter, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--content", default=os.path.join(HERE, "..", "Content"))
    args = ap.parse_args()
    with open(os.path.join(args.content, "ppid.yml"), encoding="utf-8") as fh:
        utama = yaml.safe_load(fh)["ppid_utama"]["opd"]
    cal = Calendar()
    refs = dik_references(args.content)
    rng = random.Random(SEED)
    r2025 = requests_for(rng, cal, refs, 2025, dt.date(2025, 1, 2), dt.date(2025, 12, 31), 176, utama)
    r2026 = requests_for(rng, cal, refs, 2026, dt.date(2026, 1, 2), dt.date(2026, 11, 20), 164, utama)
    # the last days before the export: make sure a few requests are still pending
    for q in r2026:
        if q["_r"] >= PROSES_SEJAK and q["keputusan"] != "dicabut" and rng.random() < 0.6:
            q.update({"keputusan": "proses", "tanggal_pemberitahuan": "", "alasan_penolakan": "",
                      "perpanjangan": "", "biaya": "", "_t": None, "_n": None})
    base = os.path.join(args.content, "layanan")
    for sub in ("permohonan", "keberatan", "laporan"):
        os.makedirs(os.path.join(base, sub), exist_ok=True)
    write_csv(os.path.join(base, "permohonan", "register-2025.csv"), HEADER,
              [[q[h] for h in HEADER] for q in r2025])
    # the 2026 register is kept in a spreadsheet with `;` as separator, as many Indonesian exports are
    write_csv(os.path.join(base, "permohonan", "register-2026.csv"), HEADER,
              [[q[h] for h in HEADER] for q in r2026], delimiter=";")
    krows, dispute = objections(rng, cal, r2025 + r2026)
    write_csv(os.path.join(base, "keberatan", "keberatan.csv"), HEADER_KEBERATAN, krows)
    if dispute is None:
        raise SystemExit("no objection went to dispute: change SEED")
    perkara = write_dispute(os.path.join(base, "sengketa.yml"), cal, dispute)
    for name, rows in (("2025", r2025), ("2026", r2026)):
        counts = {}
        for q in rows:
            counts[q["keputusan"]] = counts.get(q["keputusan"], 0) + 1
        print(name, len(rows), dict(sorted(counts.items(), key=lambda kv: -kv[1])))
    print("keberatan", len(krows), "sengketa", perkara, "(keberatan %s)" % dispute[0])


if __name__ == "__main__":
    main()
