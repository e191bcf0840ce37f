#!/usr/bin/env bash
# Benchmark: read and aggregate 200 000 SP4N-LAPOR! complaint rows with `ppid check` (release build).
#
#   bench/complaints.sh [ROWS]        (default 200000; target: under 2 seconds on 2 cores)
#
# A small corpus of OPDs comes from /work/shared/bench/gen_corpus.py (or the repository's own
# Content/ when the generator is not there); its pengaduan/ folder is replaced by one CSV per
# year (2023–2026, so each file stays under the scanner's 16 MB limit) written by a
# deterministic Python generator, with two personal-data columns (PPID404) as real exports have.
# Scratch path .build-stats, so it does not disturb other builds. Nothing is written to the repo.
set -euo pipefail
ROWS="${1:-200000}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SCRATCH="${SCRATCH:-$ROOT/.build-stats}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/ppid-bench-pengaduan.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
CONTENT="$WORK/Content"

echo "== build (release, $SCRATCH)"
swift build -c release --product ppid --scratch-path "$SCRATCH" 2>&1 | tail -1
BIN="$SCRATCH/release/ppid"

echo "== content: $ROWS rows"
GEN=/work/shared/bench/gen_corpus.py
if [ -f "$GEN" ]; then
  python3 "$GEN" --opd 30 --items 2 --out "$CONTENT" --format ppid >/dev/null
else
  cp -R "$ROOT/Content" "$CONTENT"
fi
rm -rf "$CONTENT/pengaduan" && mkdir -p "$CONTENT/pengaduan"
python3 - "$CONTENT" "$ROWS" <<'PY'
import csv, datetime as dt, os, random, sys
content, rows = sys.argv[1], int(sys.argv[2])
rng = random.Random(20261125)
slugs = sorted(d for d in os.listdir(os.path.join(content, "opd")) if os.path.isdir(os.path.join(content, "opd", d)))
kanal = ["aplikasi", "situs", "whatsapp", "sms", "media-sosial", "tatap-muka", "telepon", "surat", "email", "lainnya"]
status = ["selesai"] * 12 + ["proses"] * 3 + ["belum-terverifikasi", "belum-ditindaklanjuti", "tertunda", "arsip", "bukan-wewenang", "dihapus"]
kategori = ["Infrastruktur", "Kesehatan", "Administrasi Kependudukan", "Bantuan Sosial", "Pendidikan", "Lingkungan Hidup", "Ketertiban Umum", ""]
names = ["Siti Aminah", "Budi Santoso", "Dewi Lestari", "Agus Salim", "Rina Wati"]
start, today = dt.date(2023, 1, 1), dt.date(2026, 11, 25)
span = (today - start).days
writers = {}
for i in range(rows):
    masuk = start + dt.timedelta(days=(i * span) // rows)
    if masuk.year not in writers:
        f = open(os.path.join(content, "pengaduan", "laporan-%d.csv" % masuk.year), "w", encoding="utf-8", newline="")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["nomor_tiket", "Nama Pelapor", "tanggal_masuk", "kanal", "kategori", "opd", "status",
                    "tanggal_tindak_lanjut", "tanggal_selesai", "Isi Laporan"])
        writers[masuk.year] = (f, w)
    s = rng.choice(status)
    tl = sel = ""
    if s in ("selesai", "proses", "tertunda", "arsip"):
        t = min(masuk + dt.timedelta(days=rng.randint(0, 14)), today)
        tl = t.isoformat() + (" 09:%02d" % rng.randint(0, 59) if i % 3 == 0 else "")
        if s == "selesai":
            sel = min(t + dt.timedelta(days=rng.randint(0, 45)), today).isoformat()
    opd = "" if s == "belum-terverifikasi" else rng.choice(slugs)
    isi = "Laporan nomor %d: jalan rusak, mohon \"segera\"\ndiperbaiki" % i if i % 50 == 0 else "Mohon ditindaklanjuti"
    writers[masuk.year][1].writerow(["LAPOR-%08d" % (i + 1), rng.choice(names), masuk.isoformat(), rng.choice(kanal),
                                     rng.choice(kategori), opd, s, tl, sel, isi])
for f, _ in writers.values():
    f.close()
PY
ls -l "$CONTENT/pengaduan" | awk 'NR > 1 { printf "   %s %9d bytes\n", $9, $5 }'

echo "== ppid check (3 runs, PPID_TIMING for the stages)"
best=""
for run in 1 2 3; do
  t0=$(date +%s%N)
  PPID_TIMING=1 "$BIN" check --content "$CONTENT" --tanggal 2026-11-25 --format json >"$WORK/report.json" 2>"$WORK/timing.txt" || true
  t1=$(date +%s%N)
  ms=$(( (t1 - t0) / 1000000 ))
  echo "   run $run: ${ms} ms total ($(grep -E 'pengaduan' "$WORK/timing.txt" | sed 's/^waktu //' | tr '\n' ' '))"
  if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
done
python3 - "$WORK/report.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
rules = {}
for d in report["diagnostics"]:
    rules[d["rule"]] = rules.get(d["rule"], 0) + 1
print("   findings:", report["summary"], dict(sorted(rules.items())))
PY
echo "== best: ${best} ms for $ROWS rows (target < 2000 ms)"
