#!/usr/bin/env bash
# Parquet codec benchmark (not a test): 1.5 M synthetic Olist-shaped rows, CSV → Parquet with our writer and with
# DuckDB, then reading our file with both; fresh process per measurement, medians of >= 3 runs, ratios ours/DuckDB.
# Writes the "Parquet codec" section of docs/benchmarks.md. Usage: scripts/bench-parquet.sh [--rows N] [--runs N]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
[[ -d tools/node_modules/@duckdb/node-api ]] || scripts/setup.sh
dotnet build bench/Lakehouse.Benchmarks -c Release --nologo -v quiet
exec dotnet bench/Lakehouse.Benchmarks/bin/Release/net10.0/Lakehouse.Benchmarks.dll run --repo "$root" \
  --work "$root/.lakehouse/bench" --report "$root/docs/benchmarks.md" "$@"
