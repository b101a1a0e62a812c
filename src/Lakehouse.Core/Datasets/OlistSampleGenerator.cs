using System.Globalization;
using System.Text;

namespace Lakehouse.Core.Datasets;

/// <summary>
/// Deterministic Olist-shaped sample (customers, orders, order items) with the real headers and formats: 32-hex ids,
/// <c>yyyy-MM-dd HH:mm:ss</c> local timestamps, plain decimals, orders without items, several items per order.
/// Same seed and size, same bytes. Used by <c>lakehouse demo</c> and tests; the full nine-file generator with planted
/// personal data belongs to the complete-model work.
/// </summary>
public static class OlistSampleGenerator
{
    private static readonly string[] Statuses = ["delivered", "delivered", "delivered", "delivered", "shipped", "canceled", "invoiced", "processing"];
    private static readonly (string City, string State, string Zip)[] Places =
        [("sao paulo", "SP", "01310"), ("rio de janeiro", "RJ", "20040"), ("belo horizonte", "MG", "30130"), ("curitiba", "PR", "80010"), ("porto alegre", "RS", "90010"), ("salvador", "BA", "40020"), ("recife", "PE", "50030"), ("campinas", "SP", "13010")];

    /// <summary>Writes the three files into <paramref name="directory"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Write(string directory, int orders, int seed = 42)
    {
        Directory.CreateDirectory(directory);
        var random = new Random(seed);
        var customers = new StringBuilder("customer_id,customer_unique_id,customer_zip_code_prefix,customer_city,customer_state\n");
        var orderRows = new StringBuilder("order_id,customer_id,order_status,order_purchase_timestamp,order_approved_at,order_delivered_carrier_date,order_delivered_customer_date,order_estimated_delivery_date\n");
        var items = new StringBuilder("order_id,order_item_id,product_id,seller_id,shipping_limit_date,price,freight_value\n");
        var products = Enumerable.Range(0, Math.Max(10, orders / 3)).Select(_ => Id(random)).ToArray();
        var sellers = Enumerable.Range(0, Math.Max(5, orders / 20)).Select(_ => Id(random)).ToArray();
        var start = new DateTime(2017, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        for (var i = 0; i < orders; i++)
        {
            var (orderId, customerId, uniqueId) = (Id(random), Id(random), Id(random));
            var place = Places[random.Next(Places.Length)];
            customers.Append(CultureInfo.InvariantCulture, $"{customerId},{uniqueId},{place.Zip},{place.City},{place.State}\n");
            var status = Statuses[random.Next(Statuses.Length)];
            var purchase = start.AddMinutes(random.Next(0, 600 * 24 * 60));
            var approved = purchase.AddMinutes(random.Next(10, 2000));
            var carrier = status is "delivered" or "shipped" ? approved.AddHours(random.Next(12, 120)) : (DateTime?)null;
            var delivered = status == "delivered" ? carrier!.Value.AddHours(random.Next(24, 400)) : (DateTime?)null;
            var estimated = purchase.Date.AddDays(random.Next(10, 40));
            orderRows.Append(CultureInfo.InvariantCulture, $"{orderId},{customerId},{status},{Ts(purchase)},{Ts(approved)},{Ts(carrier)},{Ts(delivered)},{Ts(estimated)}\n");
            var itemCount = status == "canceled" && random.Next(2) == 0 ? 0 : 1 + (random.Next(10) == 0 ? random.Next(1, 4) : 0);
            for (var n = 1; n <= itemCount; n++)
            {
                var price = Math.Round((decimal)(random.NextDouble() * 400 + 5), 2);
                var freight = Math.Round((decimal)(random.NextDouble() * 40 + 3), 2);
                items.Append(CultureInfo.InvariantCulture,
                    $"{orderId},{n},{products[random.Next(products.Length)]},{sellers[random.Next(sellers.Length)]},{Ts(approved.AddDays(6))},{price},{freight}\n");
            }
        }

        string[] paths =
        [
            Path.Combine(directory, "olist_customers_dataset.csv"),
            Path.Combine(directory, "olist_orders_dataset.csv"),
            Path.Combine(directory, "olist_order_items_dataset.csv"),
        ];
        File.WriteAllText(paths[0], customers.ToString());
        File.WriteAllText(paths[1], orderRows.ToString());
        File.WriteAllText(paths[2], items.ToString());
        return paths;
    }

    private static string Id(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    private static string Ts(DateTime? value) => value?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "";
}
