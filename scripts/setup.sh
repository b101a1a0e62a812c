#!/usr/bin/env bash
# Installs what is missing on a Debian/Ubuntu machine with the .NET 10 SDK, saying what each step does.
# Usage: scripts/setup.sh [demo|test]   (default: test, which is everything)
#   demo  what the product needs: PostgreSQL server binaries (the embedded warehouse), time zone data, the document
#         tools (Tesseract 5 with Portuguese and orientation data: libtesseract.so.5 is called through its C API;
#         poppler-utils for PDFs; ImageMagick and a font for `lakehouse sample contracts`)
#   test  the demo's needs, plus Node.js + npm and the npm test peer in tools/ (s3rver), Chromium (the report tests
#         render pages in it) and qpdf (the encrypted-PDF test). DuckDB, the tests' Parquet oracle, is a NuGet package.
# apt-get runs only when something is missing and we are root (or sudo works). SETUP_DRY_RUN=1 prints the plan only.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
purpose="${1:-test}"

# What each purpose needs, one "apt-package  proof-it-is-installed" per line (a command on PATH or a path glob).
# To add a package, add a line to the list of the purpose that needs it.
demo_packages=(
  "postgresql         /usr/lib/postgresql/*/bin/initdb"   # embedded warehouse and throwaway test clusters
  "tzdata             /usr/share/zoneinfo/America/Sao_Paulo"
  "tesseract-ocr      tesseract"                          # libtesseract.so.5 + Leptonica (OCR of scanned documents)
  "tesseract-ocr-por  /usr/share/tesseract-ocr/*/tessdata/por.traineddata"
  "tesseract-ocr-osd  /usr/share/tesseract-ocr/*/tessdata/osd.traineddata"
  "poppler-utils      pdftoppm"                           # pdfinfo/pdftotext/pdftoppm: PDF pages
  "imagemagick        /usr/bin/convert"                   # generated scans (lakehouse sample contracts); the path, not the name: a sandbox may put a stand-in called convert earlier on PATH
  "fonts-dejavu-core  /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
)
test_packages=(
  "nodejs      node"                                # runs the npm test peer
  "npm         npm"
  "chromium    chromium"                            # the report tests render pages in a real browser
  "qpdf        qpdf"                                # builds the encrypted PDF of a document test
)
test_npm_peers=(s3rver)                            # tools/package.json: installed into tools/node_modules

say() { echo "setup: $*" >&2; }
present() { command -v "$1" >/dev/null 2>&1 || compgen -G "$1" >/dev/null; }
missing_packages() {
  local line package proof
  for line in "$@"; do
    read -r package proof <<<"$line"
    if [[ $package == postgresql ]] && command -v initdb >/dev/null 2>&1; then continue; fi
    present "$proof" || echo "$package"
  done
}
apt_install() {
  local sudo=""
  if [[ -n ${SETUP_DRY_RUN:-} ]]; then say "would install with apt-get: $*"; return 0; fi
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo"; else
      say "missing $*; install them (apt-get install $*) or run as root"; return 1; fi
  fi
  say "installing $* with apt-get (a minute or two)..."
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
  say "installed $*"
}

case $purpose in
  demo) packages=("${demo_packages[@]}") ;;
  test) packages=("${demo_packages[@]}" "${test_packages[@]}") ;;
  *) echo "usage: $0 [demo|test]" >&2; exit 2 ;;
esac
command -v dotnet >/dev/null 2>&1 || { say "the .NET 10 SDK (dotnet) is required"; exit 2; }
say "checking what the ${purpose} needs: ${packages[*]%% *}"
mapfile -t missing < <(missing_packages "${packages[@]}")
if [[ ${#missing[@]} -gt 0 ]]; then apt_install "${missing[@]}"; fi

if [[ $purpose == test ]]; then
  for peer in "${test_npm_peers[@]}"; do
    [[ -d "$root/tools/node_modules/$peer" ]] && continue
    if [[ -n ${SETUP_DRY_RUN:-} ]]; then say "would install the npm test peers (${test_npm_peers[*]}) into tools/"; break; fi
    say "installing the npm test peers (${test_npm_peers[*]}) into tools/ (a minute or so)..."
    # `npm install --no-save` installs the versions pinned in package-lock.json without rewriting it.
    npm install --prefix "$root/tools" --no-save --no-audit --no-fund --loglevel=error >/dev/null
    say "installed the npm test peers"
    break
  done
fi
say "ready for the ${purpose}"
