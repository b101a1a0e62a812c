using Lakehouse.Core.Validation;
using Lakehouse.Core.Validation.Expectations;
using Lakehouse.Core.Warehouse;

namespace Lakehouse.Core.Datasets.Olist;

/// <summary>
/// Category names in Portuguese and English. The file starts with a UTF-8 byte-order mark. Merges into
/// <c>dw.product_category</c> and completes the English names of <c>dw.dim_product</c>.
/// </summary>
public sealed class CategoryTranslationDataset() : OlistDataset("product_category_name_translation")
{
    /// <summary>The declared schema.</summary>
    public static DatasetDefinition Schema { get; } = new(
        "category_translation",
        "olist.category_translation/v1",
        [
            new("product_category_name", ColumnKind.String),
            new("product_category_name_english", ColumnKind.String) { Repeats = true },
        ],
        ["product_category_name"],
        LoadTier: 0);

    /// <inheritdoc />
    public override DatasetDefinition Definition => Schema;

    /// <inheritdoc />
    public override DatasetMerge Merge { get; } = new("category_translation.merge.sql", new MergeLockSet(Writes: ["product_category", "dim_product"], Reads: []));

    /// <inheritdoc />
    protected override void DeclareRowRules(RowValidator rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        rules.Matches("product_category_name", OlistRules.CategoryPattern(), "a lowercase category name");
        rules.Matches("product_category_name_english", OlistRules.CategoryPattern(), "a lowercase category name");
    }

    /// <inheritdoc />
    protected override IEnumerable<ITableExpectation> DeclareTableExpectations() => [new RowCountRange(1, 1_000, FindingSeverity.Warning)];
}
