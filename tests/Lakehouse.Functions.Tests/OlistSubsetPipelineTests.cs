using Lakehouse.Core.Catalog;
using System.Text.RegularExpressions;
using Lakehouse.Core.Storage;
using Lakehouse.Core.Warehouse;
using Lakehouse.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Lakehouse.Functions.Tests;

/// <summary>
/// The nine real Olist files (../shared/data/olist, when present) through the pipeline, checked against DuckDB
/// reading the same CSVs (<see cref="OlistOracle"/>): exact counts and sums of every fact and dimension, referential
/// integrity, no raw customer id anywhere in silver or in the warehouse, and the same warehouse whatever the arrival
/// order or how often objects are re-loaded.
/// </summary>
public partial class OlistSubsetPipelineTests
{
    private static readonly string[] Names =
    [
        "olist_order_reviews_dataset", "olist_order_payments_dataset", "olist_order_items_dataset", "olist_orders_dataset",
        "olist_products_dataset", "olist_sellers_dataset", "olist_customers_dataset", "olist_geolocation_dataset",
        "product_category_name_translation",
    ];

    [RequiresOlistDataFact]
    public async Task Ingest_AllNineRealFiles_MatchesDuckDbAndHoldsIntegrity()
    {
        var files = Names.Select(n => RepoPaths.OlistFile(n)!).ToArray();
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.S3, "olist_all");
        var objects = await harness.UploadAsync(files);

        var first = await harness.IngestAsync(objects);
        var fingerprint = await harness.WarehouseFingerprintAsync();
        var second = await harness.IngestAsync(objects);
        var loader = harness.Services.GetRequiredService<ObjectLoader>();
        foreach (var id in first.Objects.Select(o => o.ObjectId!.Value).Reverse())
        {
            await loader.LoadAsync(id, default);
        }

        PipelineHarness.AssertAllLoaded(first);
        Assert.All(first.Objects, o => Assert.Equal(0, o.RowsQuarantined));
        Assert.All(second.Objects, o => Assert.Equal(ObjectStatus.Skipped, o.Status));
        Assert.Equal(fingerprint, await harness.WarehouseFingerprintAsync());
        await new OlistOracle(harness, RepoPaths.OlistFile).AssertWarehouseMatchesAsync();
        var raw = await RawCustomerIdsAsync(RepoPaths.OlistFile("olist_customers_dataset")!);
        Assert.True(raw.Count > 8135, "the oracle read the raw customer ids");
        await AssertNoRawIdsInSilverAsync(harness, raw, Names.Length);
        await AssertNoRawIdsInWarehouseAsync(harness, raw);
    }

    [RequiresOlistDataFact]
    public async Task Ingest_FilesOneByOneInReverseTierOrder_GivesTheSameWarehouse()
    {
        var files = Names.Select(n => RepoPaths.OlistFile(n)!).ToArray();
        await using var forward = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "olist_forward");
        await using var reverse = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "olist_reverse");
        PipelineHarness.AssertAllLoaded(await forward.IngestAsync(await forward.UploadAsync(files)));

        foreach (var file in files)
        {
            // Facts first, dimensions last: every member starts inferred and is completed later.
            PipelineHarness.AssertAllLoaded(await reverse.IngestAsync(await reverse.UploadAsync(file)));
        }

        Assert.Equal(await forward.WarehouseFingerprintAsync(), await reverse.WarehouseFingerprintAsync());
        await new OlistOracle(reverse, RepoPaths.OlistFile).AssertWarehouseMatchesAsync();
    }

    private static async Task<HashSet<string>> RawCustomerIdsAsync(string customers)
    {
        var result = await DuckDb.QueryAsync($"SELECT customer_id AS id FROM read_csv({DuckDb.Literal(customers)}, all_varchar = true) UNION ALL SELECT customer_unique_id FROM read_csv({DuckDb.Literal(customers)}, all_varchar = true)");
        return [.. result.Rows.Select(r => r[0]!)];
    }

    private static async Task AssertNoRawIdsInSilverAsync(PipelineHarness harness, HashSet<string> raw, int expectedFiles)
    {
        using var folder = new TempDirectory();
        var checkedFiles = 0;
        await foreach (var info in harness.Store.ListAsync(harness.Lake.SilverBucket, "", default))
        {
            if (!info.Key.EndsWith(".parquet", StringComparison.Ordinal))
            {
                continue;
            }

            var local = Path.Combine(folder.Path, $"{checkedFiles}.parquet");
            await harness.Store.DownloadToFileAsync(harness.Lake.SilverBucket, info.Key, local, default);
            var rows = await DuckDb.QueryAsync($"SELECT * FROM read_parquet({DuckDb.Literal(local)})");
            Assert.DoesNotContain(rows.Rows.SelectMany(r => r), v => v is not null && raw.Contains(v));
            checkedFiles++;
        }

        Assert.Equal(expectedFiles, checkedFiles);
    }

    private static async Task AssertNoRawIdsInWarehouseAsync(PipelineHarness harness, HashSet<string> raw)
    {
        string[] tables = ["dim_customer", "dim_product", "dim_seller", "dim_geography", "fact_order", "fact_order_item", "fact_payment", "fact_review"];
        foreach (var table in tables)
        {
            await using var command = harness.Database.CreateCommand($"SELECT t::text FROM dw.{table} t");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                foreach (Match token in HexToken().Matches(reader.GetString(0)))
                {
                    Assert.False(raw.Contains(token.Value), $"raw customer id found in dw.{table}");
                }
            }
        }
    }

    [GeneratedRegex("[0-9a-f]{32}")]
    private static partial Regex HexToken();
}
