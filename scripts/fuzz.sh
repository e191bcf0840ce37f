#!/usr/bin/env bash
# Coverage-guided fuzzing of PPIDKit's parsers of user input (issue 17), with libFuzzer and
# AddressSanitizer: builds the Fuzz/ package, then runs every target for a bounded time on a seed
# corpus taken from Content/. Fails when a target crashes, hangs or runs out of memory; the input
# that did it is left in .fuzz/crashes/<target>/ (replay: .build-fuzz/debug/<target> <file>).
#
#   scripts/fuzz.sh [seconds per target, default 15] [target…]
#
# Environment: FUZZ_JOBS (parallel targets, default 1), FUZZ_KEEP_CORPUS=1 keeps the grown corpus
# in .fuzz/corpus/ for the next run instead of starting from the seeds again.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
SECONDS_PER_TARGET=${1:-15}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(FuzzYAML FuzzComplaintCSV FuzzLegalReference FuzzFrontMatter)
SCRATCH=$ROOT/.build-fuzz
WORK=$ROOT/.fuzz
SEEDS=$ROOT/Fuzz/Seeds

mkdir -p "$WORK"
echo "Membangun target fuzz (libFuzzer + AddressSanitizer) di $SCRATCH ..."
start=$(date +%s)
# SwiftPM's --sanitize instruments the C code under the parsers (libyaml in Yams) and keeps SwiftPM
# from renaming `main` (libFuzzer brings its own); it does not give Swift code coverage counters,
# hence -sanitize=fuzzer,address for swiftc as well. The executables have no `main`: -parse-as-library.
if ! swift build --package-path Fuzz --scratch-path "$SCRATCH" -c debug \
    --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
    >"$WORK/build.log" 2>&1; then
    grep -vE 'ld.gold: warning: Cannot export local symbol|^\[[0-9]+/[0-9]+\]' "$WORK/build.log" >&2
    echo "Build target fuzz gagal (log: $WORK/build.log)." >&2
    exit 2
fi
echo "Build selesai dalam $(( $(date +%s) - start )) s."
BIN=$SCRATCH/debug

# Seeds: each file of Content/ a target reads, as is; each dasar/dasar_hukum text and each form of
# Fuzz/Seeds/legal-forms.txt (spec LAW.md) as a file of its own; the first lines of each CSV.
seed() { # target
    local dir=$WORK/seeds/$1 n=0
    rm -rf "$dir"; mkdir -p "$dir"
    case $1 in
    FuzzYAML) find Content -name '*.yml' -exec cp --backup=numbered -t "$dir" {} + ;;
    FuzzFrontMatter) find Content -name '*.md' -exec cp --backup=numbered -t "$dir" {} + ;;
    FuzzComplaintCSV)
        for f in Content/pengaduan/*.csv; do
            head -n 12 "$f" >"$dir/$(basename "$f" .csv)-awal.csv"
            sed 's/,/;/g' "$dir/$(basename "$f" .csv)-awal.csv" >"$dir/$(basename "$f" .csv)-titik-koma.csv"
        done
        printf 'nomor_tiket,tanggal_masuk,kanal,status\r\n"A-1","2026-01-02","situs","selesai"\r\n"A-2","2026-01-03 09:00","surat ""resmi""","proses"\r\n' >"$dir/crlf-kutip.csv"
        ;;
    FuzzLegalReference)
        { cat "$SEEDS/legal-forms.txt"
          grep -rhE '^\s*(-\s+)?(dasar|dasar_hukum):\s*\S' Content | sed -E 's/^\s*(-\s+)?(dasar|dasar_hukum):\s*//'
          grep -rhE '^\s*-\s+Pasal' Content/opd | sed -E 's/^\s*-\s+//'
        } | sort -u | while IFS= read -r line; do n=$((n + 1)); printf '%s' "$line" >"$dir/$n.txt"; done
        ;;
    esac
}

# A debug build under ASan parses about 100 KB of YAML per second: inputs beyond 4 KB (seeds are cut
# there) would cost more runs than they add paths.
options() { # target: max_len and dictionary
    case $1 in
    FuzzYAML) echo "-max_len=4096 -dict=$SEEDS/yaml.dict" ;;
    FuzzFrontMatter) echo "-max_len=4096 -dict=$SEEDS/yaml.dict" ;;
    FuzzComplaintCSV) echo "-max_len=4096 -dict=$SEEDS/csv.dict" ;;
    FuzzLegalReference) echo "-max_len=256 -dict=$SEEDS/legal.dict" ;;
    esac
}

run() { # target
    local target=$1 corpus=$WORK/corpus/$1 crashes=$WORK/crashes/$1 log=$WORK/logs/$1.log
    seed "$target"
    [ "${FUZZ_KEEP_CORPUS:-0}" = 1 ] || rm -rf "$corpus"
    mkdir -p "$corpus" "$crashes" "$WORK/logs"
    # shellcheck disable=SC2046
    if "$BIN/$target" "$corpus" "$WORK/seeds/$target" $(options "$target") \
        -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$crashes/" >"$log" 2>&1; then
        local runs cov
        runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
        cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 || true)
        echo "ok    $target: $runs eksekusi dalam ${SECONDS_PER_TARGET} s, ${cov:-cov: ?}, korpus $(ls "$corpus" | wc -l) berkas"
    else
        echo "GAGAL $target: masukan penyebabnya di $crashes/ (log: $log)" >&2
        grep -E 'ERROR|Fatal error|deadly signal|SUMMARY|Test unit written' "$log" | head -8 >&2 || true
        return 1
    fi
}

# Allocation stack traces cost half of each run here; a crash input replays with full reports.
# The Swift runtime's own crash backtracer reads the stack in a way ASan reports as a second error,
# hiding the first: libFuzzer and ASan report crashes here.
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=0}
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}

status=0
if [ "${FUZZ_JOBS:-1}" -gt 1 ]; then
    running=0
    for target in "${TARGETS[@]}"; do
        if [ "$running" -ge "$FUZZ_JOBS" ]; then wait -n || status=1; running=$((running - 1)); fi
        run "$target" &
        running=$((running + 1))
    done
    while [ "$running" -gt 0 ]; do wait -n || status=1; running=$((running - 1)); done
else
    for target in "${TARGETS[@]}"; do run "$target" || status=1; done
fi
exit $status
