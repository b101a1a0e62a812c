// One DuckDB measurement for bench/Lakehouse.Benchmarks, in a fresh process:
//   node tools/bench-duckdb.mjs write <csv> <parquet> <read_csv columns>   CSV → Parquet (Snappy)
//   node tools/bench-duckdb.mjs read <parquet>                             every column decoded (aggregates)
// Prints {"seconds":..,"rows":..,"bytes":..,"peak":..}: seconds of the statement alone, peak = VmHWM of this process.
import { readFileSync, statSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

const [mode, a, b, columns] = process.argv.slice(2);
const q = (s) => "'" + s.replaceAll("'", "''") + "'";
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const start = process.hrtime.bigint();
let rows;
let file;
if (mode === 'write') {
  const r = await connection.runAndReadAll(
    `COPY (SELECT * FROM read_csv(${q(a)}, header = true, columns = ${columns})) TO ${q(b)} (FORMAT parquet, COMPRESSION snappy)`);
  rows = Number(r.getRows()[0]?.[0] ?? 0);
  file = b;
} else if (mode === 'read') {
  const r = await connection.runAndReadAll(`SELECT count(*), max(order_id), sum(order_item_id), max(product_id), max(seller_id),
      max(shipping_limit_date), sum(price), sum(freight_value), max(order_status), max(customer_state) FROM read_parquet(${q(a)})`);
  rows = Number(r.getRows()[0][0]);
  file = a;
} else {
  console.error('usage: bench-duckdb.mjs write <csv> <parquet> <columns> | read <parquet>');
  process.exit(2);
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
process.stdout.write(JSON.stringify({ seconds, rows, bytes: statSync(file).size, peak: hwm ? Number(hwm[1]) * 1024 : 0 }));
