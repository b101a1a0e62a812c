using System.Globalization;

using Lakehouse.Core.Datasets;
using Lakehouse.Core.Transform;
using Lakehouse.Testing;

namespace Lakehouse.Core.Tests.Parquet;

/// <summary>DuckDB, the independent oracle, on silver files the real transform writes from the real Olist subset.</summary>
public sealed class SilverInteropTests(SilverFiles files) : IClassFixture<SilverFiles>
{
    [RequiresOlistDataFact]
    public async Task ParquetSchema_OrderItems_DeclaresSilverTypes()
    {
        var path = DuckDb.Literal(files.Parquet(OlistDatasets.OrderItems));

        var schema = await DuckDb.QueryAsync($"""
            SELECT name, type, converted_type, logical_type, precision, scale
            FROM parquet_schema({path}) WHERE name <> 'schema' ORDER BY name
            """);
        var described = await DuckDb.QueryAsync($"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet({path}))");

        var byName = Enumerable.Range(0, schema.Rows.Count).ToDictionary(r => schema.Value(r, "name")!);
        Assert.Equal("INT32", schema.Value(byName["order_item_id"], "type"));
        Assert.Equal(("INT64", "DECIMAL", "12", "2"), (schema.Value(byName["price"], "type"), schema.Value(byName["price"], "converted_type"), schema.Value(byName["price"], "precision"), schema.Value(byName["price"], "scale")));
        Assert.Equal("INT64", schema.Value(byName["shipping_limit_date"], "type"));
        Assert.Contains("isAdjustedToUTC=1", schema.Value(byName["shipping_limit_date"], "logical_type"), StringComparison.Ordinal);
        Assert.Contains("MICROS=MicroSeconds()", schema.Value(byName["shipping_limit_date"], "logical_type"), StringComparison.Ordinal);
        Assert.Equal(("BYTE_ARRAY", "UTF8"), (schema.Value(byName["order_id"], "type"), schema.Value(byName["order_id"], "converted_type")));
        Assert.Equal(
            [("order_id", "VARCHAR"), ("order_item_id", "INTEGER"), ("product_id", "VARCHAR"), ("seller_id", "VARCHAR"),
                ("shipping_limit_date", "TIMESTAMP WITH TIME ZONE"), ("price", "DECIMAL(12,2)"), ("freight_value", "DECIMAL(12,2)")],
            described.Rows.Select(r => (r[0], r[1])));
    }

    [RequiresOlistDataFact]
    public async Task ParquetMetadata_SilverFiles_SnappyDictionaryWhereValuesRepeat()
    {
        var sources = string.Join(", ", new[] { OlistDatasets.Customers, OlistDatasets.Orders, OlistDatasets.OrderItems, OlistDatasets.Geolocation }
            .Select(d => DuckDb.Literal(files.Parquet(d))));

        var result = await DuckDb.QueryAsync($"""
            SELECT path_in_schema, string_agg(DISTINCT compression, ',') AS codecs, string_agg(encodings, ',') AS encodings
            FROM parquet_metadata([{sources}]) GROUP BY path_in_schema
            """);

        var byName = Enumerable.Range(0, result.Rows.Count).ToDictionary(r => result.Value(r, "path_in_schema")!);
        Assert.All(result.Rows, r => Assert.Equal("SNAPPY", r[1]));
        string[] repeating = ["customer_state", "customer_city", "order_status", "product_id", "seller_id", "geolocation_zip_code_prefix", "geolocation_city", "geolocation_state"];
        Assert.All(repeating, c => Assert.Contains("DICTIONARY", result.Value(byName[c], "encodings"), StringComparison.Ordinal));
        Assert.DoesNotContain("DICTIONARY", result.Value(byName["customer_unique_id"], "encodings"), StringComparison.Ordinal);
    }

    [RequiresOlistDataFact]
    public async Task ParquetMetadata_EverySilverFile_CreatedByParquetNet()
    {
        var sources = string.Join(", ", files.All.Select(DuckDb.Literal));

        var result = await DuckDb.QueryAsync($"SELECT DISTINCT created_by FROM parquet_file_metadata([{sources}])");

        Assert.StartsWith("Parquet.Net version ", Assert.Single(result.Rows)[0], StringComparison.Ordinal);
    }

    [RequiresOlistDataFact]
    public async Task ParquetMetadata_SilverFiles_StatisticsMatchTheCsv()
    {
        var items = DuckDb.Literal(files.Parquet(OlistDatasets.OrderItems));
        var orders = DuckDb.Literal(files.Parquet(OlistDatasets.Orders));

        var stats = await DuckDb.QueryAsync($"""
            SELECT path_in_schema, min(stats_min_value) AS lo, max(stats_max_value) AS hi, sum(stats_null_count) AS nulls
            FROM parquet_metadata([{items}, {orders}])
            WHERE path_in_schema IN ('price', 'order_item_id', 'order_status', 'order_delivered_customer_date')
            GROUP BY path_in_schema ORDER BY path_in_schema
            """);
        var expected = await DuckDb.QueryAsync($"""
            SELECT (SELECT min(price::DECIMAL(12,2))::VARCHAR || '|' || max(price::DECIMAL(12,2))::VARCHAR || '|' || max(order_item_id::INTEGER)
                    FROM {Csv(OlistDatasets.OrderItems)}),
                   (SELECT min(order_status) || '|' || max(order_status) || '|' || count(*) FILTER (WHERE order_delivered_customer_date IS NULL)
                    FROM {Csv(OlistDatasets.Orders)})
            """);

        var price = expected.Rows[0][0]!.Split('|');
        var status = expected.Rows[0][1]!.Split('|');
        Assert.Equal(status[2], stats.Value(0, "nulls"));
        Assert.Equal(("1", price[2], "0"), (stats.Value(1, "lo"), stats.Value(1, "hi"), stats.Value(1, "nulls")));
        Assert.Equal((status[0], status[1], "0"), (stats.Value(2, "lo"), stats.Value(2, "hi"), stats.Value(2, "nulls")));
        Assert.Equal((price[0], price[1], "0"), (stats.Value(3, "lo"), stats.Value(3, "hi"), stats.Value(3, "nulls")));
    }

    [RequiresOlistDataFact]
    public async Task Aggregates_OrderItemsParquet_EqualAggregatesOverTheCsv()
    {
        var parquet = $"read_parquet({DuckDb.Literal(files.Parquet(OlistDatasets.OrderItems))})";
        const string Aggregates = "count(*), sum(price), sum(freight_value), count(DISTINCT order_id), count(DISTINCT seller_id)";

        var ours = await DuckDb.QueryAsync($"""
            SELECT {Aggregates}, epoch_us(min(shipping_limit_date)), epoch_us(max(shipping_limit_date)) FROM {parquet}
            """);
        var csv = await DuckDb.QueryAsync($"""
            SELECT {Aggregates}, strftime(min(shipping_limit_date), '%Y-%m-%d %H:%M:%S'), strftime(max(shipping_limit_date), '%Y-%m-%d %H:%M:%S')
            FROM (SELECT * REPLACE (price::DECIMAL(12,2) AS price, freight_value::DECIMAL(12,2) AS freight_value,
                                    shipping_limit_date::TIMESTAMP AS shipping_limit_date)
                  FROM {Csv(OlistDatasets.OrderItems)})
            """);

        Assert.Equal(0, files.Counts(OlistDatasets.OrderItems).RowsQuarantined);
        Assert.Equal(csv.Rows[0][..5], ours.Rows[0][..5]);
        Assert.Equal(SaoPauloToEpochMicros(csv.Rows[0][5]!), long.Parse(ours.Rows[0][5]!, CultureInfo.InvariantCulture));
        Assert.Equal(SaoPauloToEpochMicros(csv.Rows[0][6]!), long.Parse(ours.Rows[0][6]!, CultureInfo.InvariantCulture));
    }

    [RequiresOlistDataFact]
    public async Task TimestampFilter_OrdersSilver_CountsAsOverTheCsv()
    {
        var silver = await DuckDb.QueryAsync($"""
            SELECT count(*) FROM read_parquet({DuckDb.Literal(files.Parquet(OlistDatasets.Orders))})
            WHERE order_purchase_timestamp >= TIMESTAMPTZ '2018-01-01 02:00:00+00'
            """);
        var csv = await DuckDb.QueryAsync($"SELECT count(*) FROM {Csv(OlistDatasets.Orders)} WHERE order_purchase_timestamp >= '2018-01-01 00:00:00'");

        Assert.NotEqual("0", csv.Scalar);
        Assert.Equal(csv.Scalar, silver.Scalar);
    }

    [RequiresOlistDataFact]
    public async Task SumPrice_OrderItemsSilver_EqualsTheCsvsSum()
    {
        var silver = await DuckDb.QueryAsync($"SELECT sum(price) FROM read_parquet({DuckDb.Literal(files.Parquet(OlistDatasets.OrderItems))})");
        var csv = await DuckDb.QueryAsync($"SELECT sum(price::DECIMAL(12,2)) FROM {Csv(OlistDatasets.OrderItems)}");

        Assert.Equal("1093264.35", silver.Scalar);
        Assert.Equal(csv.Scalar, silver.Scalar);
    }

    private string Csv(DatasetDefinition dataset) =>
        $"read_csv({DuckDb.Literal(files.Csv(dataset))}, all_varchar = true, header = true)";

    /// <summary>The CSV holds America/Sao_Paulo wall-clock times; silver stores UTC.</summary>
    private static long SaoPauloToEpochMicros(string local)
    {
        var wallClock = DateTime.ParseExact(local, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var utc = TimeZoneInfo.ConvertTimeToUtc(wallClock, FieldParser.SourceTimeZone);
        return (utc - DateTime.UnixEpoch).Ticks / 10;
    }
}
