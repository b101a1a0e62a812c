using System.Text.RegularExpressions;
using Lakehouse.Core.Storage;
using Lakehouse.Testing;

namespace Lakehouse.Functions.Tests;

/// <summary>
/// The real Olist subset (../shared/data/olist, when present) through the pipeline, checked against DuckDB reading
/// the same CSVs: exact row counts and sums, and no raw customer id anywhere in silver or in the warehouse.
/// </summary>
public partial class OlistSubsetPipelineTests
{
    [RequiresOlistDataFact]
    public Task Ingest_RealSubsetOnS3_MatchesDuckDbAndLeaksNoCustomerId() => RunAsync(LakeProvider.S3);

    [RequiresOlistDataFact]
    public Task Ingest_RealSubsetOnFileSystem_MatchesDuckDbAndLeaksNoCustomerId() => RunAsync(LakeProvider.FileSystem);

    private static async Task RunAsync(LakeProvider provider)
    {
        string[] names = ["olist_order_items_dataset", "olist_orders_dataset", "olist_customers_dataset"];
        var files = names.Select(n => RepoPaths.OlistFile(n)!).ToArray();
        await using var harness = await PipelineHarness.CreateAsync(provider, "olist_" + provider.ToString().ToLowerInvariant());
        var objects = await harness.UploadAsync(files);

        var first = await harness.IngestAsync(objects);
        var fingerprint = await harness.WarehouseFingerprintAsync();
        var second = await harness.IngestAsync(objects);

        PipelineHarness.AssertAllLoaded(first);
        Assert.All(first.Objects, o => Assert.Equal(0, o.RowsQuarantined));
        var expected = await DuckDbCli.QueryAsync($"SELECT count(*), sum(CAST(price AS DECIMAL(18,2))), sum(CAST(freight_value AS DECIMAL(18,2))) FROM read_csv({DuckDbCli.Literal(files[0])})");
        Assert.Equal(long.Parse(expected.Rows[0][0]!, System.Globalization.CultureInfo.InvariantCulture), await harness.ScalarAsync<long>("SELECT count(*) FROM dw.fact_order_item"));
        Assert.Equal(decimal.Parse(expected.Rows[0][1]!, System.Globalization.CultureInfo.InvariantCulture), await harness.ScalarAsync<decimal>("SELECT sum(price) FROM dw.fact_order_item"));
        Assert.Equal(decimal.Parse(expected.Rows[0][2]!, System.Globalization.CultureInfo.InvariantCulture), await harness.ScalarAsync<decimal>("SELECT sum(freight_value) FROM dw.fact_order_item"));
        Assert.Equal(0, await harness.ScalarAsync<int>("SELECT count(*) FROM dw.fact_order_item WHERE customer_key = -1 OR purchase_date_key = -1"));
        Assert.All(second.Objects, o => Assert.Equal("skipped", o.Status));
        Assert.Equal(fingerprint, await harness.WarehouseFingerprintAsync());

        var raw = await RawCustomerIdsAsync(files[2]);
        Assert.True(raw.Count > 8135, "the oracle read the raw customer ids");
        await AssertNoRawIdsInSilverAsync(harness, raw);
        await AssertNoRawIdsInWarehouseAsync(harness, raw);
    }

    private static async Task<HashSet<string>> RawCustomerIdsAsync(string customers)
    {
        var result = await DuckDbCli.QueryAsync($"SELECT customer_id AS id FROM read_csv({DuckDbCli.Literal(customers)}, all_varchar = true) UNION ALL SELECT customer_unique_id FROM read_csv({DuckDbCli.Literal(customers)}, all_varchar = true)");
        return [.. result.Rows.Select(r => r[0]!)];
    }

    private static async Task AssertNoRawIdsInSilverAsync(PipelineHarness harness, HashSet<string> raw)
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
            var rows = await DuckDbCli.QueryAsync($"SELECT * FROM read_parquet({DuckDbCli.Literal(local)})");
            Assert.DoesNotContain(rows.Rows.SelectMany(r => r), v => v is not null && raw.Contains(v));
            checkedFiles++;
        }

        Assert.Equal(3, checkedFiles);
    }

    private static async Task AssertNoRawIdsInWarehouseAsync(PipelineHarness harness, HashSet<string> raw)
    {
        string[] tables = ["dim_customer", "dim_product", "dim_seller", "fact_order", "fact_order_item"];
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
