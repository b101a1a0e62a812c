#!/usr/bin/env bash
# Replays the build stage of infra/Dockerfile without a Docker engine: its WORKDIR, COPY (from the repository root, the
# compose build context) and RUN lines, in that order, in a fresh folder — so CI proves the image's restore and publish
# of the Functions app work with the pins of Directory.Packages.props, and that the published app has the generator's
# functions.metadata and the host-side extensions.json. Only the first stage (up to the second FROM) is replayed; of the
# runtime stage it checks that its apt-get installs the OCR stage's native tools (docs/documents.md).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
workdir="$work"
stage=0
while IFS= read -r line; do
  [[ $line =~ ^[[:space:]]*(#|$) ]] && continue
  read -r instruction rest <<<"$line"
  case ${instruction^^} in
    FROM) stage=$((stage + 1)); [[ $stage -gt 1 ]] && break ;;
    WORKDIR) workdir="$work${rest}"; mkdir -p "$workdir" ;;
    COPY)
      read -ra parts <<<"$rest"
      destination="${parts[-1]}"; [[ $destination == /* ]] && target="$work$destination" || target="$workdir/$destination"
      for source in "${parts[@]:0:${#parts[@]}-1}"; do
        if [[ $destination == */ || ${#parts[@]} -gt 2 ]]; then mkdir -p "$target"; fi
        # Folders without build output, as .dockerignore has it (**/bin/, **/obj/).
        if [[ -d "$root/$source" ]]; then mkdir -p "$target"; tar -C "$root/$source" --exclude=bin --exclude=obj -cf - . | tar -C "$target" -xf -
        else cp "$root/$source" "$target"; fi
      done ;;
    RUN) echo "check-image-build: RUN $rest"; (cd "$workdir" && bash -c "${rest//\/home\/site\/wwwroot/$work/home/site/wwwroot}") ;;
    *) ;;
  esac
done < "$root/infra/Dockerfile"
# Tesseract 5 (libtesseract, Leptonica) with Portuguese and orientation data; poppler's pdfinfo, pdftotext, pdftoppm.
runtime_packages="$(sed -n '/^FROM .*dotnet-isolated/,$p' "$root/infra/Dockerfile" | grep -E 'apt-get install' | tr ' ' '\n')"
for package in tesseract-ocr tesseract-ocr-por tesseract-ocr-osd poppler-utils; do
  grep -qx -- "$package" <<<"$runtime_packages" || { echo "check-image-build: the runtime stage does not install $package (OCR)" >&2; exit 1; }
done
published="$work/home/site/wwwroot"
for file in Lakehouse.Functions.dll functions.metadata extensions.json host.json; do
  [[ -f "$published/$file" ]] || { echo "check-image-build: $file missing from the published app" >&2; exit 1; }
done
echo "check-image-build: infra/Dockerfile build stage restores and publishes the Functions app ($(grep -c '"scriptFile"' "$published/functions.metadata") functions)"
