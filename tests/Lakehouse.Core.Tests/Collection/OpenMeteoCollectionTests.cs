using System.Globalization;
using Lakehouse.Core.Collection;
using Lakehouse.Core.Validation;
using Lakehouse.Testing;

namespace Lakehouse.Core.Tests.Collection;

/// <summary>Collecting daily weather through the replay server (the real Brasília archive answer for every location).</summary>
public sealed class OpenMeteoCollectionTests
{
    private static readonly DateWindow Recorded = new(new DateOnly(2022, 12, 29), new DateOnly(2023, 1, 8));

    private static WeatherLocation Brasilia => BrazilianCapitals.All.Single(c => c.State == "DF");

    [RequiresRecordedAnswersFact]
    public async Task FetchAsync_RecordedWindow_ReturnsTheAnswerByteForByteAndItsRowsMatch()
    {
        using var server = new ReplayServer();
        using var harness = new CollectionHarness(server);
        var expected = await DuckDb.QueryAsync(
            "SELECT count(*) AS n, sum(t) AS s FROM (SELECT unnest(daily.temperature_2m_max)::DECIMAL(9,2) AS t FROM read_json("
            + DuckDb.Literal(RecordedAnswers.WeatherArchive!) + "))");

        var response = await harness.Weather.FetchAsync(Brasilia, Recorded, CancellationToken.None);
        var parsed = OpenMeteoDailyParser.Parse(response.Content, Brasilia.Slug, Recorded);

        Assert.Equal(await File.ReadAllBytesAsync(RecordedAnswers.WeatherArchive!), response.Content.ToArray());
        Assert.Equal(long.Parse(expected.Value(0, "n")!, CultureInfo.InvariantCulture), parsed.Rows.Count);
        Assert.Equal(decimal.Parse(expected.Value(0, "s")!, CultureInfo.InvariantCulture), parsed.Rows.Sum(r => r.TemperatureMax));
        Assert.All(parsed.Rows, r => Assert.Null(r.TemperatureMin));
        Assert.Contains(parsed.Findings, f => f.Expectation == "variable_missing" && f.Column == "precipitation_sum" && f.Severity == FindingSeverity.Warning);
        Assert.Equal("weather/open-meteo/brasilia-df/2022-12-29_2023-01-08.json", response.BronzeKey);
    }

    [RequiresRecordedAnswersFact]
    public async Task FetchAsync_Request_AsksDailyVariablesInSaoPauloTimeAtTheLocation()
    {
        using var server = new ReplayServer();
        using var harness = new CollectionHarness(server);

        await harness.Weather.FetchAsync(Brasilia, Recorded, CancellationToken.None);
        var query = Assert.Single(server.Requests("/v1/archive")).Query;

        Assert.Equal("-15.7795", query["latitude"]);
        Assert.Equal("-47.9297", query["longitude"]);
        Assert.Equal("2022-12-29", query["start_date"]);
        Assert.Equal("2023-01-08", query["end_date"]);
        Assert.Equal("temperature_2m_max,temperature_2m_min,precipitation_sum", query["daily"]);
        Assert.Equal("America/Sao_Paulo", query["timezone"]);
        Assert.False(query.ContainsKey("apikey"));
    }

    [RequiresRecordedAnswersFact]
    public async Task CollectWeatherWindowAsync_WithApiKey_SendsItButNeverStoresIt()
    {
        const string key = "secret-key-4f1d9";
        using var server = new ReplayServer();
        using var harness = new CollectionHarness(server, o => o.OpenMeteo.ApiKey = key);

        var item = await harness.Collector.CollectWeatherWindowAsync(Brasilia, Recorded, CancellationToken.None);
        var metadata = await harness.Store.GetMetadataAsync(harness.Lake.BronzeBucket, item.Key, CancellationToken.None);

        Assert.Equal(key, Assert.Single(server.Requests("/v1/archive")).Query["apikey"]);
        Assert.DoesNotContain(key, string.Join('\n', metadata!.Values), StringComparison.Ordinal);
        Assert.DoesNotContain(key, harness.Options.OpenMeteo.ToString(), StringComparison.Ordinal);
        Assert.StartsWith($"{server.Url}/v1/archive?latitude=", metadata[CollectionMetadata.RequestUrl], StringComparison.Ordinal);
    }

    [RequiresRecordedAnswersFact]
    public async Task FetchAsync_Real400Answer_FailsWithTheApiReasonNamingLocationAndNotTheKey()
    {
        const string key = "secret-key-4f1d9";
        using var server = new ReplayServer();
        using var harness = new CollectionHarness(server, o => o.OpenMeteo.ApiKey = key);
        var nowhere = new WeatherLocation("Nowhere", "XX", -99, 0);

        var error = await Assert.ThrowsAsync<CollectionException>(() => harness.Weather.FetchAsync(nowhere, Recorded, CancellationToken.None));

        Assert.Equal(400, error.StatusCode);
        Assert.False(error.IsTransient);
        Assert.Contains("nowhere-xx", error.Message, StringComparison.Ordinal);
        Assert.Contains("Cannot initialize", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key, error.ToString(), StringComparison.Ordinal);
    }

    [RequiresRecordedAnswersFact]
    public async Task CollectWeatherAsync_27CapitalsTwice_StoresOneObjectPerCapitalAndYearOnce()
    {
        using var server = new ReplayServer();
        using var harness = new CollectionHarness(server);

        var first = new List<CollectedObject>();
        var second = new List<CollectedObject>();
        foreach (var capital in BrazilianCapitals.All)
        {
            first.AddRange(await harness.Collector.CollectWeatherAsync(capital, Recorded, CancellationToken.None));
        }

        foreach (var capital in BrazilianCapitals.All)
        {
            second.AddRange(await harness.Collector.CollectWeatherAsync(capital, Recorded, CancellationToken.None));
        }

        // The window crosses a year end: one request per capital and calendar year.
        var latitudes = server.Requests("/v1/archive").Select(r => r.Query["latitude"]).Distinct().Count();
        Assert.Equal(54, first.Count);
        Assert.Equal(27, latitudes);
        Assert.All(first, c => Assert.True(c.IsNew));
        Assert.All(second, c => Assert.False(c.IsNew));
        Assert.Equal(54, (await harness.BronzeKeysAsync(BronzeKeys.WeatherPrefix)).Count);
        Assert.All(first.GroupBy(c => c.Subject), g => Assert.Equal(11, g.Sum(c => c.Rows)));
        Assert.Contains(first, c => c.Key == "weather/open-meteo/sao-paulo-sp/2022-12-29_2022-12-31.json");
    }
}
