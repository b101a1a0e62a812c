using Lakehouse.Cli.Commands;
using Lakehouse.Testing;

namespace Lakehouse.Cli.Tests;

/// <summary>`lakehouse ingest` checks its arguments before it starts anything (a private PostgreSQL takes seconds).</summary>
public sealed class IngestCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new("ingest-cli");

    [Fact]
    public async Task WithHostAsync_PrepareFails_ExitsTwoWithoutStartingTheHost()
    {
        var started = false;

        using var output = new StringWriter();
        var context = new CliContext(CliOutput.ForWriter(output), () => throw new InvalidOperationException("no home"));
        var parse = LakehouseCommand.Create(context).Parse(["runs"]);

        var exitCode = await CliRun.WithHostAsync<int>(context, parse, () => throw new FileNotFoundException("No such file or folder: x.csv"),
            (_, _) => Task.FromResult(0), CancellationToken.None, _ =>
            {
                started = true;
                throw new InvalidOperationException("the host must not start");
            });

        Assert.Equal(2, exitCode);
        Assert.False(started);
    }

    [Fact]
    public async Task Ingest_MissingPath_ExitsTwo()
    {
        var (exitCode, _) = await CliConsole.RunAsync("ingest", _folder.Combine("absent.csv"));

        Assert.Equal(2, exitCode);
        Assert.Throws<FileNotFoundException>(() => IngestCommand.Files([_folder.Combine("absent.csv")]));
    }

    [Fact]
    public async Task Ingest_FolderWithoutCsv_ExitsTwo()
    {
        var folder = Directory.CreateDirectory(_folder.Combine("no-csv")).FullName;
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "not a csv");

        var (exitCode, _) = await CliConsole.RunAsync("ingest", folder);

        Assert.Equal(2, exitCode);
        Assert.Throws<CliConfigurationException>(() => IngestCommand.Files([folder]));
    }

    [Fact]
    public async Task Ingest_UnknownDataset_ExitsTwoNamingItAndTheKnownOnes()
    {
        File.WriteAllText(_folder.Combine("orders.csv"), "order_id\n");

        var (exitCode, _) = await CliConsole.RunAsync("ingest", "--dataset", "invoices", _folder.Combine("orders.csv"));

        Assert.Equal(2, exitCode);
        var error = Assert.Throws<CliConfigurationException>(() => IngestCommand.Dataset("invoices"));
        Assert.Contains("'invoices'", error.Message, StringComparison.Ordinal);
        Assert.Contains("order_items", error.Message, StringComparison.Ordinal);
        Assert.Equal("orders", IngestCommand.Dataset("orders"));
        Assert.Null(IngestCommand.Dataset(null));
    }

    public void Dispose() => _folder.Dispose();
}
