#!/usr/bin/env bash
# Builds everything and runs every test: unit tests, plus integration tests against a real PostgreSQL (throwaway
# clusters from the system's binaries, or LAKEHOUSE_TEST_PG) and a real S3 server (s3rver, or LAKEHOUSE_TEST_S3_URL),
# with the orchestrations on the real Durable Task engine in-process.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
"$root/scripts/setup.sh" test
[[ -d ../shared/data/olist ]] && echo "test: real Olist subset found in ../shared/data/olist" \
  || echo "test: ../shared/data/olist absent: tests that need the real Olist subset are skipped"

mkdir -p "$root/.lakehouse"
log="$root/.lakehouse/test-output.log"
set +e
echo "test: building the solution, then running every test project; each test prints a line as it ends (the integration tests of Lakehouse.Functions.Tests and Lakehouse.Cli.Tests take minutes)" >&2
dotnet test "$root/Functions.sln" --nologo --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# Each test process leaves a watchdog that stops its servers (s3rver, PostgreSQL) and removes its temp folder once
# the process has ended (tests/Lakehouse.Testing/TestRunCleanup.cs); give them a moment to finish.
for _ in $(seq 1 60); do pgrep -f 'lakehouse-tests/run-.*/watchdog.sh' >/dev/null || break; sleep 0.5; done
# One closing line over all test assemblies: "N passed, N failed, N skipped" (the console logger's totals per assembly).
awk '/^ +Passed: [0-9]+$/ { p += $2 } /^ +Failed: [0-9]+$/ { f += $2 } /^ +Skipped: [0-9]+$/ { s += $2 }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
