#!/usr/bin/env bash
# Benchmark: `ppid impor dip` of a 2 000-row sheet (release build), target under one second
# (ONBOARDING.md). The sheet is written by Tests/PPIDKitTests/Scripts/make_impor_fixtures.py
# --rows N with openpyxl (the project's .venv, `make .venv/.ok`); the content folder holds only a
# ppid.yml and one OPD, so the `check` that follows the import reads little besides the new file.
#
#   bench/impor.sh [ROWS] [RUNS]      (defaults 2000 and 5)
#
# Prints each run's wall time (whole command: read, write, check of the content, report) and
# the stage times of the last run (PPID_TIMING). Nothing is written to the repository.
set -euo pipefail
ROWS="${1:-2000}"
RUNS="${2:-5}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SCRATCH="${SCRATCH:-$ROOT/.build}"
PYTHON="$ROOT/.venv/bin/python3"
[ -x "$PYTHON" ] || { echo "jalankan dulu: make .venv/.ok (openpyxl)"; exit 2; }
WORK="$(mktemp -d "${TMPDIR:-/tmp}/ppid-bench-impor.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

echo "== build (release, $SCRATCH)"
swift build -c release --product ppid --scratch-path "$SCRATCH" 2>&1 | tail -1
BIN="$SCRATCH/release/ppid"

echo "== sheet: $ROWS rows"
"$PYTHON" "$ROOT/Tests/PPIDKitTests/Scripts/make_impor_fixtures.py" "$WORK" --rows "$ROWS"
ls -l "$WORK/dip-besar.xlsx" | awk '{print "   " $5 " bytes"}'

mkdir -p "$WORK/Content/opd/dinas-besar"
cat > "$WORK/Content/ppid.yml" <<'YML'
nama: Pemerintah Kabupaten Contoh
jenis: kabupaten
alamat_situs: https://ppid.contoh.go.id
ppid_utama:
  opd: dinas-besar
  email: ppid@contoh.go.id
  sk:
    nomor: 100/1/2025
    tanggal: 2025-01-10
YML
cat > "$WORK/Content/opd/dinas-besar/opd.yml" <<'YML'
nama: Dinas Besar
jenis: dinas
ppid_pelaksana:
  jabatan: Sekretaris Dinas Besar
  email: ppid.besar@contoh.go.id
YML

echo "== runs"
for run in $(seq 1 "$RUNS"); do
  rm -f "$WORK/Content/opd/dinas-besar/dip.yml"
  start=$(date +%s.%N)
  "$BIN" impor dip "$WORK/dip-besar.xlsx" --opd dinas-besar --content "$WORK/Content" --tanggal 2026-11-25 \
    --diperbarui 2026-10-01 >"$WORK/out.txt" 2>&1 || true
  end=$(date +%s.%N)
  printf '   run %d: %.3f s\n' "$run" "$(echo "$end - $start" | bc)"
done
echo "   items written: $(grep -c '^  - id:' "$WORK/Content/opd/dinas-besar/dip.yml")"
rm -f "$WORK/Content/opd/dinas-besar/dip.yml"
echo "== stages of one more run (PPID_TIMING)"
PPID_TIMING=1 "$BIN" impor dip "$WORK/dip-besar.xlsx" --opd dinas-besar --content "$WORK/Content" --tanggal 2026-11-25 \
  --diperbarui 2026-10-01 2>&1 >/dev/null | grep '^waktu' | sed 's/^/   /'
