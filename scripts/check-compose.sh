#!/usr/bin/env bash
# Validates docker-compose.yml with a real Compose parser (no Docker engine needed): the Compose v2 plugin when
# present, else Debian's docker-compose v1 (installed with apt-get when missing and we are root).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
else
  if ! command -v docker-compose >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [[ $(id -u) == 0 ]]; then
    echo "check-compose: installing docker-compose (apt)"
    apt-get install -y -qq docker-compose >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq docker-compose >/dev/null; }
  fi
  command -v docker-compose >/dev/null 2>&1 || { echo "check-compose: no Compose parser (docker compose or docker-compose) available" >&2; exit 2; }
  compose=(docker-compose)
fi
"${compose[@]}" --env-file .env.sample -f docker-compose.yml config -q
echo "check-compose: docker-compose.yml is valid ($("${compose[@]}" version --short 2>/dev/null || echo unknown version))"
