using Lakehouse.Core.Validation;
using Lakehouse.Core.Validation.Expectations;
using Lakehouse.Core.Warehouse;

namespace Lakehouse.Core.Datasets.Olist;

/// <summary>
/// Payments: one row per payment of an order; <c>not_defined</c> payments carry value 0. Merges into
/// <c>dw.fact_payment</c> (inferring payment types) and rewrites the payment totals of <c>dw.fact_order</c> under the
/// order totals lock.
/// </summary>
public sealed class PaymentsDataset() : OlistDataset("olist_order_payments_dataset")
{
    /// <summary>The declared schema.</summary>
    public static DatasetDefinition Schema { get; } = new(
        "order_payments",
        "olist.order_payments/v1",
        [
            new("order_id", ColumnKind.String),
            new("payment_sequential", ColumnKind.Int32),
            new("payment_type", ColumnKind.String) { Repeats = true },
            new("payment_installments", ColumnKind.Int32),
            new("payment_value", ColumnKind.Decimal),
        ],
        ["order_id", "payment_sequential"],
        LoadTier: 2);

    /// <inheritdoc />
    public override DatasetDefinition Definition => Schema;

    /// <inheritdoc />
    public override DatasetMerge Merge { get; } = new(
        "order_payments.merge.sql", new MergeLockSet(Writes: ["dim_payment_type", "fact_payment"], Reads: ["fact_order"]));

    /// <inheritdoc />
    protected override void DeclareRowRules(RowValidator rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        rules.HexId("order_id");
        rules.Range("payment_sequential", 1, 1000);
        rules.InSet("payment_type", "credit_card", "boleto", "voucher", "debit_card", "not_defined");
        rules.Range("payment_installments", 0, 48);
        rules.Range("payment_value", 0m, 1_000_000m);
        rules.ZeroWhen("payment_type", "not_defined", "payment_value");
    }

    /// <inheritdoc />
    protected override IEnumerable<ITableExpectation> DeclareTableExpectations() =>
    [
        new RowCountRange(1, 20_000_000, FindingSeverity.Warning),
        new SumRange(Schema, "payment_value", 0, double.MaxValue, FindingSeverity.Error),
        new MeanRange(Schema, "payment_installments", 1, 24, FindingSeverity.Warning),
        new ReferentialIntegrity(Schema, "order_id", "dw.fact_order", "order_id", FindingSeverity.Warning),
    ];
}
