// The DuckDB half of the end-to-end floor for scripts/bench-e2e.sh, in a fresh process:
//   node tools/bench-e2e-duckdb.mjs <csv folder> <parquet folder>
// Converts every *.csv of the folder to Parquet (Snappy) with read_csv's own type detection, one file after the
// other. Prints {"seconds":..,"rows":..,"files":..,"peak":..}: seconds of the statements alone, peak = VmHWM.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: bench-e2e-duckdb.mjs <csv folder> <parquet folder>');
  process.exit(2);
}
mkdirSync(output, { recursive: true });
const q = (s) => "'" + s.replaceAll("'", "''") + "'";
const files = readdirSync(input).filter((f) => f.endsWith('.csv')).sort();
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const start = process.hrtime.bigint();
let rows = 0;
for (const file of files) {
  const target = join(output, file.replace(/\.csv$/, '.parquet'));
  const r = await connection.runAndReadAll(
    `COPY (SELECT * FROM read_csv(${q(join(input, file))}, header = true)) TO ${q(target)} (FORMAT parquet, COMPRESSION snappy)`);
  rows += Number(r.getRows()[0]?.[0] ?? 0);
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
process.stdout.write(JSON.stringify({ seconds, rows, files: files.length, peak: hwm ? Number(hwm[1]) * 1024 : 0 }));
