using Lakehouse.Core.Catalog;
using Lakehouse.Core.Validation;
using Lakehouse.Functions;

namespace Lakehouse.Cli.Tests;

/// <summary>Messages a user reads: suggestions for typos, no .NET type names, each object key once, rejected counted as rejected.</summary>
public sealed class MessagesTests
{
    [Theory]
    [InlineData("injest", "'ingest'")]
    [InlineData("rusn", "'runs'")]
    [InlineData("sq", "'sql'")]
    public async Task Invoke_MisspeltCommand_SuggestsTheNearestAndExitsTwo(string typo, string suggestion)
    {
        var (exitCode, output) = await CliConsole.RunAsync(typo);

        Assert.Equal(2, exitCode);
        Assert.Contains($"Unknown command or argument '{typo}' (did you mean {suggestion}?)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_MisspeltOption_SuggestsTheNearest()
    {
        var runs = await CliConsole.RunAsync("runs", "--limt", "3");
        var ingest = await CliConsole.RunAsync("ingest", "--datset", "orders", "x.csv");

        Assert.Equal((2, 2), (runs.ExitCode, ingest.ExitCode));
        Assert.Contains("Unknown option '--limt' (did you mean '--limit'?)", runs.Output, StringComparison.Ordinal);
        Assert.Contains("Unknown option '--datset' (did you mean '--dataset'?)", ingest.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_ExceptionTypePrefixesAndQualifiedNames_AreRemoved()
    {
        var cleaned = CliMessages.Clean("System.IO.IOException: disk full\n ---> Npgsql.PostgresException (0x80004005): 57P01: terminating");
        var conversion = CliMessages.Clean("Failed to convert configuration value at 'Lakehouse:Lake:Provider' to type 'Lakehouse.Core.Storage.LakeProvider'.");

        Assert.Equal("disk full\n ---> 57P01: terminating", cleaned);
        Assert.Equal("Lakehouse__Lake__Provider has a value that is not valid (one of: filesystem, s3).", conversion);
    }

    [Fact]
    public async Task Runs_ProviderMisconfigured_ExitsTwoWithoutTypeNames()
    {
        using var folder = new Lakehouse.Testing.TempDirectory("cli-messages");
        var environment = new Dictionary<string, string?> { ["LAKEHOUSE_HOME"] = folder.Path, ["Lakehouse__Lake__Provider"] = "ftp", ["ConnectionStrings__Warehouse"] = "Host=127.0.0.1;Port=1;Username=x", ["Lakehouse__Masking__Key"] = "0123456789abcdefgh" };

        var (exitCode, _, error) = await CliProcess.RunAsync(folder.Path, environment, "runs");

        Assert.Equal(2, exitCode);
        Assert.Contains("Lakehouse__Lake__Provider has a value that is not valid (one of: filesystem, s3)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("LakeProvider", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_WarehouseUnreachable_ExitsOneNamingIt_TheUploadOverlappingItKeptForTheNextRun()
    {
        // ingest uploads while the warehouse is prepared (CliHost.Prepared): the warehouse's error is the one reported,
        // after the upload ended, and the bronze copy is what the next ingest of the same file reuses.
        using var folder = new Lakehouse.Testing.TempDirectory("cli-messages");
        var csv = folder.Combine("olist_sellers_dataset.csv");
        await File.WriteAllTextAsync(csv, "seller_id,seller_zip_code_prefix,seller_city,seller_state\n3442f8959a84dea7ee197c632cb2df15,13023,campinas,SP\n");
        var environment = new Dictionary<string, string?> { ["LAKEHOUSE_HOME"] = folder.Combine("home"), ["ConnectionStrings__Warehouse"] = "Host=127.0.0.1;Port=1;Username=x", ["Lakehouse__Masking__Key"] = "0123456789abcdefgh" };

        var (exitCode, _, error) = await CliProcess.RunAsync(folder.Path, environment, "ingest", csv);

        Assert.Equal(1, exitCode);
        Assert.Contains("Failed to connect to 127.0.0.1:1", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        var bronze = Assert.Single(Directory.GetFiles(folder.Combine("home/lake/lake-bronze"), "*.csv", SearchOption.AllDirectories));
        Assert.Equal(await File.ReadAllBytesAsync(csv), await File.ReadAllBytesAsync(bronze));
    }

    [Fact]
    public void IngestSummary_RejectedAndFailedObjects_KeyOnceAndCountedApart()
    {
        const string key = "olist/orders/ingest_date=2026-11-22/olist_orders_dataset.csv";
        var finding = new Finding("quarantined_fraction", null, FindingSeverity.Critical, 30, [2, 3], "30 of 40 rows quarantined");
        var result = new IngestResult("run-1",
        [
            new ProcessObjectResult("lake-bronze", key, 1, "orders", ObjectStatus.Rejected, 40, 30, 0, [finding], "olist_orders_dataset.csv: not loaded: 30 of 40 rows quarantined"),
            new ProcessObjectResult("lake-bronze", "olist/sellers/x/olist_sellers_dataset.csv", 2, "sellers", ObjectStatus.Failed, 0, 0, 0, [], "line 1: the header lacks column(s) 'seller_id'"),
        ]);
        using var output = new StringWriter();

        IngestSummary.Write(result, CliOutput.ForWriter(output), OutputFormat.Table);

        var text = output.ToString();
        Assert.Single(text.Split('\n'), line => line.Contains("olist_orders_dataset.csv", StringComparison.Ordinal) && !line.Contains('│'));
        Assert.Contains("  not loaded: 30 of 40 rows quarantined", text, StringComparison.Ordinal);
        Assert.Contains("0 loaded, 0 skipped, 1 rejected, 1 failed", text, StringComparison.Ordinal);
        Assert.Equal((1, 1), (result.Rejected, result.Failed));
    }

    [Fact]
    public void Distance_TypoKinds_CountOneEditEach()
    {
        Assert.Equal(1, Suggestions.Distance("injest", "ingest"));
        Assert.Equal(1, Suggestions.Distance("rusn", "runs"));
        Assert.Equal(1, Suggestions.Distance("--datset", "--dataset"));
        Assert.Empty(Suggestions.Nearest("parquet", ["ingest", "runs"]));
    }
}
