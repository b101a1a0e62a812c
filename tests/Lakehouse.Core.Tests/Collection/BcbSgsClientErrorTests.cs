using System.Net;
using Lakehouse.Core.Collection;
using Lakehouse.Testing;

namespace Lakehouse.Core.Tests.Collection;

/// <summary>The SGS client against error answers: what is retried, what fails at once, and what the error says.</summary>
public sealed class BcbSgsClientErrorTests
{
    private static readonly DateWindow Year = new(new DateOnly(2016, 1, 1), new DateOnly(2016, 12, 31));

    [RequiresRecordedAnswersFact]
    public async Task FetchAsync_DailyWindowOver10Years_Fails406NamingSourceSeriesAndWindowWithoutRetry()
    {
        using var server = new ReplayServer();
        using var harness = new CollectionHarness(server);
        var window = new DateWindow(new DateOnly(2000, 1, 1), new DateOnly(2025, 12, 31));

        var error = await Assert.ThrowsAsync<CollectionException>(() => harness.Bcb.FetchAsync(SgsSeries.SelicDaily, window, CancellationToken.None));

        Assert.Equal(406, error.StatusCode);
        Assert.False(error.IsTransient);
        Assert.Contains("bcb-sgs", error.Message, StringComparison.Ordinal);
        Assert.Contains("sgs-11", error.Message, StringComparison.Ordinal);
        Assert.Contains("2000-01-01..2025-12-31", error.Message, StringComparison.Ordinal);
        Assert.Contains("10 anos", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests("/dados/"));
    }

    [RequiresRecordedAnswersFact]
    public async Task CollectSeriesAsync_UnknownSeries_Fails404NamingTheSeriesAndStoresNothing()
    {
        using var server = new ReplayServer();
        using var harness = new CollectionHarness(server);
        var unknown = new SgsSeries(ReplayServer.Codes.NotFound, "unknown", "", SeriesPeriodicity.Daily);

        var error = await Assert.ThrowsAsync<CollectionException>(() => harness.Collector.CollectSeriesAsync(unknown, Year, CancellationToken.None));

        Assert.Equal(404, error.StatusCode);
        Assert.False(error.IsTransient);
        Assert.Contains("sgs-999999", error.Message, StringComparison.Ordinal);
        Assert.Contains("HTML", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests("/dados/"));
        Assert.Empty(Directory.EnumerateFiles(harness.Store.Root, "*.json", SearchOption.AllDirectories));
    }

    [RequiresRecordedAnswersFact]
    public async Task FetchAsync_429WithRetryAfterThenSuccess_WaitsAsAskedAndSucceeds()
    {
        using var server = new ReplayServer();
        using var harness = new CollectionHarness(server);

        var response = await harness.Bcb.FetchAsync(Series(ReplayServer.Codes.TooManyRequests), Year, CancellationToken.None);
        var requests = server.Requests("/dados/");

        Assert.Equal(2, response.Attempts);
        Assert.Equal(12, response.Rows);
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(0.9), $"retried after {requests[1].At - requests[0].At}, Retry-After said 1 s");
    }

    [RequiresRecordedAnswersFact]
    public async Task FetchAsync_503ThenSuccess_Retries()
    {
        using var server = new ReplayServer();
        using var harness = new CollectionHarness(server);

        var response = await harness.Bcb.FetchAsync(Series(ReplayServer.Codes.Unavailable), Year, CancellationToken.None);

        Assert.Equal(2, response.Attempts);
        Assert.Equal(12, response.Rows);
    }

    [RequiresRecordedAnswersFact]
    public async Task FetchAsync_TimeoutThenSuccess_Retries()
    {
        using var server = new ReplayServer();
        using var harness = new CollectionHarness(server, o => o.Bcb.TimeoutSeconds = 1.5);

        var response = await harness.Bcb.FetchAsync(Series(ReplayServer.Codes.Slow), Year, CancellationToken.None);

        Assert.Equal(2, response.Attempts);
        Assert.Equal(12, response.Rows);
    }

    [RequiresRecordedAnswersFact]
    public async Task FetchAsync_Always503_FailsTransientAfterMaxAttempts()
    {
        using var server = new ReplayServer();
        using var harness = new CollectionHarness(server);

        var error = await Assert.ThrowsAsync<CollectionException>(() => harness.Bcb.FetchAsync(Series(ReplayServer.Codes.AlwaysUnavailable), Year, CancellationToken.None));

        Assert.True(error.IsTransient);
        Assert.Equal((int)HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Contains("after 3 attempt(s)", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, server.Requests("/dados/").Count);
    }

    [RequiresRecordedAnswersFact]
    public async Task FetchAsync_ConnectionRefused_FailsTransientNamingTheSeries()
    {
        using var server = new ReplayServer();
        using var harness = new CollectionHarness(server, o => o.Bcb.BaseUrl = "http://127.0.0.1:1");

        var error = await Assert.ThrowsAsync<CollectionException>(() => harness.Bcb.FetchAsync(SgsSeries.Ipca, Year, CancellationToken.None));

        Assert.True(error.IsTransient);
        Assert.Contains("sgs-433", error.Message, StringComparison.Ordinal);
    }

    [RequiresRecordedAnswersTheory]
    [InlineData(ReplayServer.Codes.Malformed)]
    [InlineData(ReplayServer.Codes.HtmlWithOk)]
    public async Task CollectSeriesAsync_MalformedAnswer_FailsWithoutRetryAndStoresNothing(int code)
    {
        using var server = new ReplayServer();
        using var harness = new CollectionHarness(server);

        var error = await Assert.ThrowsAsync<CollectionException>(() => harness.Collector.CollectSeriesAsync(Series(code), Year, CancellationToken.None));

        Assert.False(error.IsTransient);
        Assert.Contains("malformed answer", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests("/dados/"));
        Assert.False(Directory.Exists(Path.Combine(harness.Store.Root, harness.Lake.BronzeBucket, "bcb")));
    }

    [RequiresRecordedAnswersFact]
    public async Task CollectSeriesAsync_EmptyArray_IsAWindowWithoutData()
    {
        using var server = new ReplayServer();
        using var harness = new CollectionHarness(server);

        var item = Assert.Single(await harness.Collector.CollectSeriesAsync(Series(ReplayServer.Codes.Empty), Year, CancellationToken.None));

        Assert.Equal(0, item.Rows);
        Assert.True(item.IsNew);
        Assert.Equal("[]"u8.ToArray(), await harness.ReadAsync(item.Key));
    }

    [RequiresRecordedAnswersFact]
    public async Task FetchAsync_WindowAnsweredWithTheLastEarlierValue_HasNoRows()
    {
        using var server = new ReplayServer();
        using var harness = new CollectionHarness(server);
        var june = new DateWindow(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30));

        var response = await harness.Bcb.FetchAsync(Series(ReplayServer.Codes.LastEarlierValue), june, CancellationToken.None);
        var parsed = BcbSeriesParser.Parse(response.Content, Series(ReplayServer.Codes.LastEarlierValue), june);

        Assert.Equal(0, response.Rows);
        Assert.Empty(parsed.Rows);
        Assert.Equal(1, parsed.OutsideWindow);
    }

    private static SgsSeries Series(int code) => new(code, "test", "% per month", SeriesPeriodicity.Monthly);
}
