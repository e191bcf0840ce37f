#!/usr/bin/env python3
"""axe-core (WCAG 2.1 AA and best practices) in headless Chromium over the main pages of a built site.

Usage: axe_check.py SITE_DIR [--widths 1280,360] [--page PATH ...]

The site (a normal build, root-relative links) is served from a local HTTP server on 127.0.0.1, as a
web host would serve it; Selenium drives Debian's chromium through /usr/bin/chromedriver, given
explicitly so that Selenium never tries to download a driver. Each page is checked at each width (the
viewport is set exactly, 360 px as a phone with touch, which a window size cannot do: Chromium keeps
windows at least 500 px wide). Pages: scripts/quality/pages.py (every main page type must exist
except the few listed there as optional). Exit 1 on any violation.
"""
import functools
import http.server
import os
import sys
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pages as main_pages  # noqa: E402

CHROMIUM = os.environ.get("PPID_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("PPID_CHROMEDRIVER", "/usr/bin/chromedriver")
# Never let Selenium Manager look for (or download) a browser or driver: both are given above.
os.environ.setdefault("SE_OFFLINE", "true")
# What axe runs: WCAG 2.0/2.1 A and AA, and axe's best practices.
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]},
               "resultTypes": ["violations"]}


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(root):
    handler = functools.partial(QuietHandler, directory=root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def set_width(driver, width):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
    driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": width < 600})


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--disable-extensions", "--no-first-run", "--lang=id", "--window-size=1280,900"):
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    return driver


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    site = os.path.abspath(argv[1])
    widths = [int(w) for w in argv[argv.index("--widths") + 1].split(",")] if "--widths" in argv else [1280, 360]
    for tool in (CHROMIUM, CHROMEDRIVER):
        if not (os.path.isfile(tool) and os.access(tool, os.X_OK)):
            print(f"{tool} tidak ada; pasang chromium dan chromium-driver (make test memasangnya)")
            return 2
    try:
        import selenium  # noqa: F401
        from axe_core_python.base import AXE_SCRIPT
    except ImportError:
        print("selenium/axe-core-python tidak ada di .venv; jalankan make .venv/.ok")
        return 2

    if "--page" in argv:
        chosen = [(p, p) for p in argv[argv.index("--page") + 1:]]
        problems = []
    else:
        chosen, problems, skipped = main_pages.resolve(site)
        if skipped:
            print("Belum ada di situs, dilewati: " + ", ".join(skipped))
    for problem in problems:
        print(problem)

    server = serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    driver = browser()
    # axe.min.js (bundled by axe-core-python) loads with every page, before the page's own scripts,
    # instead of being sent through WebDriver after each load.
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": AXE_SCRIPT})
    violations = 0
    try:
        for width in widths:
            set_width(driver, width)
            for name, path in chosen:
                violations += check_page(driver, base, name, path, width)
    finally:
        driver.quit()
        server.shutdown()
    print(f"axe: {len(chosen)} halaman × lebar {', '.join(f'{w} px' for w in widths)}: {violations} pelanggaran"
          + (f", {len(problems)} jenis halaman hilang" if problems else ""))
    return 1 if violations or problems else 0


def check_page(driver, base, name, path, width):
    url = base + (path[:-len("index.html")] if path.endswith("index.html") else path)
    driver.get(url)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, arguments[0]).then(done, error => done({error: String(error)}));", AXE_OPTIONS)
    if "error" in result:
        print(f"FAIL {name} {width} px /{url[len(base):]}: axe gagal: {result['error']}")
        return 1
    found = result.get("violations", [])
    where = f"{name:26} {width:4} px  /{url[len(base):]}"
    if not found:
        print(f"ok   {where}")
    violations = 0
    for violation in found:
        nodes = violation.get("nodes", [])
        violations += len(nodes)
        print(f"FAIL {where}: {violation['id']} ({violation.get('impact')}) "
              f"— {violation['help']} [{len(nodes)} elemen]")
        for node in nodes[:5]:
            target = " ".join(str(t) for t in node.get("target", []))
            print(f"       {target}: {node.get('failureSummary', '').replace(chr(10), ' ')}")
            print(f"       {node.get('html', '')[:200]}")
    return violations


if __name__ == "__main__":
    sys.exit(main(sys.argv))
