namespace Lakehouse.Core.Datasets;

/// <summary>
/// The Olist e-commerce datasets the pipeline loads. Column order is the official header order; the files are
/// matched by name (<c>olist_orders_dataset.csv</c>, optionally <c>.gz</c>).
/// </summary>
/// <remarks>
/// <see cref="DatasetDefinition.LoadTier"/> orders loads inside one run: dimensions first, then the facts that
/// look them up. Any order is still correct (late-arriving members are inferred and completed later); the tiers only
/// avoid needless inferred rows.
/// </remarks>
public static class OlistDatasets
{
    /// <summary>Customers: one row per customer id of an order. Both ids are personal data.</summary>
    public static readonly DatasetDefinition Customers = new(
        "customers",
        "olist.customers/v1",
        [
            new("customer_id", ColumnKind.String, Mask: MaskAction.Pseudonymize, PseudonymDomain: "customer_id"),
            new("customer_unique_id", ColumnKind.String, Mask: MaskAction.Pseudonymize, PseudonymDomain: "customer_unique_id"),
            new("customer_zip_code_prefix", ColumnKind.String),
            new("customer_city", ColumnKind.String),
            new("customer_state", ColumnKind.String),
        ],
        ["customer_id"],
        LoadTier: 0);

    /// <summary>Orders with their status timeline (local time, America/Sao_Paulo).</summary>
    public static readonly DatasetDefinition Orders = new(
        "orders",
        "olist.orders/v1",
        [
            new("order_id", ColumnKind.String),
            new("customer_id", ColumnKind.String, Mask: MaskAction.Pseudonymize, PseudonymDomain: "customer_id"),
            new("order_status", ColumnKind.String),
            new("order_purchase_timestamp", ColumnKind.Timestamp),
            new("order_approved_at", ColumnKind.Timestamp, Required: false),
            new("order_delivered_carrier_date", ColumnKind.Timestamp, Required: false),
            new("order_delivered_customer_date", ColumnKind.Timestamp, Required: false),
            new("order_estimated_delivery_date", ColumnKind.Timestamp),
        ],
        ["order_id"],
        LoadTier: 1);

    /// <summary>Order items: one row per item of an order, with price and freight.</summary>
    public static readonly DatasetDefinition OrderItems = new(
        "order_items",
        "olist.order_items/v1",
        [
            new("order_id", ColumnKind.String),
            new("order_item_id", ColumnKind.Int32),
            new("product_id", ColumnKind.String),
            new("seller_id", ColumnKind.String),
            new("shipping_limit_date", ColumnKind.Timestamp),
            new("price", ColumnKind.Decimal),
            new("freight_value", ColumnKind.Decimal),
        ],
        ["order_id", "order_item_id"],
        LoadTier: 2);

    /// <summary>Every dataset, by name.</summary>
    public static IReadOnlyList<DatasetDefinition> All { get; } = [Customers, Orders, OrderItems];

    private static readonly Dictionary<string, DatasetDefinition> ByFileName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["olist_customers_dataset"] = Customers,
        ["olist_orders_dataset"] = Orders,
        ["olist_order_items_dataset"] = OrderItems,
    };

    /// <summary>The dataset with this name (<c>orders</c>), or null.</summary>
    public static DatasetDefinition? Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Recognises a dataset from a file name or object key (<c>.../olist_orders_dataset.csv.gz</c>).</summary>
    public static DatasetDefinition? Recognize(string fileNameOrKey)
    {
        ArgumentNullException.ThrowIfNull(fileNameOrKey);
        var name = fileNameOrKey[(fileNameOrKey.LastIndexOf('/') + 1)..];
        foreach (var suffix in new[] { ".gz", ".csv" })
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^suffix.Length];
            }
        }

        return ByFileName.GetValueOrDefault(name);
    }
}
