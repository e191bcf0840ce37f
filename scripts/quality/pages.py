#!/usr/bin/env python3
"""The main page types of a built ppid site, for axe-core and screenshots.

Usage: pages.py SITE_DIR      prints "name<TAB>path" per page found (path relative to SITE_DIR)

Every type must exist, except the pages listed in OPTIONAL (added to the theme later); a missing
required page type is an error (exit 1), so a renamed folder cannot silently shrink the checks.
"""
import glob
import os
import sys

# First path segments that belong to the generator; any other top-level folder is a free page
# (Content/halaman/*.md).
RESERVED = {"informasi-publik", "informasi-dikecualikan", "opd", "sop", "layanan", "statistik", "cari",
            "data", "aksesibilitas", "berkas", "aset"}

# Pages that may be absent while the theme grows; every other page type is required.
OPTIONAL = {"layanan", "cari", "data", "aksesibilitas"}


def _first(site, pattern, containing=None, exclude=()):
    """The first page matching pattern (sorted), preferring one whose HTML contains `containing`."""
    found = [os.path.relpath(p, site) for p in sorted(glob.glob(os.path.join(site, pattern)))]
    found = [p for p in found if not any(part in exclude for part in p.split(os.sep))]
    if containing:
        for path in found:
            with open(os.path.join(site, path), encoding="utf-8") as page:
                if containing in page.read():
                    return path
    return found[0] if found else None


def _fixed(site, path):
    return path if os.path.isfile(os.path.join(site, path)) else None


def _free_page(site):
    for name in sorted(os.listdir(site)):
        if name not in RESERVED and os.path.isfile(os.path.join(site, name, "index.html")):
            return os.path.join(name, "index.html")
    return None


def _opd_page(site):
    # An OPD page with the fullest content: the OPD with the most item pages.
    best = None
    for folder in sorted(glob.glob(os.path.join(site, "opd", "*", "index.html"))):
        base = os.path.dirname(folder)
        count = len(glob.glob(os.path.join(base, "*", "*", "index.html")))
        if best is None or count > best[0]:
            best = (count, os.path.relpath(folder, site))
    return best[1] if best else None


def main_pages(site):
    """[(name, relative path or None, required)] in a fixed order."""
    found = [
        ("beranda", _fixed(site, "index.html")),
        ("informasi-publik", _fixed(site, "informasi-publik/index.html")),
        ("informasi-publik-kategori", _fixed(site, "informasi-publik/berkala/index.html")
         or _first(site, "informasi-publik/*/index.html", exclude={"hal"})),
        ("informasi-dikecualikan", _fixed(site, "informasi-dikecualikan/index.html")),
        ("opd-daftar", _fixed(site, "opd/index.html")),
        ("opd", _opd_page(site)),
        ("informasi", _first(site, "opd/*/informasi/*/index.html", containing="/berkas/")),
        ("dikecualikan", _first(site, "opd/*/dikecualikan/*/index.html")),
        ("dikecualikan-dibuka", _fixed(site, "informasi-dikecualikan/dibuka/index.html")),
        ("dikecualikan-terbuka", _first(site, "opd/*/dikecualikan/*/index.html", containing="telah dibuka sejak")),
        ("sop-daftar", _fixed(site, "sop/index.html")),
        ("sop", _first(site, "opd/*/sop/*/index.html")),
        ("halaman", _free_page(site)),
        ("statistik", _fixed(site, "statistik/pengaduan/index.html")),
        ("statistik-periode", _first(site, "statistik/pengaduan/*/index.html")),
        ("layanan", _fixed(site, "layanan/index.html")),
        ("laporan-layanan-daftar", _fixed(site, "layanan/laporan/index.html")),
        ("laporan-layanan-tahun", _first(site, "layanan/laporan/2*/index.html", containing="Waktu jawab setiap permohonan")),
        ("laporan-layanan-semester", _first(site, "layanan/laporan/2*-s*/index.html")),
        ("cari", _fixed(site, "cari/index.html")),
        ("data", _fixed(site, "data/index.html")),
        ("aksesibilitas", _fixed(site, "aksesibilitas/index.html")),
        ("404", _fixed(site, "404.html")),
    ]
    return [(name, path, name not in OPTIONAL) for name, path in found]


def resolve(site):
    """Pages found, and problems (missing required page types)."""
    pages, problems, skipped = [], [], []
    for name, path, required in main_pages(site):
        if path:
            pages.append((name, path))
        elif required:
            problems.append(f"jenis halaman utama '{name}' tidak ditemukan di {site}")
        else:
            skipped.append(name)
    return pages, problems, skipped


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    pages, problems, skipped = resolve(sys.argv[1])
    for name, path in pages:
        print(f"{name}\t{path}")
    for name in skipped:
        print(f"(belum ada, dilewati: {name})", file=sys.stderr)
    for problem in problems:
        print(problem, file=sys.stderr)
    sys.exit(1 if problems else 0)
