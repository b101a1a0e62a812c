using Lakehouse.Core.Datasets;
using Lakehouse.Core.Storage;
using Lakehouse.Core.Warehouse;
using Lakehouse.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Lakehouse.Functions.Tests;

/// <summary>
/// The order totals of <c>dw.fact_order</c> are refreshed once per run (migration 0015, <see cref="WarehouseLoader.FinishAsync"/>),
/// not once per loaded file: after a run they equal the facts and nothing is left queued; a load whose run never
/// finished (killed between its commit and the finish) leaves its object queued, and the next finish repairs exactly
/// the orders it touched.
/// </summary>
public class OrderTotalsTests
{
    private const string Stale =
        """
        SELECT count(*) FROM dw.fact_order o
        LEFT JOIN (SELECT order_id, count(*)::int AS n, sum(price) AS price, sum(freight_value) AS freight
                   FROM dw.fact_order_item GROUP BY order_id) i USING (order_id)
        LEFT JOIN (SELECT order_id, count(*)::int AS n, sum(payment_value) AS total FROM dw.fact_payment GROUP BY order_id) p USING (order_id)
        WHERE (o.item_count, o.items_price_total, o.items_freight_total, o.payment_count, o.payment_value_total) IS DISTINCT FROM
              (coalesce(i.n, 0), coalesce(i.price, 0), coalesce(i.freight, 0), coalesce(p.n, 0), coalesce(p.total, 0))
        """;

    [Fact]
    public async Task Totals_AfterARun_EqualTheFacts_AndAnUnfinishedLoadIsRepairedByTheNextFinish()
    {
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "order_totals");
        using var folder = new TempDirectory();
        PipelineHarness.AssertAllLoaded(await harness.IngestAsync(await harness.UploadAsync([.. OlistSampleGenerator.Write(folder.Path, 150)])));

        var withItems = await harness.ScalarAsync<long>("SELECT count(*) FROM dw.fact_order WHERE item_count > 0"); // the sample has no payments file
        Assert.True(withItems > 100, $"{withItems} orders with items; " + await harness.ScalarAsync<string>(
            "SELECT (SELECT count(*) FROM dw.fact_order) || ' orders, ' || (SELECT count(*) FROM dw.fact_order_item) || ' items, ' || (SELECT count(*) FROM dw.fact_payment) || ' payments, ' || (SELECT count(*) FROM dw.order_totals_pending) || ' queued'"));
        Assert.Equal(0, await harness.ScalarAsync<long>(Stale));
        Assert.Equal(0, await harness.ScalarAsync<long>("SELECT count(*) FROM dw.order_totals_pending"));

        // What a load of items does whose run is killed before its finish: facts changed and its object queued, in one
        // transaction; the totals still describe the old facts.
        await harness.ScalarAsync<int>(
            """
            WITH changed AS (
                UPDATE dw.fact_order_item SET price = price + 10
                WHERE (order_id, order_item_id) IN (SELECT order_id, order_item_id FROM dw.fact_order_item ORDER BY order_id LIMIT 2)
                RETURNING source_object_id)
            INSERT INTO dw.order_totals_pending (source_object_id) SELECT DISTINCT source_object_id FROM changed RETURNING 1
            """);
        var staleOrders = await harness.ScalarAsync<long>(Stale);
        Assert.InRange(staleOrders, 1, 2);

        var loader = harness.Services.GetRequiredService<WarehouseLoader>();
        Assert.Equal(staleOrders, await loader.FinishAsync(default));
        Assert.Equal(0, await harness.ScalarAsync<long>(Stale));
        Assert.Equal(0, await harness.ScalarAsync<long>("SELECT count(*) FROM dw.order_totals_pending"));
        Assert.Equal(0, await loader.FinishAsync(default)); // idempotent: nothing queued, nothing written

        // The queued object held facts of every order, so that finish refreshed them all (dw.refresh_all_order_totals);
        // the path for a few orders (a small re-load) refreshes the orders of the given objects and the -1 marks only.
        var source = await harness.ScalarAsync<long>(
            "UPDATE dw.fact_order_item SET price = price + 1 WHERE (order_id, order_item_id) IN (SELECT order_id, order_item_id FROM dw.fact_order_item ORDER BY order_id DESC LIMIT 1) RETURNING source_object_id");
        await harness.ScalarAsync<int>("UPDATE dw.fact_order SET item_count = -1 WHERE order_id = (SELECT min(order_id) FROM dw.fact_order_item) RETURNING 1");
        Assert.Equal(2, await harness.ScalarAsync<long>(Stale));
        Assert.Equal(2, await harness.ScalarAsync<int>($"SELECT dw.refresh_order_totals_of(ARRAY[{source}]::bigint[])"));
        Assert.Equal(0, await harness.ScalarAsync<long>(Stale));
    }
    [Fact]
    public async Task Reload_OfAnObjectThatNoLongerHoldsARow_RemovesItMarksItsOrderAndTheFinishRecountsIt()
    {
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "order_totals_reload");
        using var folder = new TempDirectory();
        PipelineHarness.AssertAllLoaded(await harness.IngestAsync(await harness.UploadAsync([.. OlistSampleGenerator.Write(folder.Path, 150)])));
        var items = await harness.ScalarAsync<long>("SELECT object_id FROM lakehouse.objects WHERE dataset = 'order_items'");

        // A row the items object held at an earlier load and no longer holds (a rule that now quarantines it, say), with
        // the totals of its order counting it, as a finish left them: then the object is loaded again.
        var order = await harness.ScalarAsync<string>(
            $"""
            INSERT INTO dw.fact_order_item (order_id, order_item_id, customer_key, product_key, seller_key, purchase_date_key,
                shipping_limit_date_key, shipping_limit_at, price, freight_value, source_object_id)
            SELECT order_id, 99, customer_key, product_key, seller_key, purchase_date_key, shipping_limit_date_key, shipping_limit_at, 1000, 0, {items}
            FROM dw.fact_order_item WHERE source_object_id = {items} ORDER BY order_id LIMIT 1
            RETURNING order_id
            """);
        await harness.ScalarAsync<int>($"UPDATE dw.fact_order SET item_count = item_count + 1, items_price_total = items_price_total + 1000 WHERE order_id = '{order}' RETURNING 1");
        Assert.Equal(0, await harness.ScalarAsync<long>(Stale));

        var loaded = await harness.Create<ObjectLoader>().LoadAsync(items, default);

        Assert.True(loaded > 100, $"{loaded} rows loaded");
        Assert.Equal(0, await harness.ScalarAsync<long>($"SELECT count(*) FROM dw.fact_order_item WHERE order_id = '{order}' AND order_item_id = 99"));
        Assert.Equal(-1, await harness.ScalarAsync<int>($"SELECT item_count FROM dw.fact_order WHERE order_id = '{order}'")); // marked, under the order totals lock
        Assert.Equal(1, await harness.ScalarAsync<long>($"SELECT count(*) FROM dw.order_totals_pending WHERE source_object_id = {items}"));
        Assert.Equal(1, await harness.Services.GetRequiredService<WarehouseLoader>().FinishAsync(default));
        Assert.Equal(0, await harness.ScalarAsync<long>(Stale));
    }
}
