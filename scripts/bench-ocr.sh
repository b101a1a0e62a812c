#!/usr/bin/env bash
# OCR benchmark (not a test): pages per minute and character error rate of our path (Tesseract 5 C API, por+eng,
# pages in parallel on --cores engines) next to the tesseract CLI run page by page with OMP_THREAD_LIMIT=1 and the same
# languages, on the real scans in ../shared/data/ocr and on JPEG pages of generated contract scans. Writes the "OCR"
# section of docs/benchmarks.md. Usage: scripts/bench-ocr.sh [--cores 2] [--contracts 12] [--runs 3]
# On a shared machine run it under the build lock: flock /work/build.lock scripts/bench-ocr.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
"$root/scripts/setup.sh"
data="$(cd "$root/.." && pwd)/shared/data/ocr"
[[ -d $data ]] || { echo "bench-ocr: $data not found (the real scans with ground truth)" >&2; exit 2; }
dotnet build bench/Lakehouse.OcrBench -c Release --nologo -v quiet
rm -rf "$root/.lakehouse/bench-ocr"
exec dotnet bench/Lakehouse.OcrBench/bin/Release/net10.0/Lakehouse.OcrBench.dll run --data "$data" \
  --work "$root/.lakehouse/bench-ocr" --report "$root/docs/benchmarks.md" "$@"
