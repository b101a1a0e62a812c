using System.Globalization;
using Lakehouse.Core.Collection;
using Lakehouse.Testing;

namespace Lakehouse.Core.Tests.Collection;

/// <summary>Collecting the recorded SGS series through the replay server: counts, sums, windows, idempotence, metadata.</summary>
public sealed class BcbCollectionTests
{
    private static readonly DateWindow Decade = new(new DateOnly(2016, 1, 1), new DateOnly(2025, 12, 31));

    public static TheoryData<int> Series => [433, 4390, 11, 432];

    [RequiresRecordedAnswersTheory]
    [MemberData(nameof(Series))]
    public async Task CollectSeriesAsync_2016To2025_StoresAnswersWhoseRowsMatchTheRecording(int code)
    {
        using var server = new ReplayServer();
        using var harness = new CollectionHarness(server);
        var series = SgsSeries.Defaults.Single(s => s.Code == code);
        var expected = await DuckDb.QueryAsync(
            "SELECT count(*) AS n, sum(CAST(valor AS DECIMAL(18,6))) AS s FROM read_json(" + DuckDb.Literal(RecordedAnswers.Bcb(code)!)
            + ", format='array', columns={data: 'VARCHAR', valor: 'VARCHAR'}) WHERE strptime(data, '%d/%m/%Y')::DATE BETWEEN DATE '2016-01-01' AND DATE '2025-12-31'");

        var collected = await harness.Collector.CollectSeriesAsync(series, Decade, CancellationToken.None);
        var rows = new List<IndicatorValue>();
        foreach (var item in collected)
        {
            rows.AddRange(BcbSeriesParser.Parse(await harness.ReadAsync(item.Key), series, item.Window).Rows);
        }

        Assert.Equal(long.Parse(expected.Value(0, "n")!, CultureInfo.InvariantCulture), rows.Count);
        Assert.Equal(decimal.Parse(expected.Value(0, "s")!, CultureInfo.InvariantCulture), rows.Sum(r => r.Value));
        Assert.Equal(rows.Count, collected.Sum(c => c.Rows));
        Assert.All(collected, c => Assert.True(c.IsNew));
    }

    [RequiresRecordedAnswersFact]
    public async Task CollectSeriesAsync_StoredObject_IsTheAnswerByteForByteWithItsRequest()
    {
        using var server = new ReplayServer();
        using var harness = new CollectionHarness(server);

        var item = Assert.Single(await harness.Collector.CollectSeriesAsync(SgsSeries.Ipca, Decade, CancellationToken.None));
        var metadata = await harness.Store.GetMetadataAsync(harness.Lake.BronzeBucket, item.Key, CancellationToken.None);

        Assert.Equal("bcb/sgs-433/2016-01-01_2025-12-31.json", item.Key);
        Assert.Equal(await File.ReadAllBytesAsync(RecordedAnswers.Bcb(433)!), await harness.ReadAsync(item.Key));
        Assert.Equal($"{server.Url}/dados/serie/bcdata.sgs.433/dados?formato=json&dataInicial=01/01/2016&dataFinal=31/12/2025", metadata![CollectionMetadata.RequestUrl]);
        Assert.Equal("bcb-sgs", metadata[CollectionMetadata.Source]);
        Assert.Equal("sgs-433", metadata[CollectionMetadata.Subject]);
        Assert.Equal("2016-01-01..2025-12-31", metadata[CollectionMetadata.Window]);
        Assert.InRange(DateTimeOffset.Parse(metadata[CollectionMetadata.FetchedAt], CultureInfo.InvariantCulture), DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow);
        Assert.Equal(120, item.Rows);
    }

    [RequiresRecordedAnswersFact]
    public async Task CollectSeriesAsync_DailySeriesOver26Years_AsksWindowsOfAtMost10YearsAndJoinsThem()
    {
        using var server = new ReplayServer();
        using var harness = new CollectionHarness(server);
        var range = new DateWindow(new DateOnly(2000, 1, 1), new DateOnly(2025, 12, 31));

        var collected = await harness.Collector.CollectSeriesAsync(SgsSeries.SelicDaily, range, CancellationToken.None);
        var windows = server.Requests("/dados/serie/bcdata.sgs.11/")
            .Select(r => new DateWindow(ReplayServer.SgsDate(r.Query["dataInicial"]), ReplayServer.SgsDate(r.Query["dataFinal"])))
            .ToList();

        Assert.Equal(3, windows.Count);
        Assert.All(windows, w => Assert.True(w.To < w.From.AddYears(10), $"window {w} spans more than 10 years"));
        Assert.Equal(range.From, windows[0].From);
        Assert.Equal(range.To, windows[^1].To);
        Assert.All(windows.Zip(windows.Skip(1)), pair => Assert.Equal(pair.First.To.AddDays(1), pair.Second.From));
        Assert.Equal(2510, collected.Sum(c => c.Rows));
        Assert.Equal(0, collected[0].Rows);
    }

    [RequiresRecordedAnswersFact]
    public async Task CollectSeriesAsync_SameWindowTwice_StoresNothingNew()
    {
        using var server = new ReplayServer();
        using var harness = new CollectionHarness(server);
        var first = new List<CollectedObject>();
        foreach (var series in SgsSeries.Defaults)
        {
            first.AddRange(await harness.Collector.CollectSeriesAsync(series, Decade, CancellationToken.None));
        }

        var keys = await harness.BronzeKeysAsync("");
        var second = new List<CollectedObject>();
        foreach (var series in SgsSeries.Defaults)
        {
            second.AddRange(await harness.Collector.CollectSeriesAsync(series, Decade, CancellationToken.None));
        }

        Assert.All(first, c => Assert.True(c.IsNew));
        Assert.All(second, c => Assert.False(c.IsNew));
        Assert.Equal(first.Select(c => (c.Key, c.ETag)), second.Select(c => (c.Key, c.ETag)));
        Assert.Equal(keys, await harness.BronzeKeysAsync(""));
        Assert.Equal(4, keys.Count);
    }
}
