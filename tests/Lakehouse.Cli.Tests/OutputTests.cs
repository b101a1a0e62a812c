using System.Text.Json;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Parquet;
using Lakehouse.Testing;

namespace Lakehouse.Cli.Tests;

/// <summary>Output that is not a terminal: nothing wrapped, machine-readable formats, no internal log lines unless -v.</summary>
public sealed class OutputTests : IDisposable
{
    private readonly TempDirectory _folder = new("cli-output");

    [Fact]
    public async Task ParquetSchema_Piped_KeepsALongColumnNameOnOneLine()
    {
        var name = "column_" + new string('x', 150);
        var path = _folder.Combine("wide.parquet");
        await using (var stream = File.Create(path))
        await using (var writer = new ParquetFileWriter(stream, new ParquetSchema([new ParquetField(name, ParquetType.String)])))
        {
            await writer.WriteRowAsync(["value"]);
        }

        var (exitCode, output, _) = await CliProcess.RunAsync(_folder.Path, new Dictionary<string, string?>(), "parquet", "schema", path);

        Assert.Equal(0, exitCode);
        Assert.Contains(output.Split('\n'), line => line.Contains(name, StringComparison.Ordinal));
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
    }

    [RequiresPostgresBinariesFact]
    public async Task Ingest_PipedWithoutVerbose_PrintsNoInternalLogLinesAndJsonWithStableNames()
    {
        var files = OlistGenerator.Write(_folder.Combine("data"), 0.002).Paths;
        var environment = await CliProcess.EnvironmentAsync(_folder.Combine("home"), "cli-output");

        var quiet = await CliProcess.RunAsync(_folder.Path, environment, "ingest", _folder.Combine("data"), "--format", "json");
        var verbose = await CliProcess.RunAsync(_folder.Path, environment, "-v", "ingest", files[0]);

        Assert.True(quiet.ExitCode == 0, quiet.Error);
        Assert.DoesNotMatch(@"(?m)^(info|warn|dbug|trce|fail|crit): ", quiet.Error);
        Assert.DoesNotContain("Microsoft.", quiet.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("DurableTask", quiet.Error, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^info: ", verbose.Error);
        using var json = JsonDocument.Parse(quiet.Out);
        Assert.Equal(9, json.RootElement.GetProperty("loaded").GetInt32());
        var first = json.RootElement.GetProperty("objects")[0];
        Assert.Equal(["key", "dataset", "status", "rows_read", "rows_quarantined", "rows_loaded", "error", "findings"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("loaded", first.GetProperty("status").GetString());
    }

    [RequiresPostgresBinariesFact]
    public async Task RunsAndSql_FormatCsvAndJson_PrintOneRecordPerLineOrAJsonArray()
    {
        var home = await TestHomes.WithWarehouseAsync(_folder, "cli-formats");
        await CliConsole.RunAsync(home, null, "sql", "CREATE TABLE public.t (id int, name text, at timestamptz); INSERT INTO public.t VALUES (1, 'São, \"Paulo\"', '2026-01-02 03:04:05+00'), (2, NULL, NULL)");

        var csv = await CliConsole.RunAsync(home, null, "sql", "SELECT * FROM public.t ORDER BY id", "--format", "csv");
        var json = await CliConsole.RunAsync(home, null, "sql", "SELECT * FROM public.t ORDER BY id", "--format", "json");
        var runs = await CliConsole.RunAsync(home, null, "runs", "--format", "json");

        Assert.Equal("id,name,at\r\n1,\"São, \"\"Paulo\"\"\",2026-01-02T03:04:05Z\r\n2,,\r\n", csv.Out);
        using var rows = JsonDocument.Parse(json.Out);
        Assert.Equal(1, rows.RootElement[0].GetProperty("id").GetInt32());
        Assert.Equal("São, \"Paulo\"", rows.RootElement[0].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, rows.RootElement[1].GetProperty("name").ValueKind);
        Assert.Equal("[]", runs.Out.Trim());
    }

    [Fact]
    public async Task ParquetHead_FormatJson_PrintsRowsAsObjects()
    {
        var path = _folder.Combine("rows.parquet");
        await using (var stream = File.Create(path))
        await using (var writer = new ParquetFileWriter(stream, new ParquetSchema([new ParquetField("id", ParquetType.Int32, Nullable: false), new ParquetField("city", ParquetType.String)])))
        {
            await writer.WriteRowAsync([1, "Recife"]);
            await writer.WriteRowAsync([2, null]);
        }

        var (exitCode, output, _) = await CliConsole.RunAsync((CliHome?)null, null, "parquet", "head", path, "--format", "json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("Recife", json.RootElement[0].GetProperty("city").GetString());
        Assert.Equal(2, json.RootElement[1].GetProperty("id").GetInt32());
    }

    public void Dispose() => _folder.Dispose();
}
