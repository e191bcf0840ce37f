#!/usr/bin/env bash
# Benchmark: read the request and objection registers (REQUESTS.md) with `ppid check` (release build).
#
#   bench/layanan.sh [ROWS]        (default 100000 request rows, plus ROWS/100 objections)
#
# The content folder is a copy of the repository's Content/ whose layanan/permohonan/ and
# layanan/keberatan/ registers are replaced by Tests/PPIDKitTests/Scripts/gen_random_layanan.py
# --rows (four request files of 2025-2026, `,` and `;`). Runs
# `.build/release/ppid check --content DIR --tanggal 2026-11-25` three times and prints the median.
# Builds nothing unless .build/release/ppid is missing (then only `swift build -c release --product
# ppid`). Nothing is written to the repository.
set -euo pipefail
ROWS="${1:-100000}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN="${PPID_BIN:-$ROOT/.build/release/ppid}"   # PPID_BIN: time another binary
WORK="$(mktemp -d "${TMPDIR:-/tmp}/ppid-bench-layanan.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
CONTENT="$WORK/Content"

if [ ! -x "$BIN" ]; then
  echo "== build (release): $BIN is missing"
  (cd "$ROOT" && swift build -c release --product ppid 2>&1 | tail -1)
fi

echo "== content: Content/ + $ROWS request rows"
cp -R "$ROOT/Content" "$CONTENT"
python3 "$ROOT/Tests/PPIDKitTests/Scripts/gen_random_layanan.py" --content "$CONTENT" --rows "$ROWS" --seed 20261125
ls -l "$CONTENT/layanan/permohonan" "$CONTENT/layanan/keberatan" | awk 'NF > 5 { printf "   %s %9d bytes\n", $9, $5 }'

echo "== ppid check (3 runs)"
times=()
for run in 1 2 3; do
  t0=$(date +%s%N)
  status=0
  "$BIN" check --content "$CONTENT" --tanggal 2026-11-25 --format json >"$WORK/report.json" 2>"$WORK/stderr.txt" || status=$?
  t1=$(date +%s%N)
  ms=$(( (t1 - t0) / 1000000 ))
  echo "   run $run: ${ms} ms (exit $status)"
  times+=("$ms")
done
python3 - "$WORK/report.json" <<'PY'
import json, sys
try:
    report = json.load(open(sys.argv[1]))
except ValueError:
    print("   (no JSON report)")
    sys.exit(0)
rules = {}
for d in report.get("diagnostics", []):
    rules[d.get("rule")] = rules.get(d.get("rule"), 0) + 1
print("   findings:", report.get("summary"), dict(sorted((str(k), v) for k, v in rules.items())))
PY
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
echo "== median: ${median} ms for $ROWS request rows"
