#!/usr/bin/env bash
# The main job on a fresh machine: installs what the demo needs when missing (not the test tools), builds the CLI on
# first use, then runs `lakehouse demo` (a generated Olist-shaped sample through bronze → masked silver Parquet →
# validation → PostgreSQL star schema). Its home is the repository's .lakehouse/ (lake, private PostgreSQL under
# .lakehouse/pg stopped when done, masking key), which `./lakehouse` finds from any folder of the repository.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh" demo
export LAKEHOUSE_HOME="${LAKEHOUSE_HOME:-$root/.lakehouse}"
echo "demo: running lakehouse demo (home: $LAKEHOUSE_HOME)" >&2
"$root/lakehouse" demo "$@"
