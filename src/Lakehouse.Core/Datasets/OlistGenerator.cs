using System.Globalization;
using System.Text;

namespace Lakehouse.Core.Datasets;

/// <summary>
/// Deterministic Olist-shaped generator of all nine files (<c>lakehouse sample olist --scale S</c>): real headers and
/// formats, and the real data's quirks on purpose — seller zip prefixes without their leading zero, a quoted and
/// misspelled products header, a BOM on the translation file, categories missing from the translation, orders without
/// items, reviews covering two orders, review messages with CR LF inside quotes, <c>not_defined</c> payments of 0,
/// geolocation with several points per prefix and exact duplicate rows. Some review texts carry planted personal data
/// (valid CPF and CNPJ, e-mail, phone, CEP), returned in <see cref="OlistGeneratorResult.Planted"/> for leak tests.
/// At scale 1.0 the cardinalities are the real dataset's (99,441 orders, ≈1.56 M rows in all). Streams to disk.
/// </summary>
public static partial class OlistGenerator
{
    /// <summary>Writes the nine files into <paramref name="directory"/>.</summary>
    public static OlistGeneratorResult Write(string directory, double scale, int seed = 7)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);
        Directory.CreateDirectory(directory);
        var g = new State(new Random(seed), scale);
        var paths = new List<string>
        {
            WriteFile(directory, "product_category_name_translation", "product_category_name,product_category_name_english", g.Translation, bom: true),
            WriteFile(directory, "olist_geolocation_dataset", "geolocation_zip_code_prefix,geolocation_lat,geolocation_lng,geolocation_city,geolocation_state", g.Geolocation),
            WriteFile(directory, "olist_sellers_dataset", "seller_id,seller_zip_code_prefix,seller_city,seller_state", g.Sellers),
            WriteFile(directory, "olist_products_dataset", "\"product_id\",\"product_category_name\",\"product_name_lenght\",\"product_description_lenght\",\"product_photos_qty\",\"product_weight_g\",\"product_length_cm\",\"product_height_cm\",\"product_width_cm\"", g.Products),
        };
        g.PlanOrders();
        paths.Add(WriteFile(directory, "olist_customers_dataset", "customer_id,customer_unique_id,customer_zip_code_prefix,customer_city,customer_state", g.Customers));
        paths.Add(WriteFile(directory, "olist_orders_dataset", "order_id,customer_id,order_status,order_purchase_timestamp,order_approved_at,order_delivered_carrier_date,order_delivered_customer_date,order_estimated_delivery_date", g.Orders));
        paths.Add(WriteFile(directory, "olist_order_items_dataset", "order_id,order_item_id,product_id,seller_id,shipping_limit_date,price,freight_value", g.Items));
        paths.Add(WriteFile(directory, "olist_order_payments_dataset", "order_id,payment_sequential,payment_type,payment_installments,payment_value", g.Payments));
        paths.Add(WriteFile(directory, "olist_order_reviews_dataset", "review_id,order_id,review_score,review_comment_title,review_comment_message,review_creation_date,review_answer_timestamp", g.Reviews));
        return new OlistGeneratorResult(paths, [.. g.Planted]);
    }

    private static string WriteFile(string directory, string name, string header, Action<CsvOut> rows, bool bom = false)
    {
        var path = Path.Combine(directory, name + ".csv");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(bom), 1 << 16))
        {
            writer.NewLine = "\n";
            writer.WriteLine(header);
            rows(new CsvOut(writer));
        }

        return path;
    }

    /// <summary>Writes RFC 4180 rows, quoting only fields that need it.</summary>
    private sealed class CsvOut(StreamWriter writer)
    {
        public void Row(params object?[] fields)
        {
            for (var i = 0; i < fields.Length; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }

                var text = fields[i] switch
                {
                    null => "",
                    DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    var o => o.ToString() ?? "",
                };
                writer.Write(text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text);
            }

            writer.Write('\n');
        }
    }
}
