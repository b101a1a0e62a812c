#!/usr/bin/env bash
# Decides how Lakehouse.Functions is built and prints "online" or "offline".
#   online : the real Azure Functions / Durable Task packages restore from the configured NuGet sources.
#   offline: they don't (an air-gapped or partial feed); build against build/functions-offline instead.
# The decision is left as a marker file (.lakehouse/functions-offline) that Directory.Build.props reads, so a plain
# `dotnet build`/`dotnet run` afterwards uses the same mode. FUNCTIONS_OFFLINE=true|false skips the probe.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
marker="$root/.lakehouse/functions-offline"
mkdir -p "$root/.lakehouse"

decide() {
  if [[ -n "${FUNCTIONS_OFFLINE:-}" ]]; then
    [[ "$FUNCTIONS_OFFLINE" == "true" ]] && echo offline || echo online
    return
  fi
  if dotnet restore "$root/src/Lakehouse.Functions/Lakehouse.Functions.csproj" -p:FunctionsOffline=false \
      --verbosity quiet >"$root/.lakehouse/functions-probe.log" 2>&1; then
    echo online
  else
    echo offline
  fi
}

mode="$(decide)"
if [[ "$mode" == offline ]]; then
  echo "real Functions packages did not restore (see .lakehouse/functions-probe.log)" >"$marker"
else
  rm -f "$marker"
fi
echo "$mode"
