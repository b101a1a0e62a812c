using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Lakehouse.Core.Transform;

namespace Lakehouse.Benchmarks;

/// <summary>The Parquet section of docs/benchmarks.md: machine, date, command, medians and ratios ours/DuckDB.</summary>
internal sealed class BenchmarkReport(BenchmarkSettings settings, long csvBytes, IReadOnlyDictionary<string, Measurement> medians)
{
    private const string Heading = "## Parquet: Parquet.Net as used here against DuckDB";

    private Measurement WriteOurs => medians["write ours"];

    private Measurement WriteDuck => medians["write duckdb"];

    /// <summary>Issue 11's bar: writing at most 2× DuckDB's time, write peak memory at most 400 MiB.</summary>
    public bool MeetsBar => WriteOurs.Seconds <= 2 * WriteDuck.Seconds && WriteOurs.PeakBytes <= 400L * 1024 * 1024;

    public string Markdown()
    {
        var c = CultureInfo.InvariantCulture;
        var s = new StringBuilder();
        s.AppendLine(Heading).AppendLine();
        s.AppendLine(c, $"- Machine: {Environment.ProcessorCount} logical CPUs ({CpuModel()}), {RuntimeInformation.OSDescription}, .NET {Environment.Version}, Parquet.Net 6.1.0, DuckDB 1.5.6 via DuckDB.NET.Data.Full 1.5.6.1");
        s.AppendLine(c, $"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        s.AppendLine(c, $"- Command: `./scripts/bench-parquet.sh` (rows {settings.Rows:N0}, {settings.Runs} runs each, medians)");
        s.AppendLine(c, $"- Data: deterministic synthetic Olist order items (9 columns: 3 × 32-hex ids, item number, UTC timestamp, 2 × DECIMAL(12,2), status, state), CSV {csvBytes / 1048576.0:0} MiB");
        s.AppendLine(c, $"- Write = CSV → Parquet (Snappy): ours parses the CSV and calls `ParquetFileWriter.WriteRowAsync` (Parquet.Net 6.1.0 as the transform uses it: typed column buffers per {ObjectTransformer.SilverRowGroupBytes / 1048576} MiB row group, dictionary hints on the columns whose values repeat — product and seller ids, status, state —, statistics); DuckDB runs `COPY (SELECT * FROM read_csv(…)) TO … (FORMAT parquet, COMPRESSION snappy)`. Read = our file: ours reads every row group column-wise (`ParquetFileReader.ReadRowGroupAsync`, as the loader does); DuckDB aggregates every column.");
        s.AppendLine("- Time is the work alone inside a fresh process (no start-up); peak memory is the maximum resident set of that whole process (`/usr/bin/time -v`; it includes the .NET runtime, on both sides: DuckDB runs in-process through DuckDB.NET).").AppendLine();
        s.AppendLine("| measurement | ours | DuckDB | ratio ours/DuckDB |");
        s.AppendLine("|---|---:|---:|---:|");
        Row(s, "write time (s)", WriteOurs.Seconds, WriteDuck.Seconds, "0.00");
        Row(s, "write rows/s", WriteOurs.Rows / WriteOurs.Seconds, WriteDuck.Rows / WriteDuck.Seconds, "N0");
        Row(s, "write MB/s (CSV in)", csvBytes / 1e6 / WriteOurs.Seconds, csvBytes / 1e6 / WriteDuck.Seconds, "0.0");
        Row(s, "file size (MiB)", WriteOurs.FileBytes / 1048576.0, WriteDuck.FileBytes / 1048576.0, "0.0");
        Row(s, "write peak memory (MiB)", WriteOurs.PeakBytes / 1048576.0, WriteDuck.PeakBytes / 1048576.0, "0");
        var readOurs = medians["read ours"];
        var readDuck = medians["read duckdb"];
        Row(s, "read time of our file (s)", readOurs.Seconds, readDuck.Seconds, "0.00");
        Row(s, "read rows/s", readOurs.Rows / readOurs.Seconds, readDuck.Rows / readDuck.Seconds, "N0");
        Row(s, "read MB/s (Parquet in)", readOurs.FileBytes / 1e6 / readOurs.Seconds, readDuck.FileBytes / 1e6 / readDuck.Seconds, "0.0");
        Row(s, "read peak memory (MiB)", readOurs.PeakBytes / 1048576.0, readDuck.PeakBytes / 1048576.0, "0");
        s.AppendLine();
        s.AppendLine(c, $"Issue 11's bar (write ≤ 2× DuckDB's time, write peak memory ≤ 400 MiB): **{(MeetsBar ? "met" : "not met")}** "
            + $"(time {WriteOurs.Seconds / WriteDuck.Seconds:0.00}×, peak {WriteOurs.PeakBytes / 1048576.0:0} MiB; file size {(double)WriteOurs.FileBytes / WriteDuck.FileBytes:0.00}× DuckDB's).");
        return s.ToString();
    }

    /// <summary>Replaces the section in <paramref name="path"/> (or creates the file), keeping other sections.</summary>
    public void WriteTo(string path)
    {
        var existing = File.Exists(path) ? File.ReadAllText(path) : "# Benchmarks\n\nFigures measured on real runs; each section names its command.\n\n";
        var start = existing.IndexOf(Heading, StringComparison.Ordinal);
        string updated;
        if (start < 0)
        {
            updated = existing.TrimEnd() + "\n\n" + Markdown();
        }
        else
        {
            var next = existing.IndexOf("\n## ", start + Heading.Length, StringComparison.Ordinal);
            updated = existing[..start] + Markdown() + (next < 0 ? "" : existing[next..]);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, updated.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private static void Row(StringBuilder s, string name, double ours, double duck, string format) =>
        s.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {ours.ToString(format, CultureInfo.InvariantCulture)} | {duck.ToString(format, CultureInfo.InvariantCulture)} | {ours / duck:0.00} |");

    private static string CpuModel()
    {
        const string CpuInfo = "/proc/cpuinfo";
        var line = File.Exists(CpuInfo) ? File.ReadLines(CpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
        return line?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
    }
}
