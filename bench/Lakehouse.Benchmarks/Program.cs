using System.Globalization;
using Lakehouse.Benchmarks;

// Parquet codec benchmark (see scripts/bench-parquet.sh):
//   run [--rows N] [--runs N] [--work DIR] [--report docs/benchmarks.md]   everything, medians, report
//   gen <csv> <rows> | write <csv> <parquet> | read <parquet>               one step (used as fresh child processes)
var command = args.Length > 0 ? args[0] : "run";
switch (command)
{
    case "gen":
        SyntheticOrderItems.WriteCsv(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
        return 0;
    case "write":
        Console.WriteLine(OurCodec.Write(args[1], args[2]).ToJson());
        return 0;
    case "read":
        Console.WriteLine(OurCodec.Read(args[1]).ToJson());
        return 0;
    case "run":
        return BenchmarkRun.Run(BenchmarkSettings.Parse(args[1..]));
    default:
        await Console.Error.WriteLineAsync($"unknown command '{command}': run | gen | write | read");
        return 2;
}
