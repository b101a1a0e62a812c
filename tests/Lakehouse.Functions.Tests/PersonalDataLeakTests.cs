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
        AssertNoneIn("the lake", await LeakScan.LakeTextAsync(harness), sample.Planted);
        AssertNoneIn("the warehouse", await LeakScan.WarehouseTextAsync(harness), sample.Planted);
    }

    private static void AssertNoneIn(string where, string text, IReadOnlyList<string> planted)
    {
        Assert.True(text.Length > 0, $"nothing read from {where}");
        var found = planted.Where(p => text.Contains(p, StringComparison.Ordinal)).ToList();
        Assert.True(found.Count == 0, $"{found.Count} planted value(s) found in {where}");
    }
}
