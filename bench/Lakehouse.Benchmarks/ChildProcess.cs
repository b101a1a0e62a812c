using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Lakehouse.Benchmarks;

/// <summary>
/// Runs one measurement in a fresh process of this program (ours or DuckDB's side), under <c>/usr/bin/time -v</c> when
/// present so that the peak resident memory of both sides is measured the same way (else the child's own VmHWM).
/// </summary>
internal static partial class ChildProcess
{
    private const string GnuTime = "/usr/bin/time";

    public static bool UsesGnuTime => File.Exists(GnuTime);

    public static Measurement Ours(params string[] args)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var prefix = Path.GetFileNameWithoutExtension(self) == "dotnet" ? new[] { typeof(ChildProcess).Assembly.Location } : [];
        return Run(self, [.. prefix, .. args]);
    }

    public static Measurement DuckDb(params string[] args) => Ours([$"duckdb-{args[0]}", .. args[1..]]);

    private static Measurement Run(string program, string[] args)
    {
        var start = new ProcessStartInfo(UsesGnuTime ? GnuTime : program) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (UsesGnuTime)
        {
            start.ArgumentList.Add("-v");
            start.ArgumentList.Add(program);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({process.ExitCode}): {error.Result}");
        }

        var measurement = Measurement.FromJson(output.Trim().Split('\n')[^1]);
        var peak = MaxResident().Match(error.Result);
        return peak.Success
            ? measurement with { PeakBytes = long.Parse(peak.Groups[1].Value, CultureInfo.InvariantCulture) * 1024 }
            : measurement;
    }

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex MaxResident();
}
