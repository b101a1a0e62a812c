using System.Globalization;
using Lakehouse.Core.Catalog;
using Lakehouse.Functions.Orchestrations;
using Lakehouse.Testing;

namespace Lakehouse.Functions.Tests.Collection;

/// <summary>The quality report says how fresh each collected series is.</summary>
public sealed class CollectedFreshnessTests
{
    [RequiresRecordedAnswersFact]
    public async Task Collect_Series_ReportPageOfTheSeriesShowsItsLatestDate()
    {
        using var server = new ReplayServer();
        await using var harness = await CollectHarness.CreateAsync(server, "collect_freshness");

        var result = await harness.CollectAsync(new CollectInput("bcb", [433], new DateOnly(2016, 1, 1), new DateOnly(2025, 12, 31)));

        var item = Assert.Single(result.Ingest!.Objects);
        Assert.Equal(ObjectStatus.Loaded, item.Status);
        var latest = await harness.ScalarAsync<DateTime>("SELECT max(reference_date)::timestamp FROM dw.fact_indicator");
        var page = await ReadGoldAsync(harness, $"reports/{result.Ingest.RunId}/objects/{item.ObjectId}.html");
        Assert.Contains("<h2>Freshness</h2>", page, StringComparison.Ordinal);
        Assert.Contains(latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), page, StringComparison.Ordinal);
        Assert.Contains("<code>date</code>", page, StringComparison.Ordinal);
    }

    private static async Task<string> ReadGoldAsync(PipelineHarness harness, string key)
    {
        await using var stream = await harness.Store.OpenReadAsync(harness.Lake.GoldBucket, key, CancellationToken.None);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
