using Lakehouse.Core.Datasets;
using Lakehouse.Testing;

namespace Lakehouse.Cli.Tests;

/// <summary>A file whose dataset cannot be told from its name: named, never stored, the others still load, exit 1.</summary>
public sealed class UnrecognizedFileTests : IDisposable
{
    private readonly TempDirectory _folder = new("cli-unrecognized");

    [RequiresPostgresBinariesFact]
    public async Task Ingest_UnrecognisedFileBesideAKnownOne_NamesItSuggestsDatasetStoresNothingOfItAndLoadsTheOther()
    {
        var home = await TestHomes.WithWarehouseAsync(_folder, "cli_unrecognized");
        var data = Directory.CreateDirectory(_folder.Combine("data")).FullName;
        var orders = OlistSampleGenerator.Write(data, 10).Single(f => f.EndsWith("olist_orders_dataset.csv", StringComparison.Ordinal));
        var stray = Path.Combine(data, "vendas_novembro.csv");
        File.Copy(orders, stray);

        var (exitCode, output, error) = await CliConsole.RunAsync(home, null, "ingest", orders, stray);

        Assert.Equal(1, exitCode);
        Assert.Contains("vendas_novembro.csv", error, StringComparison.Ordinal);
        Assert.Contains("--dataset", error, StringComparison.Ordinal);
        Assert.Contains("1 loaded", output, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(home.Lake, "vendas_novembro*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Ingest_OnlyUnrecognisedFiles_ExitsOneBeforeAnythingStarts()
    {
        var stray = _folder.Combine("planilha.csv");
        await File.WriteAllTextAsync(stray, "a,b\n1,2\n");

        var (exitCode, _, error) = await CliConsole.RunAsync(TestHomes.At(_folder.Combine("never-created")), null, "ingest", stray);

        Assert.Equal(1, exitCode);
        Assert.Contains("planilha.csv: not a known dataset's file name", error, StringComparison.Ordinal);
        Assert.Contains("--dataset", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder.Combine("never-created")));
    }

    public void Dispose() => _folder.Dispose();
}
