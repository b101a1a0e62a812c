namespace Lakehouse.Core.Datasets;

/// <summary>
/// The nine Olist e-commerce datasets the pipeline loads. Column order is the official header order (including the
/// source's spelling <c>product_name_lenght</c>); files are matched by name (<c>olist_orders_dataset.csv</c>,
/// optionally <c>.gz</c>) or named explicitly. Definitions live in <c>OlistDatasets.Dimensions.cs</c> and
/// <c>OlistDatasets.Facts.cs</c>.
/// </summary>
/// <remarks>
/// <see cref="DatasetDefinition.LoadTier"/> orders loads inside one run: the translation, customers, sellers and
/// products (0), orders (1), then items, payments and reviews (2), which take the customer and purchase date from
/// their order, and geolocation (2): nothing waits for it (it completes the zip prefixes customers and sellers
/// inferred), and in the last tier its big file (a million points, prepared last as the largest of its tier) does not
/// hold back the orders the facts wait for. Any order is still correct (late-arriving members are inferred and
/// completed later); the tiers only avoid needless inferred rows and fix-up updates.
/// </remarks>
public static partial class OlistDatasets
{
    /// <summary>Every dataset, in load-tier order.</summary>
    public static IReadOnlyList<DatasetDefinition> All => Registry.All;

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

        return Registry.ByFileName.GetValueOrDefault(name);
    }

    /// <summary>
    /// Built on first use, after every part's static fields: the order of static initialisers across the files of
    /// a partial class is not defined.
    /// </summary>
    private static class Registry
    {
        public static readonly DatasetDefinition[] All =
            [CategoryTranslation, Customers, Sellers, Products, Orders, OrderItems, Payments, Reviews, Geolocation];

        public static readonly Dictionary<string, DatasetDefinition> ByFileName = new(StringComparer.OrdinalIgnoreCase)
        {
            ["olist_customers_dataset"] = Customers,
            ["olist_sellers_dataset"] = Sellers,
            ["olist_products_dataset"] = Products,
            ["olist_geolocation_dataset"] = Geolocation,
            ["product_category_name_translation"] = CategoryTranslation,
            ["olist_orders_dataset"] = Orders,
            ["olist_order_items_dataset"] = OrderItems,
            ["olist_order_payments_dataset"] = Payments,
            ["olist_order_reviews_dataset"] = Reviews,
        };
    }
}
