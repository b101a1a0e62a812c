using Lakehouse.Core.Catalog;
using Lakehouse.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Lakehouse.Cli.Tests;

/// <summary>
/// A run whose CLI process died is marked interrupted at the next start, with how far it got — and only such runs:
/// never one a live CLI still owns, never one of the Functions app.
/// </summary>
public sealed class InterruptedRunsTests : IDisposable
{
    private readonly TempDirectory _folder = new("cli-interrupted");

    [RequiresPostgresBinariesFact]
    public async Task StartAsync_RunOfADeadProcess_MarksItInterruptedAndSaysHowToResume()
    {
        var home = await TestHomes.WithWarehouseAsync(_folder, "cli-interrupted");
        await using (var first = await StartAsync(home))
        {
            var catalog = first.Services.GetRequiredService<LakeCatalog>();
            await catalog.StartRunAsync("dead-cli-run", "ingest", 9, CancellationToken.None);
            await catalog.StartRunAsync("live-cli-run", "ingest", 2, CancellationToken.None);
            await catalog.StartRunAsync("functions-run", "object", 1, CancellationToken.None);
        }

        File.WriteAllText(Path.Combine(Directory.CreateDirectory(home.Runs).FullName, "dead-cli-run.lock"), "");
        using var live = RunOwnership.Claim(home, "live-cli-run");
        using var output = new StringWriter();

        await using var second = await CliHost.StartAsync(home, CliOutput.ForWriter(output), verbose: false, CancellationToken.None);

        var runs = (await second.Services.GetRequiredService<LakeCatalog>().ListRunsAsync(10, CancellationToken.None)).ToDictionary(r => r.RunId, r => r.Status);
        Assert.Equal(RunStatus.Interrupted, runs["dead-cli-run"]);
        Assert.Equal(RunStatus.Running, runs["live-cli-run"]);
        Assert.Equal(RunStatus.Running, runs["functions-run"]);
        Assert.Contains("run dead-cli-run (ingest, started ", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("was interrupted: 0 of 9 objects loaded; run the same command again to finish", output.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(home.Runs, "dead-cli-run.lock")));
    }

    [RequiresPostgresBinariesFact]
    public async Task StartAsync_EmbeddedWarehouseAndNoOtherCli_MarksEveryRunStillRunning()
    {
        var home = TestHomes.At(_folder.Combine("embedded"));
        await using (var first = await StartAsync(home))
        {
            // A run of a CLI version that kept no run files: only the embedded server's exclusivity tells it is dead.
            await first.Services.GetRequiredService<LakeCatalog>().StartRunAsync("old-cli-run", "ingest", 3, CancellationToken.None);
        }

        await using var second = await StartAsync(home);

        var run = (await second.Services.GetRequiredService<LakeCatalog>().ListRunsAsync(10, CancellationToken.None)).Single();
        Assert.Equal(RunStatus.Interrupted, run.Status);
        Assert.True(second.EmbeddedWarehouse);
    }

    public void Dispose() => _folder.Dispose();

    private static Task<CliHost> StartAsync(CliHome home) => CliHost.StartAsync(home, CliOutput.ForWriter(TextWriter.Null), verbose: false, CancellationToken.None);
}
