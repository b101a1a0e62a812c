#!/usr/bin/env bash
# Installs what the pipeline and its tests need on a Debian/Ubuntu machine with the .NET 10 SDK, when missing:
# PostgreSQL server binaries (embedded default and throwaway test clusters), Node.js + npm and the npm test peer in
# tools/ (s3rver; DuckDB, the Parquet oracle of the tests and benchmarks, comes with the DuckDB.NET NuGet package), the
# document tools: Tesseract 5 with Portuguese (libtesseract.so.5, Leptonica, osd), poppler-utils
# (pdfinfo/pdftotext/pdftoppm), ImageMagick and a font (generated scans), qpdf (encrypted-PDF test), and Chromium (the
# report tests render pages in it). apt-get runs only when something is missing and we are root (or sudo works).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

have_pg() { ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; }
apt_install() {
  local sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo"; else
      echo "setup: missing $*; install them (apt-get install $*) or run as root" >&2; return 1; fi
  fi
  echo "setup: installing $* ..." >&2
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

command -v dotnet >/dev/null 2>&1 || { echo "setup: the .NET 10 SDK (dotnet) is required" >&2; exit 2; }
missing=()
have_pg || missing+=(postgresql)
[[ -e /usr/share/zoneinfo/America/Sao_Paulo ]] || missing+=(tzdata)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
have_tessdata() { ls /usr/share/tesseract-ocr/*/tessdata/"$1".traineddata >/dev/null 2>&1; }
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr)
have_tessdata por || missing+=(tesseract-ocr-por)
have_tessdata osd || missing+=(tesseract-ocr-osd)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
[[ -x /usr/bin/convert || -x /usr/bin/magick ]] || missing+=(imagemagick)
[[ -n $(find /usr/share/fonts -type f \( -name '*.ttf' -o -name '*.otf' -o -name '*.pfb' \) -print -quit 2>/dev/null) ]] \
  || missing+=(fonts-dejavu-core)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
if [[ ${#missing[@]} -gt 0 ]]; then apt_install "${missing[@]}"; fi

if [[ ! -d "$root/tools/node_modules/s3rver" ]]; then
  echo "setup: installing the npm test peer (s3rver) into tools/ ..." >&2
  # `npm install --no-save` installs the versions pinned in package-lock.json without rewriting it.
  npm install --prefix "$root/tools" --no-save --no-audit --no-fund --loglevel=error >/dev/null
fi
