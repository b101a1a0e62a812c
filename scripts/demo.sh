#!/usr/bin/env bash
# The main job on a fresh machine: installs what is missing, then runs `lakehouse demo` (a generated Olist-shaped
# sample through bronze → masked silver Parquet → validation → PostgreSQL star schema). With nothing configured the
# lake is .lakehouse/lake and the warehouse a private PostgreSQL under .lakehouse/pg, stopped when done.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh"
"$root/lakehouse" demo "$@"
