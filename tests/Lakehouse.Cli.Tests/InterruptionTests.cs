using System.Globalization;
using Lakehouse.Core.Datasets;
using Lakehouse.Testing;
using Npgsql;
using Xunit.Abstractions;

namespace Lakehouse.Cli.Tests;

/// <summary>
/// `lakehouse ingest` stopped part-way — Ctrl-C, or <c>kill -9</c> at random moments — and then run again ends with the
/// warehouse an uninterrupted ingest builds, and no run left "running".
/// </summary>
public sealed class InterruptionTests(ITestOutputHelper log) : IDisposable
{
    private readonly TempDirectory _folder = new("cli-interrupt");

    [RequiresPostgresBinariesFact]
    public async Task Ingest_CtrlC_MarksTheRunInterruptedAtOnceAndExits130_AndTheSameCommandFinishes()
    {
        var data = OlistGenerator.Write(_folder.Combine("data"), 0.05).Paths;
        var environment = await CliProcess.EnvironmentAsync(_folder.Combine("home"), "cli-ctrl-c");
        // A process started with SIGINT ignored (a script's background job) keeps ignoring it, .NET included: then SIGTERM.
        var (signal, expected) = SigIntIgnored() ? ("TERM", 143) : ("INT", 130);

        using var ingest = CliProcess.Start(_folder.Path, environment, "ingest", Path.GetDirectoryName(data[0])!);
        await UntilRunStartedAsync(ingest, environment["ConnectionStrings__Warehouse"]!);
        ingest.Signal(signal);
        var (exitCode, _, error) = await ingest.WaitAsync(TimeSpan.FromSeconds(60));
        var runs = await CliProcess.RunAsync(_folder.Path, environment, "runs", "--format", "csv");
        var again = await CliProcess.RunAsync(_folder.Path, environment, "ingest", Path.GetDirectoryName(data[0])!, "--format", "csv");

        Assert.True(exitCode == expected, error);
        Assert.Matches(@"interrupted: run [0-9a-f]{32}: \d of 9 objects loaded; run the same command again to finish", error);
        Assert.True(runs.Out.Contains(",ingest,interrupted,", StringComparison.Ordinal), runs.Out + runs.Error);
        Assert.Empty(Directory.GetFiles(_folder.Combine("home/runs")));
        Assert.True(again.ExitCode == 0, again.Error);
    }

    [RequiresOlistDataFact]
    public async Task Ingest_KilledAtThreeRandomMomentsThenRunAgain_LeavesTheWarehouseOfAnUninterruptedIngest()
    {
        var olist = Path.GetDirectoryName(RepoPaths.OlistFile("olist_orders_dataset"))!;
        var whole = await CliProcess.EnvironmentAsync(_folder.Combine("whole"), "cli-whole");
        var killed = await CliProcess.EnvironmentAsync(_folder.Combine("killed"), "cli-killed");
        var reference = await CliProcess.RunAsync(_folder.Path, whole, "ingest", olist);
        Assert.True(reference.ExitCode == 0, reference.Error);
        var run = await ScalarAsync<double>(whole, "SELECT extract(epoch FROM finished_at - started_at)::float8 FROM lakehouse.runs");

        var seed = Environment.TickCount;
        var random = new Random(seed);
        for (var kill = 1; kill <= 3; kill++)
        {
            // A random moment of the run itself (from its start in the catalog to 90 % of an uninterrupted run's length).
            var runs = await ScalarAsync<long>(killed, "SELECT count(*) FROM lakehouse.runs", orZero: true);
            using var ingest = CliProcess.Start(_folder.Path, killed, "ingest", olist);
            while (!ingest.HasExited && await ScalarAsync<long>(killed, "SELECT count(*) FROM lakehouse.runs", orZero: true) == runs)
            {
                await Task.Delay(20);
            }

            var after = TimeSpan.FromSeconds(random.NextDouble() * run * 0.9);
            await Task.WhenAny(ingest.WaitAsync(TimeSpan.FromMinutes(5)), Task.Delay(after));
            var finished = ingest.HasExited;
            ingest.Kill();
            log.WriteLine($"seed {seed}: kill {kill} {after.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s into the run (an uninterrupted run takes {run.ToString("0.0", CultureInfo.InvariantCulture)} s){(finished ? "; it had ended" : "")}");
        }

        var final = await CliProcess.RunAsync(_folder.Path, killed, "ingest", olist, "--format", "csv");
        var listed = await CliProcess.RunAsync(_folder.Path, killed, "runs", "--format", "csv");
        log.WriteLine(listed.Out);

        Assert.True(final.ExitCode == 0, final.Error + final.Out);
        Assert.DoesNotContain(",running,", listed.Out, StringComparison.Ordinal);
        Assert.Equal(await WarehouseFingerprint.OfAsync(whole["ConnectionStrings__Warehouse"]!), await WarehouseFingerprint.OfAsync(killed["ConnectionStrings__Warehouse"]!));
    }

    public void Dispose() => _folder.Dispose();

    private static async Task<T> ScalarAsync<T>(Dictionary<string, string?> environment, string sql, bool orZero = false)
    {
        await using var dataSource = NpgsqlDataSource.Create(environment["ConnectionStrings__Warehouse"]!);
        try
        {
            await using var command = dataSource.CreateCommand(sql);
            return (T)(await command.ExecuteScalarAsync())!;
        }
        catch (PostgresException e) when (orZero && e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return default!; // No catalog yet.
        }
    }

    /// <summary>Waits until the run is recorded in the catalog and has registered an object.</summary>
    private static async Task UntilRunStartedAsync(CliProcess ingest, string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        while (true)
        {
            Assert.False(ingest.HasExited, "the ingest ended before its run started");
            try
            {
                await using var command = dataSource.CreateCommand("SELECT count(*) FROM lakehouse.stage_results");
                if ((long)(await command.ExecuteScalarAsync())! > 0)
                {
                    return;
                }
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
            {
                // Not migrated yet.
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Whether this process ignores SIGINT (bit 2 of SigIgn in /proc/self/status), as its children then do.</summary>
    private static bool SigIntIgnored()
    {
        var mask = File.ReadLines("/proc/self/status").First(l => l.StartsWith("SigIgn:", StringComparison.Ordinal))["SigIgn:".Length..].Trim();
        return (ulong.Parse(mask, NumberStyles.HexNumber, CultureInfo.InvariantCulture) & 0b10) != 0;
    }
}
