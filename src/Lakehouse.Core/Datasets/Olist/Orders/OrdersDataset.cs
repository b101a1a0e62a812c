using Lakehouse.Core.Validation;
using Lakehouse.Core.Validation.Expectations;
using Lakehouse.Core.Warehouse;

namespace Lakehouse.Core.Datasets.Olist;

/// <summary>
/// Orders with their status timeline (local time, America/Sao_Paulo). Merges into the accumulating snapshot
/// <c>dw.fact_order</c> (inferring customers) and fixes the customer and purchase date of the items, payments and
/// reviews that arrived before it, which is why its lock set writes those facts too.
/// </summary>
public sealed class OrdersDataset() : OlistDataset("olist_orders_dataset")
{
    /// <summary>The declared schema.</summary>
    public static DatasetDefinition Schema { get; } = new(
        "orders",
        "olist.orders/v1",
        [
            new("order_id", ColumnKind.String),
            new("customer_id", ColumnKind.String),
            new("order_status", ColumnKind.String) { Repeats = true },
            new("order_purchase_timestamp", ColumnKind.Timestamp),
            new("order_approved_at", ColumnKind.Timestamp, Required: false),
            new("order_delivered_carrier_date", ColumnKind.Timestamp, Required: false),
            new("order_delivered_customer_date", ColumnKind.Timestamp, Required: false),
            new("order_estimated_delivery_date", ColumnKind.Timestamp),
        ],
        ["order_id"],
        LoadTier: 1);

    /// <inheritdoc />
    public override DatasetDefinition Definition => Schema;

    /// <inheritdoc />
    public override DatasetMerge Merge { get; } = new(
        "orders.merge.sql", new MergeLockSet(Writes: ["dim_customer", "fact_order", "fact_order_item", "fact_payment", "fact_review"], Reads: []));

    /// <inheritdoc />
    protected override void DeclareRowRules(RowValidator rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        rules.HexId("order_id");
        rules.HexId("customer_id");
        rules.InSet("order_status", "created", "approved", "invoiced", "processing", "shipped", "delivered", "canceled", "unavailable");
        rules.NotBefore("order_approved_at", "order_purchase_timestamp");
        rules.NotBefore("order_delivered_customer_date", "order_purchase_timestamp");
    }

    /// <inheritdoc />
    protected override IEnumerable<ITableExpectation> DeclareTableExpectations() =>
    [
        new RowCountRange(1, 10_000_000, FindingSeverity.Warning),
        new NullFraction(Schema, "order_purchase_timestamp", 0, FindingSeverity.Critical),
        new NullFraction(Schema, "order_delivered_customer_date", 0.5, FindingSeverity.Warning),
        new Freshness(Schema, "order_purchase_timestamp", maxAgeDays: null, FindingSeverity.Warning),
    ];
}
