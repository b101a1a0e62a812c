using Microsoft.Extensions.DependencyInjection;
using Lakehouse.Core.Catalog;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Storage;
using Lakehouse.Testing;

namespace Lakehouse.Functions.Tests;

/// <summary>The generated sample through the whole pipeline, on both lake providers.</summary>
public class SamplePipelineTests
{
    [Theory]
    [InlineData(LakeProvider.FileSystem)]
    [InlineData(LakeProvider.S3)]
    public async Task Ingest_SampleFiles_LoadsStarSchemaAndSecondIngestChangesNothing(LakeProvider provider)
    {
        await using var harness = await PipelineHarness.CreateAsync(provider, "sample_" + provider.ToString().ToLowerInvariant());
        using var folder = new TempDirectory();
        var files = OlistSampleGenerator.Write(folder.Path, 300);
        var itemRows = File.ReadAllLines(files[2]).Length - 1;
        var objects = await harness.UploadAsync([.. files]);

        var first = await harness.IngestAsync(objects);
        var afterFirst = await harness.WarehouseFingerprintAsync();
        var second = await harness.IngestAsync(objects);
        var afterSecond = await harness.WarehouseFingerprintAsync();

        PipelineHarness.AssertAllLoaded(first);
        Assert.Equal(itemRows, await harness.ScalarAsync<int>("SELECT count(*) FROM dw.fact_order_item"));
        Assert.Equal(0, await harness.ScalarAsync<int>("SELECT count(*) FROM dw.fact_order_item WHERE customer_key = -1"));
        Assert.Equal(0, await harness.ScalarAsync<int>("SELECT count(*) FROM dw.dim_customer WHERE is_inferred"));
        Assert.All(second.Objects, o => Assert.Equal(ObjectStatus.Skipped, o.Status));
        Assert.Equal(afterFirst, afterSecond);
    }

    [Fact]
    public async Task Ingest_FilesInReverseOrderAcrossRuns_EqualsDimensionsFirst()
    {
        using var folder = new TempDirectory();
        var files = OlistSampleGenerator.Write(folder.Path, 200);
        IReadOnlyList<string> ordered, reversed;
        await using (var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "order_a"))
        {
            await harness.IngestAsync(await harness.UploadAsync([.. files]));
            ordered = await harness.WarehouseFingerprintAsync();
        }

        await using (var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "order_b"))
        {
            var items = await harness.IngestAsync(await harness.UploadAsync(files[2]));
            var itemsAlone = await harness.ScalarAsync<int>("SELECT count(*) FROM dw.fact_order_item WHERE customer_key = -1");
            await harness.IngestAsync(await harness.UploadAsync(files[1]));
            var inferred = await harness.ScalarAsync<int>("SELECT count(*) FROM dw.dim_customer WHERE is_inferred");
            await harness.IngestAsync(await harness.UploadAsync(files[0]));
            reversed = await harness.WarehouseFingerprintAsync();

            Assert.Equal(ObjectStatus.Loaded, items.Objects[0].Status);
            Assert.True(itemsAlone > 0, "items loaded before their orders point to the unknown customer");
            Assert.Equal(200, inferred);
        }

        Assert.Equal(ordered, reversed);
    }

    [Fact]
    public async Task Ingest_OrdersAndItemsAsConcurrentRuns_LeavesNoItemOnTheUnknownCustomer()
    {
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "concurrent");
        using var folder = new TempDirectory();
        var files = OlistSampleGenerator.Write(folder.Path, 400);
        var customers = await harness.UploadAsync(files[0]);
        await harness.IngestAsync(customers);
        var orders = await harness.UploadAsync(files[1]);
        var items = await harness.UploadAsync(files[2]);

        var runs = await Task.WhenAll(harness.IngestAsync(orders), harness.IngestAsync(items));

        Assert.All(runs, PipelineHarness.AssertAllLoaded);
        Assert.Equal(0, await harness.ScalarAsync<int>("SELECT count(*) FROM dw.fact_order_item WHERE customer_key = -1 OR purchase_date_key = -1"));
    }

    [Fact]
    public async Task Ingest_WhileTheMergeLockIsHeld_WaitsForItThenLoads()
    {
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "merge_lock");
        using var folder = new TempDirectory();
        var files = OlistSampleGenerator.Write(folder.Path, 30);
        var customers = await harness.UploadAsync(files[0]);
        await using var holder = await harness.Database.OpenConnectionAsync();
        await using (var take = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_lock({Core.Warehouse.WarehouseLoader.MergeLockId})", holder))
        {
            await take.ExecuteNonQueryAsync();
        }

        var run = harness.IngestAsync(customers);
        var blocked = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(4))) != run;
        var staged = await harness.ScalarAsync<string>("SELECT status FROM lakehouse.objects");
        var loadedWhileHeld = await harness.ScalarAsync<int>("SELECT count(*) FROM dw.dim_customer WHERE customer_key <> -1");
        await using (var release = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_unlock({Core.Warehouse.WarehouseLoader.MergeLockId})", holder))
        {
            await release.ExecuteNonQueryAsync();
        }

        PipelineHarness.AssertAllLoaded(await run);
        Assert.True(blocked, "the load finished although another session held the merge lock");
        Assert.Equal("validated", staged);
        Assert.Equal(0, loadedWhileHeld);
        Assert.Equal(30, await harness.ScalarAsync<int>("SELECT count(*) FROM dw.dim_customer WHERE customer_key <> -1"));
    }

    [Fact]
    public async Task Ingest_WhileAnotherSessionHoldsTheItemsTableLock_LoadsCustomersButOrdersWait()
    {
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "table_lock");
        using var folder = new TempDirectory();
        var files = OlistSampleGenerator.Write(folder.Path, 30);
        var items = Core.Warehouse.MergeLocks.Tables.ToList().IndexOf("fact_order_item") + 1;
        await using var holder = await harness.Database.OpenConnectionAsync();
        await using (var take = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_lock({Core.Warehouse.MergeLocks.TableLockSpace}, {items})", holder))
        {
            await take.ExecuteNonQueryAsync();
        }

        // Customers touch neither the items nor anything an items load locks: they load while the lock is held.
        PipelineHarness.AssertAllLoaded(await harness.IngestAsync(await harness.UploadAsync(files[0])).WaitAsync(TimeSpan.FromSeconds(60)));
        // Orders fix up the customer of items that arrived first, so they wait for the items table.
        var run = harness.IngestAsync(await harness.UploadAsync(files[1]));
        var blocked = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(4))) != run;
        var ordersWhileHeld = await harness.ScalarAsync<int>("SELECT count(*) FROM dw.fact_order");
        await using (var release = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_unlock({Core.Warehouse.MergeLocks.TableLockSpace}, {items})", holder))
        {
            await release.ExecuteNonQueryAsync();
        }

        PipelineHarness.AssertAllLoaded(await run);
        Assert.True(blocked, "the orders load finished although another session held the items table lock");
        Assert.Equal(0, ordersWhileHeld);
        Assert.Equal(30, await harness.ScalarAsync<int>("SELECT count(*) FROM dw.fact_order"));
    }

    [Fact]
    public async Task Ingest_MostRowsBad_RejectsTheObjectWithTheCriticalExpectationAndLoadsNothing()
    {
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "rejected");
        using var folder = new TempDirectory();
        var files = OlistSampleGenerator.Write(folder.Path, 40);
        var lines = File.ReadAllLines(files[1]);
        File.WriteAllLines(files[1], lines.Select((l, i) => i is 0 or > 30 ? l : string.Join(',', l.Split(',').Select((f, c) => c == 3 ? "not a date" : f))));

        var result = await harness.IngestAsync(await harness.UploadAsync(files[1]));

        var orders = result.Objects.Single();
        Assert.Equal(ObjectStatus.Rejected, orders.Status);
        Assert.Equal((1, 0), (result.Rejected, result.Failed));
        Assert.Equal("1 0 failed", await harness.ScalarAsync<string>("SELECT rejected || ' ' || failed || ' ' || status FROM lakehouse.runs"));
        Assert.Equal(30, orders.RowsQuarantined);
        Assert.Contains("olist_orders_dataset.csv: not loaded", orders.Error, StringComparison.Ordinal);
        Assert.Contains("quarantined_fraction", orders.Error, StringComparison.Ordinal);
        Assert.Equal(0, await harness.ScalarAsync<int>("SELECT count(*) FROM dw.fact_order"));
        Assert.Equal(orders.Error, await harness.ScalarAsync<string>("SELECT error FROM lakehouse.objects"));
        var reportKey = await harness.ScalarAsync<string>("SELECT validation_key FROM lakehouse.objects");
        Assert.NotNull(await harness.Store.HeadAsync(harness.Lake.SilverBucket, reportKey, default));
    }

    [Fact]
    public async Task Ingest_MalformedRows_QuarantinesThemNamingRowAndRuleAndLoadsTheRest()
    {
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "malformed");
        using var folder = new TempDirectory();
        var files = OlistSampleGenerator.Write(folder.Path, 50);
        var lines = File.ReadAllLines(files[1]).ToList();
        var ragged = lines[3] + ",extra";
        var badDate = string.Join(',', lines[5].Split(',').Select((f, i) => i == 3 ? "2018-02-30 10:00:00" : f));
        lines[3] = ragged;
        lines[5] = badDate;
        File.WriteAllLines(files[1], lines);

        var result = await harness.IngestAsync(await harness.UploadAsync([.. files]));

        var orders = result.Objects.Single(o => o.Dataset == "orders");
        Assert.Equal(ObjectStatus.Loaded, orders.Status);
        Assert.Equal(50, orders.RowsRead);
        Assert.Equal(2, orders.RowsQuarantined);
        Assert.Equal(48, await harness.ScalarAsync<int>("SELECT count(*) FROM dw.fact_order"));
        var raggedFinding = orders.Findings.Single(f => f.Expectation == "column_count");
        Assert.Equal([3L], raggedFinding.SampleRows);
        var dateFinding = orders.Findings.Single(f => f.Expectation == "type_timestamp");
        Assert.Equal([5L], dateFinding.SampleRows);
        Assert.Equal("order_purchase_timestamp", dateFinding.Column);
        var quarantineKey = (await harness.Services.GetRequiredService<LakeCatalog>().GetAsync(orders.ObjectId!.Value, default)).QuarantineKey;
        Assert.StartsWith("_quarantine/olist/orders/ingest_date=2026-11-22/olist_orders_dataset.", quarantineKey, StringComparison.Ordinal);
        Assert.NotNull(await harness.Store.HeadAsync(harness.Lake.SilverBucket, quarantineKey!, default));
    }

    [Fact]
    public async Task Ingest_FileMissingAColumn_IsRejectedNamingFileAndRuleWhileOthersLoad()
    {
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "missing_column");
        using var folder = new TempDirectory();
        var files = OlistSampleGenerator.Write(folder.Path, 20);
        var lines = File.ReadAllLines(files[0]);
        File.WriteAllLines(files[0], lines.Select(l => string.Join(',', l.Split(',')[..4])));

        var result = await harness.IngestAsync(await harness.UploadAsync([.. files]));

        var customers = result.Objects.Single(o => o.Key.EndsWith("olist_customers_dataset.csv", StringComparison.Ordinal));
        Assert.Equal(ObjectStatus.Rejected, customers.Status);
        Assert.Contains("olist_customers_dataset.csv", customers.Error, StringComparison.Ordinal);
        Assert.Contains("customer_state", customers.Error, StringComparison.Ordinal);
        Assert.Contains("column_set", customers.Error, StringComparison.Ordinal);
        Assert.All(result.Objects.Where(o => o != customers), o => Assert.Equal(ObjectStatus.Loaded, o.Status));
    }
}
