#!/usr/bin/env python3
"""Latency of `ppid serve`: from saving a content file to the browser showing the new page.

Starts `ppid serve --port 0` on a content folder, waits for the first build, then repeatedly
changes the `judul` of one DIP item (in place, like an editor saving) and does what the page's
live-reload script does: wait on `/__ppid/versi?sejak=<version>` until a new build is live, then
fetch the page. The time runs from the save until the page with the new title has arrived.
Prints each latency and the median, minimum and maximum.

    python3 bench/serve_latency.py --content Content --runs 15
    python3 ../shared/bench/gen_corpus.py --opd 20 --items 500 --out /tmp/c20 --format ppid
    python3 bench/serve_latency.py --content /tmp/c20 --runs 15

The content folder is edited and restored at the end; use a copy if it matters.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.request


def first_item(content):
    """(path of a dip.yml, its OPD slug, the first item's id and judul line)."""
    opd_root = os.path.join(content, "opd")
    for slug in sorted(os.listdir(opd_root)):
        path = os.path.join(opd_root, slug, "dip.yml")
        if not os.path.isfile(path):
            continue
        text = open(path, encoding="utf-8").read()
        ident = re.search(r"^\s*-?\s*id:\s*(\S+)\s*$", text, re.M)
        title = re.search(r"^(\s*judul:\s*)(.+)$", text, re.M)
        if ident and title:
            return path, slug, ident.group(1), title
    sys.exit("no dip.yml with an item under " + opd_root)


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace")
    except Exception:
        return ""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--content", default="Content")
    parser.add_argument("--ppid", default=".build/release/ppid")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--tanggal", default="2026-11-25")
    parser.add_argument("--log", help="write the server's output to this file")
    args = parser.parse_args()

    path, slug, ident, title = first_item(args.content)
    original = open(path, encoding="utf-8").read()
    server = subprocess.Popen([args.ppid, "serve", "--content", args.content, "--port", "0", "--tanggal", args.tanggal],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        base = None
        for line in server.stdout:
            found = re.search(r"(http://[0-9.]+:\d+/)", line)
            if found:
                base = found.group(1)
                break
        if base is None:
            sys.exit("ppid serve did not start")
        # Drain the server's output so it never blocks on a full pipe.
        import threading
        log = open(args.log, "w", encoding="utf-8") if args.log else None
        threading.Thread(target=lambda: [log and (log.write(line), log.flush()) for line in server.stdout],
                         daemon=True).start()
        page = f"{base}opd/{slug}/informasi/{ident}/"
        if not fetch(page):
            sys.exit("page not served: " + page)
        version_url = f"{base}__ppid/versi"
        latencies = []
        for run in range(args.runs):
            marker = f"Ukur Latensi {run} {time.time_ns()}"
            text = original[:title.start(2)] + marker + original[title.end(2):]
            time.sleep(0.5)  # an officer does not save twice within a rebuild
            version = fetch(version_url)
            start = time.monotonic()
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text)
            while True:
                version = fetch(f"{version_url}?sejak={version}") or version
                if marker in fetch(page):
                    break
                if time.monotonic() - start > 30:
                    sys.exit("change not served within 30 s")
            latencies.append((time.monotonic() - start) * 1000)
            print(f"run {run + 1}: {latencies[-1]:.0f} ms", flush=True)
        print(f"median {statistics.median(latencies):.0f} ms, min {min(latencies):.0f} ms, max {max(latencies):.0f} ms")
    finally:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(original)
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
