using System.Text.RegularExpressions;
using Lakehouse.Core.Datasets;

namespace Lakehouse.Core.Validation;

/// <summary>
/// Row expectation suites of the Olist datasets (dimension side here, fact side in <c>OlistRowSuites.Facts.cs</c>).
/// Errors quarantine the row; warnings are reported.
/// </summary>
public static partial class OlistRowSuites
{
    private static readonly Dictionary<string, RowValidator> Suites = new(StringComparer.Ordinal)
    {
        [OlistDatasets.Customers.Name] = Customers(),
        [OlistDatasets.Sellers.Name] = Sellers(),
        [OlistDatasets.Products.Name] = Products(),
        [OlistDatasets.CategoryTranslation.Name] = CategoryTranslation(),
        [OlistDatasets.Geolocation.Name] = Geolocation(),
        [OlistDatasets.Orders.Name] = Orders(),
        [OlistDatasets.OrderItems.Name] = OrderItems(),
        [OlistDatasets.Payments.Name] = Payments(),
        [OlistDatasets.Reviews.Name] = Reviews(),
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

    private static RowValidator Sellers()
    {
        var v = new RowValidator(OlistDatasets.Sellers);
        v.HexId("seller_id");
        v.Matches("seller_zip_code_prefix", ZipPrefix(), "a 5-digit zip code prefix");
        v.Matches("seller_state", State(), "a 2-letter state code");
        return v;
    }

    private static RowValidator Products()
    {
        var v = new RowValidator(OlistDatasets.Products);
        v.HexId("product_id");
        v.Matches("product_category_name", Category(), "a lowercase category name");
        v.Range("product_name_lenght", 1, 1000);
        v.Range("product_description_lenght", 1, 100_000);
        v.Range("product_photos_qty", 0, 100);
        v.Range("product_weight_g", 0, 1_000_000);
        foreach (var measure in new[] { "product_length_cm", "product_height_cm", "product_width_cm" })
        {
            v.Range(measure, 0, 10_000);
        }

        return v;
    }

    private static RowValidator CategoryTranslation()
    {
        var v = new RowValidator(OlistDatasets.CategoryTranslation);
        v.Matches("product_category_name", Category(), "a lowercase category name");
        v.Matches("product_category_name_english", Category(), "a lowercase category name");
        return v;
    }

    private static RowValidator Geolocation()
    {
        var v = new RowValidator(OlistDatasets.Geolocation);
        v.Matches("geolocation_zip_code_prefix", ZipPrefix(), "a 5-digit zip code prefix");
        v.Matches("geolocation_state", State(), "a 2-letter state code");
        v.Range("geolocation_lat", -90.0, 90.0);
        v.Range("geolocation_lng", -180.0, 180.0);
        // The source has a few points outside Brazil: reported, kept.
        v.Range("geolocation_lat", -34.0, 6.0, FluentValidation.Severity.Warning);
        v.Range("geolocation_lng", -74.0, -34.0, FluentValidation.Severity.Warning);
        return v;
    }

    [GeneratedRegex("^[0-9]{5}$", RegexOptions.CultureInvariant)]
    private static partial Regex ZipPrefix();

    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex State();

    [GeneratedRegex("^[a-z0-9_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Category();
}
