#!/usr/bin/env python3
"""Offline checks of a built ppid site (standard library only).

Usage:
  check_site.py links SITE_DIR            every internal href/src/action resolves to a file of the site
                                          (a folder to its index.html); every #fragment exists on its page;
                                          so does every address of sitemap.xml and feed.xml
  check_site.py relative-links SITE_DIR   the same for a --relative-links build, as file:// resolves it:
                                          relative to the page's own file, never root-relative, never a folder
  check_site.py offline SITE_DIR          no page or stylesheet requests anything from another host
  check_site.py head SITE_DIR             <html lang="id">, <title>, meta description, canonical, viewport,
                                          Open Graph, one fingerprinted stylesheet
  check_site.py weight SITE_DIR [--max-kb 50]
                                          bytes of each page with its CSS/JS; the median page must be under
                                          the limit, and every page under it gzip-compressed (as transferred)

Every finding is printed as "page: message"; the exit status is 1 when there is any.
"""
import gzip
import os
import re
import statistics
import sys
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

EXTERNAL_SCHEMES = ("http:", "https:", "mailto:", "tel:")
LINK_ATTRIBUTES = {"href", "src", "action", "poster", "data"}


class Page(HTMLParser):
    """What the checks need from one HTML page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []          # (tag, attribute, value, attrs)
        self.ids = set()
        self.html_lang = None
        self.titles = []
        self.meta = {}           # name or property -> [content]
        self.link_rels = []      # (rel, href)
        self.scripts = []
        self.styles = []         # inline <style> text and style="" attributes
        self._in_title = False
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and "name" in a:
            self.ids.add(a["name"])
        if tag == "html":
            self.html_lang = a.get("lang")
        if tag == "title":
            self._in_title = True
            self.titles.append("")
        if tag == "style":
            self._in_style = True
            self.styles.append("")
        if "style" in a and a["style"]:
            self.styles.append(a["style"])
        if tag == "meta":
            key = a.get("name") or a.get("property")
            if key:
                self.meta.setdefault(key, []).append(a.get("content") or "")
        if tag == "link":
            for rel in (a.get("rel") or "").lower().split():
                self.link_rels.append((rel, a.get("href")))
        if tag == "script" and a.get("src") is not None:
            self.scripts.append(a["src"])
        for name, value in attrs:
            if name in LINK_ATTRIBUTES and value is not None:
                if name == "data" and tag != "object":
                    continue
                self.links.append((tag, name, value, a))
            if name in ("srcset", "imagesrcset") and value:
                for candidate in value.split(","):
                    url = candidate.strip().split(" ")[0]
                    if url:
                        self.links.append((tag, name, url, a))

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_title:
            self.titles[-1] += data
        if self._in_style:
            self.styles[-1] += data


class Site:
    def __init__(self, root):
        self.root = os.path.abspath(root)
        if not os.path.isdir(self.root):
            sys.exit(f"{root}: bukan folder")
        self.pages = sorted(
            os.path.relpath(os.path.join(d, f), self.root)
            for d, _, files in os.walk(self.root) for f in files if f.endswith(".html"))
        self._parsed = {}

    def parse(self, relpath):
        if relpath not in self._parsed:
            page = Page()
            with open(os.path.join(self.root, relpath), encoding="utf-8") as f:
                page.feed(f.read())
            page.close()
            self._parsed[relpath] = page
        return self._parsed[relpath]

    def url_path(self, relpath):
        """The URL path a page is served at: /a/b/ for a/b/index.html, /404.html for 404.html."""
        parts = relpath.split(os.sep)
        if parts[-1] == "index.html":
            return "/" + "".join(p + "/" for p in parts[:-1])
        return "/" + "/".join(parts)

    def base_url(self):
        """The site's own address (scheme://host/path/) from the home page's canonical link."""
        home = self.parse("index.html") if os.path.isfile(os.path.join(self.root, "index.html")) else None
        canonical = [href for rel, href in (home.link_rels if home else []) if rel == "canonical"]
        return canonical[0] if canonical else None


def is_external(value):
    lowered = value.strip().lower()
    return lowered.startswith(EXTERNAL_SCHEMES) or lowered.startswith("//")


def check_links(site, relative):
    findings = []
    own = site.base_url()
    own_path = urlsplit(own).path if own else "/"
    for relpath in site.pages:
        page = site.parse(relpath)
        page_dir = os.path.dirname(os.path.join(site.root, relpath))
        for tag, attribute, value, _ in page.links:
            where = f"{relpath}: <{tag} {attribute}=\"{value}\">"
            if value.strip() == "":
                findings.append(f"{where} kosong")
                continue
            lowered = value.strip().lower()
            if lowered.startswith("javascript:"):
                findings.append(f"{where} memakai javascript:")
                continue
            if own and not relative and value.startswith(own):
                value = own_path + value[len(own):]  # an absolute address of the site itself
            elif lowered.startswith("data:") or is_external(value):
                continue
            parts = urlsplit(value)
            if parts.scheme:
                findings.append(f"{where} memakai skema yang tidak dikenal")
                continue
            path, fragment = unquote(parts.path), unquote(parts.fragment)
            if path == "":
                target = os.path.join(site.root, relpath)
            elif path.startswith("/"):
                if relative:
                    findings.append(f"{where} berawal '/': tidak berfungsi dari file://")
                    continue
                if not path.startswith(own_path):
                    findings.append(f"{where} di luar alamat situs {own_path}")
                    continue
                target = os.path.join(site.root, path[len(own_path):])
            else:
                target = os.path.normpath(os.path.join(page_dir, path))
            target = os.path.normpath(target)
            if not (target + os.sep).startswith(site.root + os.sep) and target != site.root:
                findings.append(f"{where} menunjuk ke luar folder situs")
                continue
            if os.path.isdir(target):
                if relative and path != "":
                    findings.append(f"{where} menunjuk folder; dari file:// harus langsung ke index.html")
                    continue
                target = os.path.join(target, "index.html")
            if not os.path.isfile(target):
                findings.append(f"{where} tidak ada di situs")
                continue
            if fragment:
                target_rel = os.path.relpath(target, site.root)
                if not target_rel.endswith(".html"):
                    findings.append(f"{where}: #{fragment} pada berkas yang bukan halaman")
                elif fragment not in site.parse(target_rel).ids:
                    findings.append(f"{where}: tidak ada id=\"{fragment}\" di {target_rel}")
    findings += check_sitemap(site, own)
    return findings


def check_sitemap(site, own):
    """Every address of sitemap.xml (<loc>) and of feed.xml (href), when there are such files, that
    is on the site's own address is a file of the site."""
    if not own:
        return []
    findings = []
    for name, pattern in (("sitemap.xml", r"<loc>\s*([^<]+?)\s*</loc>"), ("feed.xml", r'href="([^"]+)"')):
        path = os.path.join(site.root, name)
        if not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as f:
            addresses = re.findall(pattern, f.read())
        for address in addresses:
            if not address.startswith(own):
                if name == "sitemap.xml":
                    findings.append(f"{name}: {address} di luar {own}")
                continue
            target = os.path.join(site.root, unquote(urlsplit(address[len(own):]).path))
            if os.path.isdir(target):
                target = os.path.join(target, "index.html")
            if not os.path.isfile(target):
                findings.append(f"{name}: {address} tidak ada di situs")
    return findings


CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)|@import\s+['"]([^'"]+)""", re.IGNORECASE)


def css_requests(text):
    return [m.group(1) or m.group(2) for m in CSS_URL.finditer(text)]


def check_offline(site):
    """No request leaves the site: resources (not <a> links, not canonical/alternate) are all local."""
    findings = []
    own = site.base_url()
    own_host = urlsplit(own).netloc if own else None
    not_requests = {"canonical", "alternate", "author", "license", "help", "me", "bookmark", "external",
                    "next", "prev", "search"}

    def foreign(value):
        return is_external(value) and not value.lower().startswith(("mailto:", "tel:")) and \
            urlsplit(value.strip() if not value.startswith("//") else "http:" + value).netloc != own_host

    for relpath in site.pages:
        page = site.parse(relpath)
        for tag, attribute, value, attrs in page.links:
            if tag in ("a", "area", "form"):
                continue
            if tag == "link":
                rels = set((attrs.get("rel") or "").lower().split())
                if rels and rels <= not_requests:
                    continue
            if foreign(value):
                findings.append(f"{relpath}: <{tag} {attribute}=\"{value}\"> memuat dari server lain")
        for style in page.styles:
            for url in css_requests(style):
                if foreign(url):
                    findings.append(f"{relpath}: gaya memuat {url} dari server lain")
    for d, _, files in os.walk(site.root):
        for name in files:
            if name.endswith(".css"):
                with open(os.path.join(d, name), encoding="utf-8") as f:
                    for url in css_requests(f.read()):
                        if foreign(url):
                            findings.append(f"{os.path.relpath(os.path.join(d, name), site.root)}: memuat {url} dari server lain")
    return findings


FINGERPRINT = re.compile(r"\.[0-9a-f]{8,}\.css$")


def check_head(site):
    findings = []
    own = site.base_url()
    if not own:
        return ["index.html: tidak ada <link rel=\"canonical\">; alamat situs tidak diketahui"]
    for relpath in site.pages:
        page = site.parse(relpath)
        say = lambda message: findings.append(f"{relpath}: {message}")
        if page.html_lang != "id":
            say(f"<html lang> adalah {page.html_lang!r}, bukan \"id\"")
        if len(page.titles) != 1 or not page.titles[0].strip():
            say("harus ada tepat satu <title> yang berisi")
        for name in ("description", "viewport", "og:title", "og:description", "og:url"):
            values = page.meta.get(name, [])
            if len(values) != 1 or not values[0].strip():
                say(f"harus ada tepat satu <meta {'property' if name.startswith('og:') else 'name'}=\"{name}\"> yang berisi")
        canonicals = [href for rel, href in page.link_rels if rel == "canonical"]
        expected = own + site.url_path(relpath)[1:] if own.endswith("/") else None
        if len(canonicals) != 1:
            say("harus ada tepat satu <link rel=\"canonical\">")
        elif expected and canonicals[0] != expected:
            say(f"canonical {canonicals[0]} seharusnya {expected}")
        if page.meta.get("og:url") and canonicals and page.meta["og:url"][0] != canonicals[0]:
            say("og:url berbeda dari canonical")
        sheets = [href for rel, href in page.link_rels if rel == "stylesheet"]
        if len(sheets) != 1:
            say(f"{len(sheets)} berkas CSS; seharusnya satu")
        elif not FINGERPRINT.search(urlsplit(sheets[0]).path):
            say(f"berkas CSS {sheets[0]} tanpa sidik jari (fingerprint)")
    return findings


def local_file(site, relpath, value):
    """The file a local URL of a page points at, or None."""
    if is_external(value) or value.startswith("data:"):
        return None
    path = unquote(urlsplit(value).path)
    own = site.base_url()
    own_path = urlsplit(own).path if own else "/"
    if path.startswith("/"):
        target = os.path.join(site.root, path[len(own_path):] if path.startswith(own_path) else path[1:])
    else:
        target = os.path.join(os.path.dirname(os.path.join(site.root, relpath)), path)
    target = os.path.normpath(target)
    if os.path.isdir(target):
        target = os.path.join(target, "index.html")
    return target if os.path.isfile(target) else None


def check_weight(site, max_kb):
    rows = []
    compressed_cache = {}

    def sizes(path):
        if path not in compressed_cache:
            with open(path, "rb") as f:
                data = f.read()
            compressed_cache[path] = (len(data), len(gzip.compress(data, 6, mtime=0)))
        return compressed_cache[path]

    for relpath in site.pages:
        page = site.parse(relpath)
        files = [os.path.join(site.root, relpath)]
        assets = [href for rel, href in page.link_rels if rel == "stylesheet"] + page.scripts
        for value in assets:
            target = local_file(site, relpath, value)
            if target and target not in files:
                files.append(target)
        raw = sum(sizes(f)[0] for f in files)
        packed = sum(sizes(f)[1] for f in files)
        rows.append((raw, packed, relpath))
    if not rows:
        return ["tidak ada halaman"]
    rows.sort()
    raws = [r[0] for r in rows]
    limit = max_kb * 1024
    median = statistics.median(raws)
    print(f"Bobot halaman (HTML + CSS/JS), {len(rows)} halaman:")
    print(f"  terkecil {raws[0] / 1024:.1f} KB, median {median / 1024:.1f} KB, "
          f"persentil 90 {raws[int(len(raws) * 0.9) - 1] / 1024:.1f} KB, terbesar {raws[-1] / 1024:.1f} KB")
    print(f"  terkompresi gzip: median {statistics.median(r[1] for r in rows) / 1024:.1f} KB, "
          f"terbesar {max(r[1] for r in rows) / 1024:.1f} KB")
    print("  terberat:")
    for raw, packed, relpath in rows[-5:][::-1]:
        print(f"    {raw / 1024:6.1f} KB ({packed / 1024:5.1f} KB gzip)  {relpath}")
    findings = []
    if median >= limit:
        findings.append(f"halaman median {median / 1024:.1f} KB; batasnya {max_kb} KB")
    for raw, packed, relpath in rows:
        if packed >= limit:
            findings.append(f"{relpath}: {packed / 1024:.1f} KB terkompresi; batasnya {max_kb} KB")
    return findings


def main(argv):
    if len(argv) < 3 or argv[1] not in ("links", "relative-links", "offline", "head", "weight"):
        sys.exit(__doc__)
    site = Site(argv[2])
    if not site.pages:
        sys.exit(f"{argv[2]}: tidak ada halaman HTML")
    command = argv[1]
    if command == "links":
        findings = check_links(site, relative=False)
    elif command == "relative-links":
        findings = check_links(site, relative=True)
    elif command == "offline":
        findings = check_offline(site)
    elif command == "head":
        findings = check_head(site)
    else:
        max_kb = int(argv[argv.index("--max-kb") + 1]) if "--max-kb" in argv else 50
        findings = check_weight(site, max_kb)
    for finding in findings:
        print(finding)
    checked = f"{len(site.pages)} halaman diperiksa ({command})"
    print(f"{checked}: {len(findings)} temuan" if findings else f"{checked}: tidak ada temuan")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
