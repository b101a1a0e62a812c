using System.Globalization;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Storage;
using Lakehouse.Core.Warehouse;
using Lakehouse.Testing;

namespace Lakehouse.Functions.Tests;

/// <summary>
/// The warehouse keeps its references by construction (migration 0007 dropped the per-row foreign-key triggers):
/// <c>dw.dangling_keys</c> must be all zeros after a load and must notice a key that points nowhere; and the date keys
/// the loader computes (<see cref="DateKeys"/>) must equal the SQL reference <c>dw.date_key</c>.
/// </summary>
public class WarehouseIntegrityTests
{
    [Fact]
    public async Task DanglingKeys_AfterLoad_AllZeroAndAHandMadeBadKeyIsReported()
    {
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "dangling");
        using var folder = new TempDirectory();
        PipelineHarness.AssertAllLoaded(await harness.IngestAsync(await harness.UploadAsync([.. OlistSampleGenerator.Write(folder.Path, 120)])));

        var checkedKeys = await harness.ScalarAsync<long>("SELECT count(*) FROM dw.dangling_keys");
        var dangling = await harness.ScalarAsync<long>("SELECT coalesce(sum(dangling_rows), 0) FROM dw.dangling_keys");
        await harness.ScalarAsync<int>("UPDATE dw.fact_order_item SET product_key = 987654321 WHERE (order_id, order_item_id) IN (SELECT order_id, order_item_id FROM dw.fact_order_item LIMIT 1) RETURNING 1");
        var reported = await harness.ScalarAsync<long>("SELECT dangling_rows FROM dw.dangling_keys WHERE fact_table = 'fact_order_item' AND key_column = 'product_key'");
        var total = await harness.ScalarAsync<long>("SELECT sum(dangling_rows) FROM dw.dangling_keys");

        Assert.Equal(13, checkedKeys);
        Assert.Equal(0, dangling);
        Assert.Equal(1, reported);
        Assert.Equal(1, total);
    }

    /// <summary>
    /// The first load into an empty table builds its indexes after the merge (<c>WarehouseLoader</c>, run K in
    /// docs/benchmarks.md), inserting its rows with the INSERT … SELECT of its merge's WHEN NOT MATCHED clause
    /// (<see cref="DatasetMerge.StatementsIntoEmptyTarget"/>): afterwards every index and key constraint of dw is there again,
    /// as the migrations made it, the keys still refuse duplicates, and a second ingest of the same files — merged, the
    /// tables no longer empty — changes no row: the first load wrote what the merge writes.
    /// </summary>
    [Fact]
    public async Task Indexes_AfterFirstLoadsIntoEmptyTables_AsTheMigrationsMadeThemAndEnforced()
    {
        const string indexes = """
            SELECT string_agg(pg_get_indexdef(x.indexrelid) || coalesce(' ' || c.conname || ':' || c.contype::text, ''), E'\n' ORDER BY t.relname, i.relname)
            FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            LEFT JOIN pg_constraint c ON c.conindid = x.indexrelid AND c.conrelid = x.indrelid
            WHERE n.nspname = 'dw'
            """;
        await using var fresh = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "indexes_fresh");
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "indexes_loaded");
        using var folder = new TempDirectory();
        var files = OlistSampleGenerator.Write(folder.Path, 120).ToArray();
        var refs = await harness.UploadAsync(files);
        PipelineHarness.AssertAllLoaded(await harness.IngestAsync(refs));
        var afterFirst = await harness.ScalarAsync<string>(indexes);
        var items = await harness.ScalarAsync<long>("SELECT count(*) FROM dw.fact_order_item");
        const string facts = """
            SELECT (SELECT md5(string_agg(f::text, E'\n' ORDER BY f::text)) FROM dw.fact_order f)
                || (SELECT md5(string_agg(f::text, E'\n' ORDER BY f::text)) FROM dw.fact_order_item f)
            """;
        var factsAfterFirst = await harness.ScalarAsync<string>(facts);
        PipelineHarness.AssertAllLoaded(await harness.IngestAsync(refs, force: true));

        Assert.Contains("fact_order_pkey:p", afterFirst, StringComparison.Ordinal);
        Assert.Equal(await fresh.ScalarAsync<string>(indexes), afterFirst);
        Assert.Equal(afterFirst, await harness.ScalarAsync<string>(indexes));
        Assert.True(items > 0);
        Assert.Equal(items, await harness.ScalarAsync<long>("SELECT count(*) FROM dw.fact_order_item"));
        Assert.Equal(factsAfterFirst, await harness.ScalarAsync<string>(facts)); // loaded_at included: the merge updated no row
        var duplicate = await Assert.ThrowsAsync<Npgsql.PostgresException>(() =>
            harness.ScalarAsync<int>("INSERT INTO dw.fact_order_item SELECT * FROM dw.fact_order_item LIMIT 1 RETURNING 1"));
        Assert.Equal("23505", duplicate.SqlState);
        // dim_customer held only its unknown member at its first load: its keys were deferred too, and hold.
        var customer = await Assert.ThrowsAsync<Npgsql.PostgresException>(() =>
            harness.ScalarAsync<int>("INSERT INTO dw.dim_customer (customer_id) SELECT customer_id FROM dw.dim_customer WHERE customer_key > 0 LIMIT 1 RETURNING 1"));
        Assert.Equal(("23505", "dim_customer_customer_id_key"), (customer.SqlState, customer.ConstraintName));
    }

    [Fact]
    public async Task DateKeys_OfInstantsAroundBrazilianDstAndCalendarEdges_EqualSqlDateKey()
    {
        await using var harness = await PipelineHarness.CreateAsync(LakeProvider.FileSystem, "date_keys");
        // Around midnight in São Paulo (UTC-2 in DST summers until 2019, UTC-3 otherwise), DST starts and ends, and the
        // first and last days of the generated calendar (2010-01-01 .. 2035-12-31).
        string[] instants =
        [
            "2017-01-15T01:59:59Z", "2017-01-15T02:00:00Z", "2017-06-15T02:59:59Z", "2017-06-15T03:00:00Z",
            "2017-10-15T02:59:59Z", "2017-10-15T03:00:00Z", "2018-02-18T01:59:59Z", "2018-02-18T02:00:00Z",
            "2019-11-03T02:59:59Z", "2019-11-03T03:00:00Z", "2010-01-01T02:59:59Z", "2010-01-01T03:00:00Z",
            "2035-12-31T23:59:59Z", "2036-01-01T02:59:59Z", "2036-01-01T03:00:00Z", "2009-06-01T12:00:00Z",
        ];
        foreach (var text in instants)
        {
            var utc = DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
            var sql = await harness.ScalarAsync<int>($"SELECT dw.date_key(timestamptz '{text}')");
            Assert.True(sql == DateKeys.Of(utc), $"{text}: dw.date_key {sql}, DateKeys.Of {DateKeys.Of(utc)}");
        }

        Assert.Equal(DateKeys.Unknown, DateKeys.Of(null));
        Assert.Equal(DateKeys.Unknown, await harness.ScalarAsync<int>("SELECT dw.date_key(NULL)"));
    }
}
