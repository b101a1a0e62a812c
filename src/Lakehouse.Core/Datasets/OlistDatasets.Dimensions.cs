namespace Lakehouse.Core.Datasets;

/// <content>The dimension-side datasets: customers, sellers, products, category translation, geolocation.</content>
public static partial class OlistDatasets
{
    /// <summary>Customers: one row per customer id of an order. Both ids are personal data.</summary>
    public static readonly DatasetDefinition Customers = new(
        "customers",
        "olist.customers/v1",
        [
            new("customer_id", ColumnKind.String),
            new("customer_unique_id", ColumnKind.String),
            ZipPrefix("customer_zip_code_prefix"),
            new("customer_city", ColumnKind.String) { Repeats = true },
            new("customer_state", ColumnKind.String) { Repeats = true },
        ],
        ["customer_id"],
        LoadTier: 0);

    /// <summary>Sellers (complete file). Zip prefixes come without their leading zero (<c>4195</c> is <c>04195</c>).</summary>
    public static readonly DatasetDefinition Sellers = new(
        "sellers",
        "olist.sellers/v1",
        [
            new("seller_id", ColumnKind.String),
            ZipPrefix("seller_zip_code_prefix"),
            new("seller_city", ColumnKind.String) { Repeats = true },
            new("seller_state", ColumnKind.String) { Repeats = true },
        ],
        ["seller_id"],
        LoadTier: 0);

    /// <summary>
    /// Products (complete file). The header is quoted and keeps the source's spelling (<c>lenght</c>); 610 products
    /// have no category and no measures, so everything but the id is nullable.
    /// </summary>
    public static readonly DatasetDefinition Products = new(
        "products",
        "olist.products/v1",
        [
            new("product_id", ColumnKind.String),
            new("product_category_name", ColumnKind.String, Required: false) { Repeats = true },
            new("product_name_lenght", ColumnKind.Int32, Required: false),
            new("product_description_lenght", ColumnKind.Int32, Required: false),
            new("product_photos_qty", ColumnKind.Int32, Required: false),
            new("product_weight_g", ColumnKind.Int32, Required: false),
            new("product_length_cm", ColumnKind.Int32, Required: false),
            new("product_height_cm", ColumnKind.Int32, Required: false),
            new("product_width_cm", ColumnKind.Int32, Required: false),
        ],
        ["product_id"],
        LoadTier: 0);

    /// <summary>Category names in Portuguese and English. The file starts with a UTF-8 byte-order mark.</summary>
    public static readonly DatasetDefinition CategoryTranslation = new(
        "category_translation",
        "olist.category_translation/v1",
        [
            new("product_category_name", ColumnKind.String),
            new("product_category_name_english", ColumnKind.String) { Repeats = true },
        ],
        ["product_category_name"],
        LoadTier: 0);

    /// <summary>
    /// Coordinates per zip prefix. No key: a prefix has several points and the source repeats rows exactly, which is
    /// data, not an error (the warehouse aggregates to one row per prefix).
    /// </summary>
    public static readonly DatasetDefinition Geolocation = new(
        "geolocation",
        "olist.geolocation/v1",
        [
            ZipPrefix("geolocation_zip_code_prefix"),
            new("geolocation_lat", ColumnKind.Double),
            new("geolocation_lng", ColumnKind.Double),
            new("geolocation_city", ColumnKind.String) { Repeats = true },
            new("geolocation_state", ColumnKind.String) { Repeats = true },
        ],
        [],
        LoadTier: 2);

    private static DatasetColumn ZipPrefix(string name) => new(name, ColumnKind.String) { ZeroPadTo = 5, Repeats = true };
}
