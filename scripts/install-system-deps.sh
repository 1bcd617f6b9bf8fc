#!/usr/bin/env bash
# Debian packages the test suite needs, each checked on its own:
#   chromium        the browser tests of the HTML output (tests/browser/, /usr/bin/chromium)
#   firefox-esr     the offline page opened from file:// in Firefox (tests/browser/app-firefox.test.ts,
#                   /usr/bin/firefox-esr, driven over WebDriver BiDi by puppeteer-core)
#   fonts-noto-cjk  Chinese text in those pages and their screenshots (without it: boxes, not characters)
#   libreoffice-writer-nogui  `soffice --headless --convert-to pdf` of the Word fixtures into the PDF
#                   fixtures (scripts/make-pdf-fixtures.mjs, npm run fixtures:pdf)
#   libreoffice-calc-nogui  `soffice --headless --convert-to ods` of the xlsx output (tests/xlsx-output.test.ts:
#                   the reviewer's workbook opens in LibreOffice)
#   fonts-droid-fallback  a TrueType Chinese font for those PDFs: embedded as a small TrueType subset, where
#                   the Noto CJK fonts (CFF) come out of Chromium as Type 3 glyphs several times the size
#   ghostscript     `gs -sDEVICE=pdfwrite`: two PDF fixtures are fixtures written again by it, as sites that
#                   compress their PDFs do (scripts/make-pdf-fixtures.mjs, npm run fixtures:pdf)
#   poppler-utils   pdftotext: the PDF fixtures' test (tests/pdf-fixtures.test.ts) and the PDF speed
#                   comparison in npm run bench
# Installs only what is missing (apt-get, as root or through sudo). Idempotent: prints nothing and
# changes nothing when all is there. Exits non-zero, saying what is missing and how to install it, when
# it cannot install.
set -euo pipefail

PACKAGES=(chromium firefox-esr fonts-noto-cjk libreoffice-writer-nogui libreoffice-calc-nogui fonts-droid-fallback ghostscript poppler-utils)

# Installed according to dpkg; without dpkg (not Debian), what the package provides is looked for.
installed() {
  if command -v dpkg-query >/dev/null 2>&1; then
    [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]
    return
  fi
  case "$1" in
    chromium) command -v chromium >/dev/null 2>&1 ;;
    firefox-esr) command -v firefox-esr >/dev/null 2>&1 ;;
    fonts-noto-cjk) command -v fc-list >/dev/null 2>&1 && fc-list ':lang=zh' family | grep -q 'Noto .*CJK' ;;
    libreoffice-writer-nogui) command -v soffice >/dev/null 2>&1 ;;
    libreoffice-calc-nogui) command -v soffice >/dev/null 2>&1 && ls /usr/lib/libreoffice/program/libsclo.so >/dev/null 2>&1 ;;
    fonts-droid-fallback) command -v fc-list >/dev/null 2>&1 && fc-list family | grep -q 'Droid Sans Fallback' ;;
    ghostscript) command -v gs >/dev/null 2>&1 ;;
    poppler-utils) command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 ;;
    *) return 1 ;;
  esac
}

missing=()
for p in "${PACKAGES[@]}"; do
  installed "$p" || missing+=("$p")
done
[ "${#missing[@]}" -eq 0 ] && exit 0

fail() {
  echo "install-system-deps: $1" >&2
  echo "install-system-deps: missing: ${missing[*]}. Install them, e.g.: sudo apt-get install --no-install-recommends ${missing[*]}" >&2
  exit 1
}

command -v apt-get >/dev/null 2>&1 || fail "apt-get is not available (not a Debian-based system)."
if [ "$(id -u)" = "0" ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO=(sudo -n)
else
  fail "installing needs root (run as root, or with sudo that does not ask for a password)."
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
export DEBIAN_FRONTEND=noninteractive
if ! { "${SUDO[@]}" apt-get update -qq && "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
  tail -n 20 "$log" >&2
  fail "apt-get could not install ${missing[*]} (its last lines are above)."
fi

still=()
for p in "${missing[@]}"; do
  installed "$p" || still+=("$p")
done
if [ "${#still[@]}" -gt 0 ]; then
  missing=("${still[@]}")
  fail "apt-get finished, but ${still[*]} is still not installed."
fi
echo "install-system-deps: installed ${missing[*]}"
