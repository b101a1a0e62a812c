using Lakehouse.Core.Validation;
using Lakehouse.Core.Validation.Expectations;
using Lakehouse.Core.Warehouse;

namespace Lakehouse.Core.Datasets.Olist;

/// <summary>
/// Customers: one row per customer id of an order. Both ids are personal data (pseudonymized). Merges into
/// <c>dw.dim_customer</c> (SCD type 1, completing inferred members) and infers the zip prefixes of <c>dw.dim_geography</c>.
/// </summary>
public sealed class CustomersDataset() : OlistDataset("olist_customers_dataset")
{
    /// <summary>The declared schema.</summary>
    public static DatasetDefinition Schema { get; } = new(
        "customers",
        "olist.customers/v1",
        [
            new("customer_id", ColumnKind.String),
            new("customer_unique_id", ColumnKind.String),
            OlistRules.ZipPrefix("customer_zip_code_prefix"),
            new("customer_city", ColumnKind.String) { Repeats = true },
            new("customer_state", ColumnKind.String) { Repeats = true },
        ],
        ["customer_id"],
        LoadTier: 0);

    /// <inheritdoc />
    public override DatasetDefinition Definition => Schema;

    /// <inheritdoc />
    public override DatasetMerge Merge { get; } = new("customers.merge.sql", new MergeLockSet(Writes: ["dim_customer", "dim_geography"], Reads: []));

    /// <inheritdoc />
    protected override void DeclareRowRules(RowValidator rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        rules.HexId("customer_id");
        rules.HexId("customer_unique_id");
        rules.Matches("customer_zip_code_prefix", OlistRules.ZipPrefixPattern(), "a 5-digit zip code prefix");
        rules.Matches("customer_state", OlistRules.StatePattern(), "a 2-letter state code");
    }

    /// <inheritdoc />
    protected override IEnumerable<ITableExpectation> DeclareTableExpectations() => [new RowCountRange(1, 5_000_000, FindingSeverity.Warning)];
}
