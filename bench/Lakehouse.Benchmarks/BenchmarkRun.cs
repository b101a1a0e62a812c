using System.Diagnostics;

namespace Lakehouse.Benchmarks;

/// <summary>
/// The whole benchmark: generates the CSV once, then per run (interleaved, each in a fresh process) our CSV → Parquet
/// write (Parquet.Net as the pipeline uses it), DuckDB's, our read of our file and DuckDB's read of our file; medians
/// and ratios go to the console and report.
/// </summary>
internal static class BenchmarkRun
{
    public static int Run(BenchmarkSettings settings)
    {
        Directory.CreateDirectory(settings.WorkFolder);
        var csv = Path.Combine(settings.WorkFolder, $"order_items_{settings.Rows}.csv");
        if (!File.Exists(csv))
        {
            var clock = Stopwatch.StartNew();
            SyntheticOrderItems.WriteCsv(csv + ".tmp", settings.Rows);
            File.Move(csv + ".tmp", csv, overwrite: true);
            Console.WriteLine($"generated {csv} ({new FileInfo(csv).Length / 1048576.0:0} MiB) in {clock.Elapsed.TotalSeconds:0.0} s");
        }

        var ours = Path.Combine(settings.WorkFolder, "ours.parquet");
        var duck = Path.Combine(settings.WorkFolder, "duckdb.parquet");
        var results = new Dictionary<string, List<Measurement>>
        {
            ["write ours"] = [], ["write duckdb"] = [], ["read ours"] = [], ["read duckdb"] = [],
        };
        for (var run = 1; run <= settings.Runs; run++)
        {
            Measure(results, "write ours", () => ChildProcess.Ours("write", csv, ours));
            Measure(results, "write duckdb", () => ChildProcess.DuckDb("write", csv, duck));
            Measure(results, "read ours", () => ChildProcess.Ours("read", ours));
            Measure(results, "read duckdb", () => ChildProcess.DuckDb("read", ours));
        }

        var medians = results.ToDictionary(p => p.Key, p => Median(p.Value));
        var report = new BenchmarkReport(settings, new FileInfo(csv).Length, medians);
        Console.WriteLine(report.Markdown());
        if (settings.ReportPath is not null)
        {
            report.WriteTo(settings.ReportPath);
            Console.WriteLine($"report written to {settings.ReportPath}");
        }

        return report.MeetsBar ? 0 : 1;
    }

    private static void Measure(Dictionary<string, List<Measurement>> results, string name, Func<Measurement> measure)
    {
        var measurement = measure();
        results[name].Add(measurement);
        Console.WriteLine($"{name,-13} {measurement}");
    }

    /// <summary>Median of each figure independently.</summary>
    private static Measurement Median(List<Measurement> runs)
    {
        static T Mid<T>(IEnumerable<T> values) => values.Order().ElementAt(values.Count() / 2);
        return new Measurement(Mid(runs.Select(r => r.Seconds)), Mid(runs.Select(r => r.Rows)), Mid(runs.Select(r => r.FileBytes)), Mid(runs.Select(r => r.PeakBytes)));
    }
}
