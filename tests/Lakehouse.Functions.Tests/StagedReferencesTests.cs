using Lakehouse.Core.Catalog;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Storage;
using Lakehouse.Core.Validation;
using Lakehouse.Core.Warehouse;
using Lakehouse.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Lakehouse.Functions.Tests;

/// <summary>
/// In a run, referential integrity is counted on the rows the object's load has staged, inside its transaction
/// (<see cref="Activities.ValidateReferencesAndLoadActivity"/>), not on the silver file read again: the counts must be the
/// silver path's, and a load whose check says no keeps nothing.
/// </summary>
public class StagedReferencesTests
{
    [Fact]
    public async Task Ingest_ItemsOfOrdersNotLoaded_CountedOnTheStagedRowsAsTheSilverFileCountsThem()
    {
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "staged_refs");
        using var folder = new TempDirectory();
        var files = OlistSampleGenerator.Write(folder.Path, 150);
        // Twelve orders left out of the orders file: their items refer to orders the warehouse never gets.
        var ordersFile = files.Single(f => Path.GetFileName(f).StartsWith("olist_orders", StringComparison.Ordinal));
        var orderLines = File.ReadAllLines(ordersFile);
        var dropped = orderLines.Skip(1).Take(12).Select(l => l.Split(',')[0].Trim('"')).ToHashSet(StringComparer.Ordinal);
        File.WriteAllLines(ordersFile, orderLines.Take(1).Concat(orderLines.Skip(13)));
        var itemLines = File.ReadAllLines(files.Single(f => Path.GetFileName(f).StartsWith("olist_order_items", StringComparison.Ordinal))).Skip(1).ToList();
        var itemOrders = itemLines.Select(l => l.Split(',')[0].Trim('"')).ToHashSet(StringComparer.Ordinal);
        var products = itemLines.Select(l => l.Split(',')[2].Trim('"')).Distinct(StringComparer.Ordinal).Count();
        var expectedMissing = itemOrders.Count(dropped.Contains);
        Assert.InRange(expectedMissing, 1, 12); // the sample has orders without items

        var result = await harness.IngestAsync(await harness.UploadAsync([.. files]));

        PipelineHarness.AssertAllLoaded(result);
        var items = result.Objects.Single(o => o.Dataset == "order_items");
        var staged = Assert.Single(items.Findings, f => f is { Expectation: "referential_integrity", Column: "order_id" });
        Assert.Equal((FindingSeverity.Warning, (long)expectedMissing), (staged.Severity, staged.FailedRows));
        Assert.Equal($"{expectedMissing} of {itemOrders.Count} distinct value(s) not (yet) in dw.fact_order.order_id", staged.Message);
        // Counted before the merge adds the inferred members: the sample has no products file, so none was known.
        var unknownProducts = Assert.Single(items.Findings, f => f is { Expectation: "referential_integrity", Column: "product_id" });
        Assert.Equal($"{products} of {products} distinct value(s) not (yet) in dw.dim_product.product_id", unknownProducts.Message);

        // Both stages recorded, the references within the load.
        var stages = await harness.ScalarAsync<string>(
            $"SELECT string_agg(stage, ',' ORDER BY started_at) FROM lakehouse.stage_results WHERE object_id = {items.ObjectId} AND stage IN ('references', 'load')");
        Assert.Equal("load,references", stages);

        // The silver path (a validation on its own: the silver file read back, the keys sent) finds the same.
        var silver = await harness.Services.GetRequiredService<ObjectValidator>().ValidateAsync(items.ObjectId!.Value, CancellationToken.None);
        var again = Assert.Single(silver.Report.Findings, f => f is { Expectation: "referential_integrity", Column: "order_id" });
        Assert.Equal((staged.Severity, staged.FailedRows, staged.Message), (again.Severity, again.FailedRows, again.Message));
    }

    [Fact]
    public async Task LoadChecked_RefusedByItsCheck_KeepsNothing_AndAnUnstagedColumnIsNamed()
    {
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "staged_refs_refused");
        using var folder = new TempDirectory();
        PipelineHarness.AssertAllLoaded(await harness.IngestAsync(await harness.UploadAsync([.. OlistSampleGenerator.Write(folder.Path, 150)])));
        var items = await harness.ScalarAsync<long>("SELECT object_id FROM lakehouse.objects WHERE dataset = 'order_items'");
        var rows = await harness.ScalarAsync<long>("SELECT count(*) FROM dw.fact_order_item");
        var distinctOrders = await harness.ScalarAsync<long>("SELECT count(DISTINCT order_id) FROM dw.fact_order_item");
        // Rows the next load of the object would bring back: every item of three orders.
        var deleted = await harness.ScalarAsync<long>(
            $"WITH gone AS (DELETE FROM dw.fact_order_item WHERE order_id IN (SELECT DISTINCT order_id FROM dw.fact_order_item WHERE source_object_id = {items} ORDER BY order_id LIMIT 3) RETURNING 1) SELECT count(*) FROM gone");
        Assert.InRange(deleted, 3, 12);
        var loader = harness.Services.GetRequiredService<ObjectLoader>();
        (long Distinct, long Missing)? counted = null, againstNonUnique = null;

        var refused = await loader.LoadCheckedAsync(items, async (staged, token) =>
        {
            counted = await staged.CountMissingAsync("order_id", "dw.fact_order", "order_id", token); // a key: one left join
            againstNonUnique = await staged.CountMissingAsync("order_id", "dw.fact_order_item", "order_id", token); // not unique alone: anti-join
            var unstaged = await Assert.ThrowsAsync<InvalidOperationException>(() => staged.CountMissingAsync("customer_email", "dw.dim_customer", "customer_id", token));
            Assert.Contains("'customer_email'", unstaged.Message, StringComparison.Ordinal);
            return false;
        }, CancellationToken.None);

        Assert.Null(refused);
        Assert.Equal((distinctOrders, 0L), counted);
        Assert.Equal((distinctOrders, 3L), againstNonUnique);
        Assert.Equal(rows - deleted, await harness.ScalarAsync<long>("SELECT count(*) FROM dw.fact_order_item"));
        Assert.Equal(0L, await harness.ScalarAsync<long>("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'"));

        var loaded = await loader.LoadCheckedAsync(items, (_, _) => Task.FromResult(true), CancellationToken.None);

        Assert.Equal(rows, loaded);
        Assert.Equal(rows, await harness.ScalarAsync<long>("SELECT count(*) FROM dw.fact_order_item"));
        Assert.Equal(nameof(ObjectStatus.Loaded), await harness.ScalarAsync<string>($"SELECT status FROM lakehouse.objects WHERE object_id = {items}"), StringComparer.OrdinalIgnoreCase);
    }
}
