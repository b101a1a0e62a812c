using System.Text;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Storage;
using Lakehouse.Testing;

namespace Lakehouse.Functions.Tests;

/// <summary>
/// The generator plants personal data (valid CPF and CNPJ, e-mail, phone, CEP) in review texts; after ingest none
/// of it may appear in silver (data and quarantine Parquet, read by DuckDB), the validation reports, the warehouse or
/// the logs, while the typed tokens show that the texts were scrubbed rather than dropped.
/// </summary>
public class PersonalDataLeakTests
{
    [Fact]
    public async Task Ingest_GeneratedOlistWithPlantedPersonalData_LeaksNothing()
    {
        using var folder = new TempDirectory();
        var sample = OlistGenerator.Write(folder.Path, 0.01);
        var logs = new CapturedLogs();
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "leak", logs);

        var result = await harness.IngestAsync(await harness.UploadAsync([.. sample.Paths]));

        PipelineHarness.AssertAllLoaded(result);
        Assert.True(sample.Planted.Count >= 20, $"only {sample.Planted.Count} planted values");
        var raw = string.Concat(sample.Paths.Select(File.ReadAllText));
        Assert.All(sample.Planted, p => Assert.Contains(p, raw, StringComparison.Ordinal)); // the search would find them
        Assert.True(await harness.ScalarAsync<long>("SELECT count(*) FROM dw.fact_review WHERE comment_message ~ '\\[(CPF|CNPJ|EMAIL|PHONE|CEP)\\]'") >= sample.Planted.Count / 2);
        AssertNoneIn("the logs", string.Join("\n", logs.Lines), sample.Planted);
        AssertNoneIn("the lake", await LakeTextAsync(harness), sample.Planted);
        AssertNoneIn("the warehouse", await WarehouseTextAsync(harness), sample.Planted);
    }

    private static void AssertNoneIn(string where, string text, IReadOnlyList<string> planted)
    {
        Assert.True(text.Length > 0, $"nothing read from {where}");
        var found = planted.Where(p => text.Contains(p, StringComparison.Ordinal)).ToList();
        Assert.True(found.Count == 0, $"{found.Count} planted value(s) found in {where}");
    }

    /// <summary>Every Parquet file (silver and quarantine) as DuckDB reads it, and every other object's text.</summary>
    private static async Task<string> LakeTextAsync(PipelineHarness harness)
    {
        using var folder = new TempDirectory();
        var text = new StringBuilder();
        foreach (var bucket in new[] { harness.Lake.SilverBucket, harness.Lake.GoldBucket })
        {
            var n = 0;
            await foreach (var info in harness.Store.ListAsync(bucket, "", default))
            {
                var local = Path.Combine(folder.Path, $"{n++}{Path.GetExtension(info.Key)}");
                await harness.Store.DownloadToFileAsync(bucket, info.Key, local, default);
                if (info.Key.EndsWith(".parquet", StringComparison.Ordinal))
                {
                    var rows = await DuckDb.QueryAsync($"SELECT * FROM read_parquet({DuckDb.Literal(local)})");
                    text.AppendJoin('\n', rows.Rows.Select(r => string.Join('\t', r)));
                }
                else
                {
                    text.Append(await File.ReadAllTextAsync(local));
                }
            }
        }

        return text.ToString();
    }

    private static async Task<string> WarehouseTextAsync(PipelineHarness harness)
    {
        var text = new StringBuilder();
        await using var tables = harness.Database.CreateCommand("SELECT string_agg(format('SELECT t::text FROM %I.%I t', table_schema, table_name), ' UNION ALL ') FROM information_schema.tables WHERE table_schema IN ('dw', 'lakehouse') AND table_type = 'BASE TABLE'");
        var sql = (string)(await tables.ExecuteScalarAsync())!;
        await using var command = harness.Database.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            text.Append(reader.GetString(0)).Append('\n');
        }

        return text.ToString();
    }
}
