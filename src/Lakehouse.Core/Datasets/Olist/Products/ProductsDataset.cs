using Lakehouse.Core.Validation;
using Lakehouse.Core.Validation.Expectations;
using Lakehouse.Core.Warehouse;

namespace Lakehouse.Core.Datasets.Olist;

/// <summary>
/// Products (complete file). The header is quoted and keeps the source's spelling (<c>lenght</c>); 610 products have no
/// category and no measures, so everything but the id is nullable. Merges into <c>dw.dim_product</c>, with the English
/// category from <c>dw.product_category</c>.
/// </summary>
public sealed class ProductsDataset() : OlistDataset("olist_products_dataset")
{
    /// <summary>The declared schema.</summary>
    public static DatasetDefinition Schema { get; } = new(
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

    /// <inheritdoc />
    public override DatasetDefinition Definition => Schema;

    /// <inheritdoc />
    public override DatasetMerge Merge { get; } = new("products.merge.sql", new MergeLockSet(Writes: ["dim_product"], Reads: ["product_category"]));

    /// <inheritdoc />
    protected override void DeclareRowRules(RowValidator rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        rules.HexId("product_id");
        rules.Matches("product_category_name", OlistRules.CategoryPattern(), "a lowercase category name");
        rules.Range("product_name_lenght", 1, 1000);
        rules.Range("product_description_lenght", 1, 100_000);
        rules.Range("product_photos_qty", 0, 100);
        rules.Range("product_weight_g", 0, 1_000_000);
        foreach (var measure in new[] { "product_length_cm", "product_height_cm", "product_width_cm" })
        {
            rules.Range(measure, 0, 10_000);
        }
    }

    /// <inheritdoc />
    protected override IEnumerable<ITableExpectation> DeclareTableExpectations() =>
    [
        new RowCountRange(1, 2_000_000, FindingSeverity.Warning),
        new NullFraction(Schema, "product_category_name", 0.10, FindingSeverity.Warning),
    ];
}
