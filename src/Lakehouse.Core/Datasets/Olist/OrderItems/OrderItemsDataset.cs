using Lakehouse.Core.Validation;
using Lakehouse.Core.Validation.Expectations;
using Lakehouse.Core.Warehouse;

namespace Lakehouse.Core.Datasets.Olist;

/// <summary>
/// Order items: one row per item of an order, with price and freight; some orders have no item. Merges into
/// <c>dw.fact_order_item</c> (inferring products and sellers; customer and purchase date from the order) and rewrites the
/// item totals of <c>dw.fact_order</c> under the order totals lock.
/// </summary>
public sealed class OrderItemsDataset() : OlistDataset("olist_order_items_dataset")
{
    /// <summary>The declared schema.</summary>
    public static DatasetDefinition Schema { get; } = new(
        "order_items",
        "olist.order_items/v1",
        [
            new("order_id", ColumnKind.String),
            new("order_item_id", ColumnKind.Int32),
            new("product_id", ColumnKind.String) { Repeats = true },
            new("seller_id", ColumnKind.String) { Repeats = true },
            new("shipping_limit_date", ColumnKind.Timestamp),
            new("price", ColumnKind.Decimal),
            new("freight_value", ColumnKind.Decimal),
        ],
        ["order_id", "order_item_id"],
        LoadTier: 2);

    /// <inheritdoc />
    public override DatasetDefinition Definition => Schema;

    /// <inheritdoc />
    public override DatasetMerge Merge { get; } = new(
        "order_items.merge.sql", new MergeLockSet(Writes: ["dim_product", "dim_seller", "fact_order_item"], Reads: ["fact_order"]));

    /// <inheritdoc />
    protected override void DeclareRowRules(RowValidator rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        rules.HexId("order_id");
        rules.HexId("product_id");
        rules.HexId("seller_id");
        rules.Range("order_item_id", 1, 1000);
        rules.Range("price", 0m, 1_000_000m);
        rules.Range("freight_value", 0m, 100_000m);
    }

    /// <inheritdoc />
    protected override IEnumerable<ITableExpectation> DeclareTableExpectations() =>
    [
        new RowCountRange(1, 20_000_000, FindingSeverity.Warning),
        new MeanRange(Schema, "price", 1, 5_000, FindingSeverity.Warning),
        new SumRange(Schema, "freight_value", 0, double.MaxValue, FindingSeverity.Error),
        new ReferentialIntegrity(Schema, "order_id", "dw.fact_order", "order_id", FindingSeverity.Warning),
        new ReferentialIntegrity(Schema, "product_id", "dw.dim_product", "product_id", FindingSeverity.Warning),
        new ReferentialIntegrity(Schema, "seller_id", "dw.dim_seller", "seller_id", FindingSeverity.Warning),
    ];
}
