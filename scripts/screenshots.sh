#!/usr/bin/env bash
# Screenshots of the main pages of the sample site, as a phone (360 px) and a desktop (1280 px) show them.
#
#   scripts/screenshots.sh [OUT]        default OUT: .screenshots/ (ignored by git)
#
# Builds Content/ with --relative-links (so the pages work from file://) and a fixed date into
# OUT/situs/, then writes OUT/<page>-360.png and OUT/<page>-1280.png with headless Chromium
# (Debian's chromium; `make test` installs it). Environment:
#   PPID_BIN=path/to/ppid     use this executable instead of building one (swift build -c release)
#   HEIGHT_360=2400 HEIGHT_1280=1600   window heights (the screenshot is the window, not the whole page)
#   CHROMIUM=/usr/bin/chromium
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-.screenshots}"
CHROMIUM="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || echo /usr/bin/chromium)}"
HEIGHT_360="${HEIGHT_360:-2400}"
HEIGHT_1280="${HEIGHT_1280:-1600}"

if [ ! -x "$CHROMIUM" ]; then
  echo "chromium tidak ada: sudo apt-get install chromium (atau jalankan make test sekali)" >&2
  exit 2
fi
if [ -z "${PPID_BIN:-}" ]; then
  swift build -c release --product ppid
  PPID_BIN="$(swift build -c release --show-bin-path)/ppid"
fi

mkdir -p "$OUT"
rm -rf "$OUT/situs"
"$PPID_BIN" build --content Content --templates Templates --output "$OUT/situs" --tanggal 2026-11-25 --relative-links
SITE="$(cd "$OUT/situs" && pwd)"

python3 scripts/quality/pages.py "$SITE" | while IFS=$'\t' read -r name path; do
  for width in 360 1280; do
    height="HEIGHT_$width"
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --lang=id \
      --screenshot="$OUT/$name-$width.png" --window-size="$width,${!height}" "file://$SITE/$path" \
      >/dev/null 2>&1 || echo "gagal: $name ($width px)" >&2
  done
  echo "$name: $OUT/$name-360.png, $OUT/$name-1280.png"
done
