using System.Globalization;
using Lakehouse.Core.Catalog;
using Lakehouse.Functions.Orchestrations;
using Lakehouse.Testing;

namespace Lakehouse.Functions.Tests.Collection;

/// <summary>
/// One query across sources: the real Olist subset's orders (ingested) next to the IPCA (collected from the replay of
/// the real SGS 433 answer), in <c>dw.monthly_revenue_ipca</c>.
/// </summary>
public sealed class DeflatedRevenueTests
{
    [RequiresOlistDataFact(RecordedAnswers = true)]
    public async Task MonthlyRevenueIpca_RealSubset_OneRowPerMonthWithIpcaForEveryMonth()
    {
        using var server = new ReplayServer();
        await using var harness = await CollectHarness.CreateAsync(server, "collect_deflated");
        var orders = RepoPaths.OlistFile("olist_orders_dataset")!;
        var ingest = await harness.IngestAsync(await harness.UploadAsync(RepoPaths.OlistFile("olist_customers_dataset")!, orders, RepoPaths.OlistFile("olist_order_items_dataset")!));
        var collect = await harness.CollectAsync(new CollectInput(Source: "bcb", Series: [433], From: new DateOnly(2016, 1, 1), To: new DateOnly(2018, 12, 31)));
        var span = await DuckDb.QueryAsync("SELECT strftime(min(order_purchase_timestamp::TIMESTAMP), '%Y-%m-01') AS first, strftime(max(order_purchase_timestamp::TIMESTAMP), '%Y-%m-01') AS last, "
            + "count(DISTINCT strftime(order_purchase_timestamp::TIMESTAMP, '%Y-%m')) AS months FROM read_csv(" + DuckDb.Literal(orders) + ", header=true)");
        var ipca = await DuckDb.QueryAsync("SELECT strftime(strptime(data, '%d/%m/%Y'), '%Y-%m-01') AS month, CAST(valor AS DECIMAL(18,6)) AS v FROM read_json("
            + DuckDb.Literal(RecordedAnswers.Bcb(433)!) + ", format='array', columns={data: 'VARCHAR', valor: 'VARCHAR'})");
        var recorded = ipca.Rows.ToDictionary(r => r[0]!, r => decimal.Parse(r[1]!, CultureInfo.InvariantCulture));

        var rows = await ReadViewAsync(harness);

        PipelineHarness.AssertAllLoaded(ingest);
        Assert.Empty(collect.Failures);
        var first = DateOnly.Parse(span.Value(0, "first")!, CultureInfo.InvariantCulture);
        var last = DateOnly.Parse(span.Value(0, "last")!, CultureInfo.InvariantCulture);
        Assert.Equal(first, rows[0].Month);
        Assert.Equal(last, rows[^1].Month);
        Assert.Equal(Enumerable.Range(0, rows.Count).Select(i => first.AddMonths(i)), rows.Select(r => r.Month)); // one row per month, no gap
        Assert.Equal(long.Parse(span.Value(0, "months")!, CultureInfo.InvariantCulture), rows.Count(r => r.Orders > 0));
        Assert.All(rows, r => Assert.Equal(recorded[r.Month.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)], r.Ipca)); // IPCA present, every month
        Assert.Equal(await harness.ScalarAsync<decimal>("SELECT sum(items_price_total) FROM dw.fact_order WHERE purchase_date_key <> -1"), rows.Sum(r => r.Revenue));
        var (baseRow, before) = (rows.Single(r => r.Month == r.Base), rows.Single(r => r.Month == r.Base.AddMonths(-1)));
        Assert.Equal(baseRow.Revenue, baseRow.AtBasePrices);
        Assert.InRange(before.AtBasePrices!.Value - (before.Revenue * (1 + baseRow.Ipca!.Value / 100)), -0.01m, 0.01m); // carried by the base month's IPCA
    }

    private static async Task<List<(DateOnly Month, long Orders, decimal Revenue, decimal? Ipca, decimal? AtBasePrices, DateOnly Base)>> ReadViewAsync(PipelineHarness harness)
    {
        var rows = new List<(DateOnly, long, decimal, decimal?, decimal?, DateOnly)>();
        await using var command = harness.Database.CreateCommand("SELECT month, orders, revenue, ipca_pct, revenue_at_base_prices, base FROM dw.monthly_revenue_ipca ORDER BY month");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetFieldValue<DateOnly>(0), reader.GetInt64(1), reader.GetDecimal(2), reader.IsDBNull(3) ? null : reader.GetDecimal(3),
                reader.IsDBNull(4) ? null : reader.GetDecimal(4), reader.GetFieldValue<DateOnly>(5)));
        }

        return rows;
    }
}
