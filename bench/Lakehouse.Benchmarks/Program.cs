using System.Globalization;
using Lakehouse.Benchmarks;

// Parquet benchmark, Parquet.Net as the pipeline uses it against DuckDB (see scripts/bench-parquet.sh):
//   run [--rows N] [--runs N] [--work DIR] [--report docs/benchmarks.md]   everything, medians, report
//   gen <csv> <rows> | write <csv> <parquet> | read <parquet>               one step of ours (fresh child processes)
//   duckdb-write <csv> <parquet> | duckdb-read <parquet>                    one step of DuckDB (fresh child processes)
//   floor <csv folder> <parquet folder>                                     DuckDB half of the end-to-end floor (bench-e2e.sh)
var command = args.Length > 0 ? args[0] : "run";
switch (command)
{
    case "gen":
        SyntheticOrderItems.WriteCsv(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
        return 0;
    case "write":
        Console.WriteLine((await OurParquet.WriteAsync(args[1], args[2])).ToJson());
        return 0;
    case "read":
        Console.WriteLine((await OurParquet.ReadAsync(args[1])).ToJson());
        return 0;
    case "duckdb-write":
        Console.WriteLine(DuckDbSide.Write(args[1], args[2], SyntheticOrderItems.DuckDbColumns).ToJson());
        return 0;
    case "duckdb-read":
        Console.WriteLine(DuckDbSide.Read(args[1]).ToJson());
        return 0;
    case "floor":
        Console.WriteLine(DuckDbSide.Floor(args[1], args[2]));
        return 0;
    case "run":
        return BenchmarkRun.Run(BenchmarkSettings.Parse(args[1..]));
    default:
        await Console.Error.WriteLineAsync($"unknown command '{command}': run | gen | write | read | duckdb-write | duckdb-read | floor");
        return 2;
}
