using System.Globalization;
using Lakehouse.Testing;

namespace Lakehouse.Functions.Tests;

/// <summary>
/// DuckDB over the raw Olist CSVs as the independent oracle of the warehouse: every fact and dimension count and
/// sum, the accumulating snapshot's totals, the geography aggregation and referential integrity.
/// </summary>
public sealed class OlistOracle(PipelineHarness harness, Func<string, string?> file)
{
    private string Csv(string name, string options = "") =>
        $"read_csv({DuckDb.Literal(file(name)!)}{options})";

    public async Task AssertWarehouseMatchesAsync()
    {
        await AssertFactsAsync();
        await AssertDimensionsAsync();
        await AssertGeographyAsync();
        await AssertIntegrityAsync();
    }

    private async Task AssertFactsAsync()
    {
        var items = Csv("olist_order_items_dataset");
        var payments = Csv("olist_order_payments_dataset");
        await SameAsync($"SELECT count(*), sum(CAST(price AS DECIMAL(18,2))), sum(CAST(freight_value AS DECIMAL(18,2))) FROM {items}",
            "SELECT count(*), sum(price), sum(freight_value) FROM dw.fact_order_item");
        await SameAsync($"SELECT count(*), sum(CAST(payment_value AS DECIMAL(18,2))), sum(payment_installments) FROM {payments}",
            "SELECT count(*), sum(payment_value), sum(installments) FROM dw.fact_payment");
        await SameAsync($"SELECT count(*), sum(review_score), count(review_comment_message) FROM {Csv("olist_order_reviews_dataset")}",
            "SELECT count(*), sum(review_score), count(comment_message) FROM dw.fact_review");
        await SameAsync(
            $"SELECT count(*), (SELECT count(*) FROM {items}), (SELECT sum(CAST(price AS DECIMAL(18,2))) FROM {items}), " +
            $"(SELECT sum(CAST(payment_value AS DECIMAL(18,2))) FROM {payments}), " +
            $"count(*) FILTER (WHERE order_id NOT IN (SELECT order_id FROM {items})) FROM {Csv("olist_orders_dataset")}",
            "SELECT count(*), sum(item_count), sum(items_price_total), sum(payment_value_total), count(*) FILTER (WHERE item_count = 0) FROM dw.fact_order");
        await SameAsync(
            $"SELECT count(DISTINCT payment_type) FROM {payments}",
            "SELECT count(DISTINCT payment_type_key) FROM dw.fact_payment");
    }

    private async Task AssertDimensionsAsync()
    {
        var products = Csv("olist_products_dataset");
        var translation = Csv("product_category_name_translation");
        await SameAsync($"SELECT count(DISTINCT customer_id), count(DISTINCT customer_unique_id) FROM {Csv("olist_customers_dataset")}",
            "SELECT count(*), count(DISTINCT customer_unique_id) FROM dw.dim_customer WHERE customer_key <> -1 AND NOT is_inferred");
        await SameAsync($"SELECT count(*) FROM {Csv("olist_sellers_dataset")}",
            "SELECT count(*) FROM dw.dim_seller WHERE seller_key <> -1 AND NOT is_inferred");
        await SameAsync(
            $"SELECT count(*), count(product_category_name), count(t.product_category_name_english), sum(product_weight_g) " +
            $"FROM {products} p LEFT JOIN {translation} t USING (product_category_name)",
            "SELECT count(*), count(category_name), count(category_name_english), sum(weight_g) FROM dw.dim_product WHERE product_key <> -1 AND NOT is_inferred");
        // The translation lacks two categories: their products keep a null English name (13 products in the data).
        await SameAsync(
            $"SELECT count(*) FROM {products} WHERE product_category_name IS NOT NULL AND product_category_name NOT IN (SELECT product_category_name FROM {translation})",
            "SELECT count(*) FROM dw.dim_product WHERE category_name IS NOT NULL AND category_name_english IS NULL");
    }

    private async Task AssertGeographyAsync()
    {
        var geo = Csv("olist_geolocation_dataset", ", types = {'geolocation_zip_code_prefix': 'VARCHAR'}");
        var expected = await DuckDb.QueryAsync(
            $"WITH g AS (SELECT * FROM {geo}), " +
            "c AS (SELECT geolocation_zip_code_prefix z, geolocation_city v, row_number() OVER (PARTITION BY geolocation_zip_code_prefix ORDER BY count(*) DESC, geolocation_city) rn FROM g GROUP BY 1, 2), " +
            "s AS (SELECT geolocation_zip_code_prefix z, geolocation_state v, row_number() OVER (PARTITION BY geolocation_zip_code_prefix ORDER BY count(*) DESC, geolocation_state) rn FROM g GROUP BY 1, 2) " +
            "SELECT geolocation_zip_code_prefix, avg(geolocation_lat), avg(geolocation_lng), count(*), any_value(c.v), any_value(s.v) FROM g " +
            "JOIN c ON c.z = geolocation_zip_code_prefix AND c.rn = 1 JOIN s ON s.z = geolocation_zip_code_prefix AND s.rn = 1 GROUP BY 1 ORDER BY 1");
        var actual = await RowsAsync("SELECT zip_code_prefix, latitude, longitude, point_count, city, state FROM dw.dim_geography WHERE NOT is_inferred AND geography_key <> -1 ORDER BY 1");
        Assert.Equal(expected.Rows.Count, actual.Count);
        for (var i = 0; i < actual.Count; i++)
        {
            var (e, a) = (expected.Rows[i], actual[i]);
            Assert.Equal(e[0], a[0]);
            Assert.InRange(Math.Abs(Num(e[1]) - Num(a[1])), 0, 1e-5);
            Assert.InRange(Math.Abs(Num(e[2]) - Num(a[2])), 0, 1e-5);
            Assert.Equal(e[3..], a[3..]);
        }

        // Inferred geography: the zip prefixes of customers and sellers (padded to 5) without any geolocation point.
        await SameAsync(
            $"SELECT count(*) FROM (SELECT customer_zip_code_prefix z FROM {Csv("olist_customers_dataset", ", all_varchar = true")} " +
            $"UNION SELECT lpad(seller_zip_code_prefix, 5, '0') FROM {Csv("olist_sellers_dataset", ", all_varchar = true")}) " +
            $"WHERE z NOT IN (SELECT geolocation_zip_code_prefix FROM {geo})",
            "SELECT count(*) FROM dw.dim_geography WHERE is_inferred");
    }

    private async Task AssertIntegrityAsync()
    {
        // Only the milestones the data really lacks use the unknown date; every other key points at a real member.
        string[] none =
        [
            "SELECT count(*) FROM dw.fact_order_item WHERE customer_key = -1 OR product_key = -1 OR seller_key = -1 OR purchase_date_key = -1",
            "SELECT count(*) FROM dw.fact_payment WHERE customer_key = -1 OR payment_type_key = -1 OR purchase_date_key = -1",
            "SELECT count(*) FROM dw.fact_review WHERE customer_key = -1 OR creation_date_key = -1 OR answer_date_key = -1",
            "SELECT count(*) FROM dw.fact_order WHERE customer_key = -1 OR purchase_date_key = -1 OR (approved_at IS NULL) <> (approved_date_key = -1)",
            "SELECT count(*) FROM dw.dim_customer WHERE customer_key <> -1 AND (is_inferred OR geography_key = -1)",
            "SELECT count(*) FROM dw.dim_seller WHERE seller_key <> -1 AND (is_inferred OR geography_key = -1)",
            "SELECT count(*) FROM dw.dim_product WHERE product_key <> -1 AND is_inferred",
            "SELECT count(*) FROM (SELECT order_id FROM dw.fact_order_item UNION SELECT order_id FROM dw.fact_payment UNION SELECT order_id FROM dw.fact_review) x WHERE order_id NOT IN (SELECT order_id FROM dw.fact_order)",
            // Dimension keys are kept by construction, not foreign keys (migration 0007): the set-based check agrees.
            "SELECT coalesce(sum(dangling_rows), 0) FROM dw.dangling_keys",
            // Date keys are guarded by CHECK constraints, not foreign keys (migration 0006): prove none dangles.
            "SELECT count(*) FROM (SELECT unnest(ARRAY[purchase_date_key, approved_date_key, delivered_carrier_date_key, delivered_customer_date_key, estimated_delivery_date_key]) AS k FROM dw.fact_order"
                + " UNION ALL SELECT unnest(ARRAY[purchase_date_key, shipping_limit_date_key]) FROM dw.fact_order_item"
                + " UNION ALL SELECT purchase_date_key FROM dw.fact_payment"
                + " UNION ALL SELECT unnest(ARRAY[creation_date_key, answer_date_key]) FROM dw.fact_review) d"
                + " WHERE NOT EXISTS (SELECT 1 FROM dw.dim_date WHERE date_key = d.k)",
        ];
        foreach (var sql in none)
        {
            Assert.True(await harness.ScalarAsync<long>(sql) == 0, sql);
        }
    }

    private async Task SameAsync(string duckSql, string pgSql)
    {
        var expected = (await DuckDb.QueryAsync(duckSql)).Rows.Single().Select(Normalize).ToArray();
        var actual = (await RowsAsync(pgSql)).Single().Select(Normalize).ToArray();
        Assert.True(expected.SequenceEqual(actual), $"{pgSql}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]");
    }

    private async Task<List<string?[]>> RowsAsync(string sql)
    {
        await using var command = harness.Database.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string?[]>();
        while (await reader.ReadAsync())
        {
            var row = new string?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
            }

            rows.Add(row);
        }

        return rows;
    }

    private static string? Normalize(string? value) =>
        value is not null && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d.ToString("0.##########", CultureInfo.InvariantCulture)
            : value;

    private static double Num(string? value) => double.Parse(value!, CultureInfo.InvariantCulture);
}
