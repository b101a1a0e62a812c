// Runs one SQL statement in an in-memory DuckDB and prints the result as JSON:
//   node tools/duckdb-query.mjs "SELECT * FROM read_parquet('/tmp/x.parquet')"
// Output: {"columns":[{"name":..,"type":..}],"rows":[[..],..]} with values converted to JSON-friendly forms
// (BIGINT/DECIMAL/HUGEINT as strings, DATE/TIMESTAMP as ISO strings, BLOB as base64). Tests and benchmarks use it
// as the independent Parquet oracle.
import { DuckDBInstance } from '@duckdb/node-api';

const sql = process.argv[2];
if (!sql) { console.error('usage: node duckdb-query.mjs "<sql>"'); process.exit(2); }
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
try {
  const reader = await connection.runAndReadAll(sql);
  const columns = reader.columnNames().map((name, i) => ({ name, type: reader.columnTypes()[i].toString() }));
  const rows = reader.getRowsJson();
  process.stdout.write(JSON.stringify({ columns, rows }));
} catch (e) {
  console.error(String(e && e.message || e));
  process.exit(1);
} finally {
  connection.closeSync?.();
}
