using System.Globalization;
using Lakehouse.Core.Catalog;
using Lakehouse.Functions.Orchestrations;
using Lakehouse.Testing;

namespace Lakehouse.Functions.Tests.Collection;

/// <summary>
/// Collection end to end on the real Durable Task engine: the replay server answers with the real recorded SGS series and
/// Open-Meteo answer, the answers go to bronze, through the ProcessObject path into silver and the warehouse.
/// </summary>
public sealed class CollectOrchestrationTests
{
    private static readonly DateOnly From = new(2016, 1, 1);
    private static readonly DateOnly To = new(2025, 12, 31);

    [RequiresRecordedAnswersFact]
    public async Task Collect_2016To2025_LoadsExactlyTheRecordedRowsAndASecondCollectChangesNothing()
    {
        using var server = new ReplayServer();
        await using var harness = await CollectHarness.CreateAsync(server, "collect_decade");

        var first = await harness.CollectAsync(new CollectInput(From: From, To: To));
        var bronze = await harness.BronzeAsync();
        var warehouse = await harness.CollectedWarehouseAsync();
        var second = await harness.CollectAsync(new CollectInput(From: From, To: To));

        // 4 series in one window each (2016-01-01..2025-12-31 is exactly 10 years), 27 capitals x 10 calendar years.
        Assert.Null(first.Error);
        Assert.Empty(first.Failures);
        Assert.Equal(4 + 27 * 10, first.Tasks);
        Assert.Equal(4 + 27 * 10, first.Stored);
        Assert.NotNull(first.Ingest);
        Assert.All(first.Ingest!.Objects, o => Assert.True(o.Status == ObjectStatus.Loaded, $"{o.Key}: {o.Status}: {o.Error}"));
        foreach (var code in new[] { 433, 4390, 11, 432 })
        {
            var expected = await RecordedSeriesAsync(code);
            Assert.Equal(expected, await harness.ScalarAsync<string>(
                $"SELECT count(*) || ' ' || sum(f.value) FROM dw.fact_indicator f JOIN dw.dim_indicator i USING (indicator_key) WHERE i.sgs_code = {code}"));
        }

        var (days, sumMax) = CollectHarness.RecordedWeather(From, To);
        Assert.Equal(27, await harness.ScalarAsync<int>("SELECT count(*) FROM dw.dim_location WHERE location_key <> -1"));
        Assert.Equal(27, await harness.ScalarAsync<int>("SELECT count(DISTINCT state) FROM dw.dim_location WHERE location_key <> -1"));
        Assert.Equal(27 * days, await harness.ScalarAsync<int>("SELECT count(*) FROM dw.fact_weather_daily"));
        Assert.Equal(27 * sumMax, await harness.ScalarAsync<decimal>("SELECT sum(temperature_max) FROM dw.fact_weather_daily"));
        Assert.Equal(0, await harness.ScalarAsync<int>("SELECT count(*) FROM dw.fact_weather_daily WHERE date_key = -1"));
        AssertNoDailyRequestOverTenYears(server);

        Assert.Empty(second.Failures);
        Assert.Equal(0, second.Stored);
        Assert.Equal(4 + 27 * 10, second.Unchanged);
        Assert.Null(second.Ingest);
        Assert.Equal(bronze, await harness.BronzeAsync());
        Assert.Equal(warehouse, await harness.CollectedWarehouseAsync());
    }

    /// <summary>Count and sum of SGS <paramref name="code"/>'s recording within 2016–2025, by DuckDB (the independent oracle).</summary>
    private static async Task<string> RecordedSeriesAsync(int code)
    {
        var result = await DuckDb.QueryAsync(
            "SELECT count(*) AS n, CAST(sum(CAST(valor AS DECIMAL(18,6))) AS DECIMAL(18,6)) AS s FROM read_json(" + DuckDb.Literal(RecordedAnswers.Bcb(code)!)
            + ", format='array', columns={data: 'VARCHAR', valor: 'VARCHAR'}) WHERE strptime(data, '%d/%m/%Y')::DATE BETWEEN DATE '2016-01-01' AND DATE '2025-12-31'");
        return result.Value(0, "n") + " " + decimal.Parse(result.Value(0, "s")!, CultureInfo.InvariantCulture).ToString("0.000000", CultureInfo.InvariantCulture);
    }

    private static void AssertNoDailyRequestOverTenYears(ReplayServer server)
    {
        foreach (var code in new[] { 11, 432 })
        {
            var requests = server.Requests($"/dados/serie/bcdata.sgs.{code}/");
            Assert.NotEmpty(requests);
            Assert.All(requests, r =>
            {
                var (from, to) = (ReplayServer.SgsDate(r.Query["dataInicial"]), ReplayServer.SgsDate(r.Query["dataFinal"]));
                Assert.True(to < from.AddYears(10), $"sgs {code}: {from}..{to} spans more than 10 years");
            });
        }
    }
}
