using Lakehouse.Core.Datasets.Olist;

namespace Lakehouse.Core.Datasets;

/// <summary>
/// The nine Olist e-commerce datasets, one unit each under <c>Datasets/Olist/</c>. Column order is the official header
/// order (including the source's spelling <c>product_name_lenght</c>); files are matched by name
/// (<c>olist_orders_dataset.csv</c>, optionally <c>.gz</c>) or named explicitly.
/// </summary>
/// <remarks>
/// <see cref="DatasetDefinition.LoadTier"/> orders loads inside one run: the translation, customers, sellers and
/// products (0), orders (1), then items, payments and reviews (2), which take the customer and purchase date from
/// their order, and geolocation (2): nothing waits for it (it completes the zip prefixes customers and sellers
/// inferred), and in the last tier its big file (a million points, prepared last as the largest of its tier) does not
/// hold back the orders the facts wait for. Any order is still correct (late-arriving members are inferred and
/// completed later); the tiers only avoid needless inferred rows and fix-up updates.
/// </remarks>
public static class OlistDatasets
{
    /// <summary>The units, in load-tier order (registered through <see cref="BuiltInDatasets"/>).</summary>
    public static IReadOnlyList<DatasetUnit> Units { get; } =
    [
        new CategoryTranslationDataset(), new CustomersDataset(), new SellersDataset(), new ProductsDataset(), new OrdersDataset(),
        new OrderItemsDataset(), new PaymentsDataset(), new ReviewsDataset(), new GeolocationDataset(),
    ];

    /// <summary>Customers.</summary>
    public static DatasetDefinition Customers => CustomersDataset.Schema;

    /// <summary>Sellers.</summary>
    public static DatasetDefinition Sellers => SellersDataset.Schema;

    /// <summary>Products.</summary>
    public static DatasetDefinition Products => ProductsDataset.Schema;

    /// <summary>Category translation.</summary>
    public static DatasetDefinition CategoryTranslation => CategoryTranslationDataset.Schema;

    /// <summary>Geolocation.</summary>
    public static DatasetDefinition Geolocation => GeolocationDataset.Schema;

    /// <summary>Orders.</summary>
    public static DatasetDefinition Orders => OrdersDataset.Schema;

    /// <summary>Order items.</summary>
    public static DatasetDefinition OrderItems => OrderItemsDataset.Schema;

    /// <summary>Payments.</summary>
    public static DatasetDefinition Payments => PaymentsDataset.Schema;

    /// <summary>Reviews.</summary>
    public static DatasetDefinition Reviews => ReviewsDataset.Schema;

    /// <summary>Every Olist dataset, in load-tier order.</summary>
    public static IReadOnlyList<DatasetDefinition> All { get; } = [.. Units.Select(u => u.Definition)];

    /// <summary>The Olist dataset with this name (<c>orders</c>), or null.</summary>
    public static DatasetDefinition? Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Recognises an Olist dataset from a file name or object key (<c>.../olist_orders_dataset.csv.gz</c>).</summary>
    public static DatasetDefinition? Recognize(string fileNameOrKey)
    {
        ArgumentNullException.ThrowIfNull(fileNameOrKey);
        return Units.FirstOrDefault(u => u.Recognition.Matches(fileNameOrKey))?.Definition;
    }
}
