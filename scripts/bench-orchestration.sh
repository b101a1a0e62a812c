#!/usr/bin/env bash
# Benchmark (not a test): what the in-process Durable Task engine costs per activity call — engine start, no-op
# activities in sequence (latency) and 50 sub-orchestrations of four calls at once (an ingest's shape), against the
# same no-op called directly. Prints JSON; docs/benchmarks.md ("Orchestration overhead") is edited by hand from it.
# Usage: scripts/bench-orchestration.sh [runs]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
dotnet build bench/Lakehouse.OrchestrationBench -c Release --nologo -v quiet >/dev/null
exec dotnet bench/Lakehouse.OrchestrationBench/bin/Release/net10.0/Lakehouse.OrchestrationBench.dll "${1:-5}"
