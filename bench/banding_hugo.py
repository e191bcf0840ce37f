#!/usr/bin/env python3
"""ppid versus Hugo on the same amount of work (issue 7).

    python3 bench/banding_hugo.py [--runs 3] [--sizes kecil,sedang,besar] [--keep]

Generates corpora with ../shared/bench/gen_corpus.py (`--format ppid` for ppid, `--format hugo`
for the equivalent Hugo site), builds each with `ppid build` (release) and `hugo` (Debian's
package), and prints wall time, CPU time (user+sys), peak memory and ms per page side by side,
medians of --runs runs, with the ratio ppid/Hugo.

Every timed run starts after `sync` (the previous run's files written out, not timed) and writes
into a brand-new output folder, and nothing is deleted until the end:
on ext4, creating many files shortly after deleting many others is markedly slower, which
would punish whichever tool runs next. The rebuilds over an existing site are measured
separately, last: after one item's title changes (the pages it shows on are rendered, the rest
hard-linked from the old site), after a time stamp changes (nothing to render), and with nothing
changed (the stamp says the site is current).
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEN = os.path.join(os.path.dirname(ROOT), "shared", "bench", "gen_corpus.py")
SIZES = {  # name: (--opd, --items) → about 1 000, 10 000 and 50 000 pages
    "kecil": (10, 100),
    "sedang": (20, 500),
    "besar": (100, 500),
}
TODAY = "2026-11-25"


def run(command, cwd=None):
    """Runs a command; returns (wall seconds, cpu seconds, peak RSS in MiB).

    The disk is flushed first (not timed): otherwise a run waits on the write-back of the hundreds
    of megabytes the run before it wrote (a one-item rebuild measured 0.99 s straight after the six
    cold builds, 0.81 s once their files were on disk), which measures the previous run, not this one.
    """
    os.sync()
    with tempfile.TemporaryFile() as errors:  # a file, not a pipe: thousands of warnings must not block
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        errors.seek(0)
        stderr = errors.read().decode("utf-8", "replace")
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"gagal: {' '.join(command)}\n{stderr[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def count_pages(folder):
    return sum(1 for _, _, files in os.walk(folder) for name in files if name.endswith(".html"))


def median(values):
    return statistics.median(values)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="kecil,sedang,besar")
    parser.add_argument("--ppid", default=os.path.join(ROOT, ".build", "release", "ppid"))
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--no-build", action="store_true", help="use --ppid as it is (no swift build)")
    args = parser.parse_args()

    if not shutil.which("hugo"):
        sys.exit("hugo tidak ada: apt-get install hugo")
    if not args.no_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "ppid"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
    hugo_version = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.strip()
    work = tempfile.mkdtemp(prefix="ppid-bench-", dir=os.environ.get("BENCH_DIR"))
    rows = []
    try:
        for size in args.sizes.split(","):
            opd, items = SIZES[size]
            corpus = os.path.join(work, size)
            subprocess.run([sys.executable, GEN, "--opd", str(opd), "--items", str(items), "--format", "ppid",
                            "--out", os.path.join(corpus, "ppid")], check=True, stdout=subprocess.DEVNULL)
            subprocess.run([sys.executable, GEN, "--opd", str(opd), "--items", str(items), "--format", "hugo",
                            "--out", os.path.join(corpus, "hugo")], check=True, stdout=subprocess.DEVNULL)
            results = {"ppid": [], "hugo": []}
            pages = {}
            for attempt in range(args.runs):
                # Alternate which tool goes first, so neither always meets a warmer cache.
                order = ["ppid", "hugo"] if attempt % 2 == 0 else ["hugo", "ppid"]
                for tool in order:
                    out = os.path.join(corpus, f"out-{tool}-{attempt}")
                    if tool == "ppid":
                        command = [args.ppid, "build", "--content", os.path.join(corpus, "ppid"),
                                   "--templates", os.path.join(ROOT, "Templates"), "--output", out, "--tanggal", TODAY]
                        results[tool].append(run(command))
                    else:
                        command = ["hugo", "--quiet", "--source", os.path.join(corpus, "hugo"), "--destination", out]
                        results[tool].append(run(command))
                    pages[tool] = count_pages(out)
            again = [args.ppid, "build", "--content", os.path.join(corpus, "ppid"), "--templates",
                     os.path.join(ROOT, "Templates"), "--output", os.path.join(corpus, "out-ppid-0"), "--tanggal", TODAY]
            edited = []
            dip = os.path.join(corpus, "ppid", "opd", sorted(os.listdir(os.path.join(corpus, "ppid", "opd")))[0], "dip.yml")
            for attempt in range(args.runs):
                # One item's title changes: its page and the lists that show it are rendered again.
                with open(dip, encoding="utf-8") as f:
                    text = f.read()
                with open(dip, "w", encoding="utf-8") as f:
                    f.write(text.replace("    judul: ", f"    judul: (ubah {attempt}) ", 1))
                edited.append(run(again))
            touched = []
            for _ in range(args.runs):
                # A changed input time stamp only: every page's inputs are the same, nothing is rendered.
                os.utime(os.path.join(corpus, "ppid", "ppid.yml"))
                touched.append(run(again))
            unchanged = [run(again) for _ in range(args.runs)]  # nothing changed: the stamp says the site is current
            rows.append((size, pages, {tool: [median([r[i] for r in results[tool]]) for i in range(3)] for tool in results},
                         [median([r[i] for r in edited]) for i in range(3)],
                         [median([r[i] for r in touched]) for i in range(3)], [median([r[i] for r in unchanged]) for i in range(3)]))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    print(f"Mesin: {os.cpu_count()} inti; {hugo_version}; median dari {args.runs} kali; keluaran ke folder baru.")
    header = f"{'ukuran':<8} {'alat':<6} {'halaman':>8} {'wall (s)':>9} {'CPU (s)':>8} {'puncak (MiB)':>13} {'ms/halaman':>11}"
    print(header)
    print("-" * len(header))
    for size, pages, medians, edit, rebuild, warm in rows:
        for tool in ("ppid", "hugo"):
            wall, cpu, rss = medians[tool]
            print(f"{size:<8} {tool:<6} {pages[tool]:>8} {wall:>9.2f} {cpu:>8.2f} {rss:>13.0f} {wall * 1000 / max(1, pages[tool]):>11.3f}")
        ratio = medians["ppid"][0] / medians["hugo"][0]
        cpu_ratio = medians["ppid"][1] / medians["hugo"][1]
        print(f"{size:<8} rasio ppid/Hugo: wall {ratio:.2f}, CPU {cpu_ratio:.2f}; ppid bangun ulang di atas situs lama: "
              f"satu item berubah {edit[0]:.2f} s (CPU {edit[1]:.2f} s, {edit[0] / medians['ppid'][0]:.2f}× bangun dingin), "
              f"stempel waktu berubah {rebuild[0]:.2f} s ({rebuild[2]:.0f} MiB); tanpa perubahan: {warm[0]:.2f} s")


if __name__ == "__main__":
    main()
