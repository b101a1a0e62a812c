using Lakehouse.Core.Datasets;
using Lakehouse.Testing;

namespace Lakehouse.Cli.Tests;

/// <summary>The CLI's temporary files live in the home and a killed process's leftovers go at the next start.</summary>
public sealed class HomeTempTests : IDisposable
{
    private readonly TempDirectory _folder = new("cli-home-temp");

    [RequiresPostgresBinariesFact]
    public async Task Start_AloneOnTheHome_EmptiesTheTempFolderOfKilledProcessesAndUsesItsOwn()
    {
        var environment = await CliProcess.EnvironmentAsync(_folder.Combine("home"), "cli-home-temp");
        var home = environment[Lakehouse.Cli.CliHome.EnvironmentVariable]!;
        var stale = Path.Combine(home, "tmp", "12345", "lakehouse-0123456789abcdef.src");
        Directory.CreateDirectory(Path.GetDirectoryName(stale)!);
        await File.WriteAllTextAsync(stale, "left by a killed ingest");
        var data = OlistSampleGenerator.Write(Directory.CreateDirectory(_folder.Combine("data")).FullName, 5);

        var (exitCode, _, error) = await CliProcess.RunAsync(_folder.Path, environment, "ingest", data[0]);

        Assert.True(exitCode == 0, error);
        Assert.False(File.Exists(stale));
        Assert.False(Directory.Exists(Path.GetDirectoryName(stale)));
        Assert.True(Directory.Exists(Path.Combine(home, "tmp")));
    }

    public void Dispose() => _folder.Dispose();
}
