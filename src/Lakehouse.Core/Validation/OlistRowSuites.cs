using System.Text.RegularExpressions;
using Lakehouse.Core.Datasets;

namespace Lakehouse.Core.Validation;

/// <summary>Row expectation suites of the Olist datasets.</summary>
public static partial class OlistRowSuites
{
    private static readonly Dictionary<string, RowValidator> Suites = new(StringComparer.Ordinal)
    {
        [OlistDatasets.Customers.Name] = Customers(),
        [OlistDatasets.Orders.Name] = Orders(),
        [OlistDatasets.OrderItems.Name] = OrderItems(),
    };

    /// <summary>The suite of a dataset (an empty suite when none is declared).</summary>
    public static RowValidator For(DatasetDefinition dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Suites.GetValueOrDefault(dataset.Name) ?? new RowValidator(dataset);
    }

    private static RowValidator Customers()
    {
        var v = new RowValidator(OlistDatasets.Customers);
        v.HexId("customer_id");
        v.HexId("customer_unique_id");
        v.Matches("customer_zip_code_prefix", ZipPrefix(), "a 5-digit zip code prefix");
        v.Matches("customer_state", State(), "a 2-letter state code");
        return v;
    }

    private static RowValidator Orders()
    {
        var v = new RowValidator(OlistDatasets.Orders);
        v.HexId("order_id");
        v.HexId("customer_id");
        v.InSet("order_status", "created", "approved", "invoiced", "processing", "shipped", "delivered", "canceled", "unavailable");
        v.NotBefore("order_approved_at", "order_purchase_timestamp");
        v.NotBefore("order_delivered_customer_date", "order_purchase_timestamp");
        return v;
    }

    private static RowValidator OrderItems()
    {
        var v = new RowValidator(OlistDatasets.OrderItems);
        v.HexId("order_id");
        v.HexId("product_id");
        v.HexId("seller_id");
        v.Range("order_item_id", 1, 1000);
        v.Range("price", 0m, 1_000_000m);
        v.Range("freight_value", 0m, 100_000m);
        return v;
    }

    [GeneratedRegex("^[0-9]{5}$", RegexOptions.CultureInvariant)]
    private static partial Regex ZipPrefix();

    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex State();
}
