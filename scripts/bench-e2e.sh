#!/usr/bin/env bash
# End-to-end benchmark (not a test): the generated Olist sample at --scale (default 1.0, ≈1.53 M rows) through
# `lakehouse ingest` (filesystem lake → mask → Parquet → validate → PostgreSQL star schema) against a throwaway
# PostgreSQL cluster, fresh database per run; then the floor on the same CSVs: DuckDB CSV → Parquet (DuckDB.NET) plus psql \copy
# into plain typed tables. Per-stage times from lakehouse.stage_results, peak memory from /usr/bin/time -v.
# Prints the medians and writes them as JSON to .lakehouse/bench-e2e/results.json (docs/benchmarks.md is edited by
# hand from it). S3 is optional: export Lakehouse__Lake__Provider=s3 and its settings to measure against MinIO.
# Usage: scripts/bench-e2e.sh [--scale S] [--runs N]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
scale=1.0 runs=3
while [[ $# -gt 0 ]]; do
  case $1 in
    --scale) scale=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) echo "usage: $0 [--scale S] [--runs N]" >&2; exit 2 ;;
  esac
done
work="$root/.lakehouse/bench-e2e"
data="$work/data-$scale"
mkdir -p "$work"
[[ -x /usr/bin/time ]] || apt-get install -y time >/dev/null
# The CLI as users run it: ./lakehouse publishes it (Release, ReadyToRun) into src/Lakehouse.Cli/bin/cli when changed.
"$root/lakehouse" --help >/dev/null
dotnet build bench/Lakehouse.Benchmarks -c Release --nologo -v quiet >/dev/null
cli=("$root/lakehouse") # through the wrapper, as users run it (it sets the runtime's GC budget; LAKEHOUSE_CLI_OUT respected)
# DuckDB's half of the floor: DuckDB.NET in a fresh process (bench/Lakehouse.Benchmarks floor).
floor_duckdb=(dotnet "$root/bench/Lakehouse.Benchmarks/bin/Release/net10.0/Lakehouse.Benchmarks.dll" floor)
# (an if, not `[[ … ]] || …`: a failed generation must stop the script, and set -e does not see the left side of ||)
if [[ ! -f "$data/olist_orders_dataset.csv" ]]; then
  "${cli[@]}" sample olist --scale "$scale" --out "$data" >/dev/null
fi

# Throwaway cluster from the system binaries (as root through the postgres user, like src/Lakehouse.Core/Embedded).
bin="${LAKEHOUSE_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
pgdir="$work/pg"
as_pg=(); [[ $(id -u) == 0 ]] && as_pg=(runuser -u postgres --)
rm -rf "$pgdir"; mkdir -p "$pgdir"; [[ $(id -u) == 0 ]] && chown postgres "$pgdir" && chmod 755 "$work"
"${as_pg[@]}" "$bin/initdb" -D "$pgdir" -A trust -U postgres -E UTF8 --locale=C --no-sync >/dev/null
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
"${as_pg[@]}" "$bin/pg_ctl" -D "$pgdir" -l "$pgdir/postgres.log" -w start \
  -o "-p $port -k '' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null
trap '"${as_pg[@]}" "$bin/pg_ctl" -D "$pgdir" -m fast -w stop >/dev/null || true' EXIT
psql_at() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres "$@"; }
# "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.33" and "Maximum resident set size (kbytes): 123" of time -v.
timed() { local log=$1; shift; /usr/bin/time -v -o "$log" "$@"; }
wall_of() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$1"; }
rss_of() { awk -F': ' '/Maximum resident set size/ { print $2 * 1024 }' "$1"; }

declare -A table=([olist_customers_dataset]=customers [olist_geolocation_dataset]=geolocation [olist_order_items_dataset]=order_items
  [olist_order_payments_dataset]=order_payments [olist_order_reviews_dataset]=order_reviews [olist_orders_dataset]=orders
  [olist_products_dataset]=products [olist_sellers_dataset]=sellers [product_category_name_translation]=category_translation)
bytes=$(cat "$data"/*.csv | wc -c)
results="$work/runs.jsonl"; : > "$results"
for run in $(seq 1 "$runs"); do
  db="ours_$run"; psql_at -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  lake="$work/lake-$run"; rm -rf "$lake"
  echo "run $run/$runs: lakehouse ingest" >&2
  ConnectionStrings__Warehouse="Host=127.0.0.1;Port=$port;Username=postgres;Database=$db" \
  Lakehouse__Lake__Root="$lake" Lakehouse__Masking__Key="bench-e2e-key-not-a-secret" \
    timed "$work/ours-$run.time" "${cli[@]}" ingest "$data" > "$work/ours-$run.log"
  stages=$(psql_at -d "$db" -At -c "SELECT coalesce(json_object_agg(stage, json_build_object('objects', n, 'sum', s, 'wall', w, 'rows', r)), '{}')
    FROM (SELECT stage, count(*) n, sum(extract(epoch FROM finished_at - started_at)) s, extract(epoch FROM max(finished_at) - min(started_at)) w,
      sum(rows) r FROM lakehouse.stage_results WHERE status = 'succeeded' GROUP BY stage) t")
  pipeline=$(psql_at -d "$db" -At -c "SELECT extract(epoch FROM max(finished_at) - min(started_at)) FROM lakehouse.stage_results")
  loaded=$(psql_at -d "$db" -At -c "SELECT (SELECT count(*) FROM dw.fact_order_item) || ',' || (SELECT count(*) FROM dw.fact_order)")

  echo "run $run/$runs: floor (DuckDB → Parquet, psql \\copy)" >&2
  rm -rf "$work/duckdb-$run"
  duck=$(timed "$work/duck-$run.time" "${floor_duckdb[@]}" "$data" "$work/duckdb-$run")
  fdb="floor_$run"; psql_at -d postgres -c "DROP DATABASE IF EXISTS $fdb" -c "CREATE DATABASE $fdb"
  { cat bench/e2e/floor.sql
    for f in "$data"/*.csv; do name=$(basename "$f" .csv); echo "\\copy ${table[$name]} FROM '$f' WITH (FORMAT csv, HEADER true)"; done
  } > "$work/floor-$run.sql"
  timed "$work/copy-$run.time" psql -X -q -h 127.0.0.1 -p "$port" -U postgres -d "$fdb" -f "$work/floor-$run.sql"
  printf '{"run":%d,"ours":{"wall":%s,"peak":%s,"pipeline":%s,"loaded":"%s","stages":%s},"duckdb":{"wall":%s,"peak":%s,"inner":%s},"copy":{"wall":%s,"peak":%s}}\n' \
    "$run" "$(wall_of "$work/ours-$run.time")" "$(rss_of "$work/ours-$run.time")" "$pipeline" "$loaded" "$stages" \
    "$(wall_of "$work/duck-$run.time")" "$(rss_of "$work/duck-$run.time")" "$duck" \
    "$(wall_of "$work/copy-$run.time")" "$(rss_of "$work/copy-$run.time")" >> "$results"
  tail -1 "$results" >&2
  psql_at -d postgres -c "DROP DATABASE $fdb"
done

python3 - "$results" "$bytes" "$scale" <<'EOF' | tee "$work/results.json"
import json, statistics as st, sys
runs = [json.loads(l) for l in open(sys.argv[1])]
med = lambda f: round(st.median(f(r) for r in runs), 2)
ours, floor = med(lambda r: r["ours"]["wall"]), med(lambda r: r["duckdb"]["wall"] + r["copy"]["wall"])
stages = {s: {k: med(lambda r: r["ours"]["stages"][s][k]) for k in ("sum", "wall")} | {"objects": runs[0]["ours"]["stages"][s]["objects"]}
          for s in runs[0]["ours"]["stages"]}
print(json.dumps({"scale": float(sys.argv[3]), "rows": runs[0]["duckdb"]["inner"]["rows"], "csv_bytes": int(sys.argv[2]), "runs": len(runs),
  "ours_wall": ours, "ours_pipeline": med(lambda r: r["ours"]["pipeline"]), "ours_peak_mib": med(lambda r: r["ours"]["peak"] / 2**20),
  "ours_peak_max_mib": round(max(r["ours"]["peak"] for r in runs) / 2**20, 2), "ratios": [round(r["ours"]["wall"] / (r["duckdb"]["wall"] + r["copy"]["wall"]), 2) for r in runs],
  "duckdb_wall": med(lambda r: r["duckdb"]["wall"]), "duckdb_inner": med(lambda r: r["duckdb"]["inner"]["seconds"]),
  "duckdb_peak_mib": med(lambda r: r["duckdb"]["peak"] / 2**20), "copy_wall": med(lambda r: r["copy"]["wall"]),
  "copy_peak_mib": med(lambda r: r["copy"]["peak"] / 2**20), "floor_wall": floor, "ratio": round(ours / floor, 2),
  "loaded": runs[-1]["ours"]["loaded"], "stages": stages}, indent=1))
EOF
