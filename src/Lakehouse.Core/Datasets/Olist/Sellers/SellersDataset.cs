using Lakehouse.Core.Validation;
using Lakehouse.Core.Validation.Expectations;
using Lakehouse.Core.Warehouse;

namespace Lakehouse.Core.Datasets.Olist;

/// <summary>
/// Sellers (complete file). Zip prefixes come without their leading zero (<c>4195</c> is <c>04195</c>). Merges into
/// <c>dw.dim_seller</c> and infers the zip prefixes of <c>dw.dim_geography</c>.
/// </summary>
public sealed class SellersDataset() : OlistDataset("olist_sellers_dataset")
{
    /// <summary>The declared schema.</summary>
    public static DatasetDefinition Schema { get; } = new(
        "sellers",
        "olist.sellers/v1",
        [
            new("seller_id", ColumnKind.String),
            OlistRules.ZipPrefix("seller_zip_code_prefix"),
            new("seller_city", ColumnKind.String) { Repeats = true },
            new("seller_state", ColumnKind.String) { Repeats = true },
        ],
        ["seller_id"],
        LoadTier: 0);

    /// <inheritdoc />
    public override DatasetDefinition Definition => Schema;

    /// <inheritdoc />
    public override DatasetMerge Merge { get; } = new("sellers.merge.sql", new MergeLockSet(Writes: ["dim_seller", "dim_geography"], Reads: []));

    /// <inheritdoc />
    protected override void DeclareRowRules(RowValidator rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        rules.HexId("seller_id");
        rules.Matches("seller_zip_code_prefix", OlistRules.ZipPrefixPattern(), "a 5-digit zip code prefix");
        rules.Matches("seller_state", OlistRules.StatePattern(), "a 2-letter state code");
    }

    /// <inheritdoc />
    protected override IEnumerable<ITableExpectation> DeclareTableExpectations() => [new RowCountRange(1, 500_000, FindingSeverity.Warning)];
}
