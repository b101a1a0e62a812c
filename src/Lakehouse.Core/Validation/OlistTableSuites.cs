using Lakehouse.Core.Datasets;
using Lakehouse.Core.Validation.Expectations;
using static Lakehouse.Core.Validation.FindingSeverity;

namespace Lakehouse.Core.Validation;

/// <summary>
/// Declared table-level expectations of the Olist datasets, one readable list per dataset with explicit severities.
/// Besides these, every dataset gets the built-in ones of <see cref="TableExpectations"/> (schema id, column set,
/// at least one row, quarantined fraction, unique key — compound keys included —, not-null on required columns).
/// Row counts: real Olist cardinalities (≈100 k orders, 1 M geolocation rows) with wide margins, so a truncated or
/// wrong file stands out while a smaller firm's own extract or a test sample passes. New instances per call:
/// expectations accumulate state while a file is scanned.
/// </summary>
public static class OlistTableSuites
{
    private const double ParseRate = 0.95;

    /// <summary>Fresh expectation instances for one evaluation of <paramref name="dataset"/>.</summary>
    public static IReadOnlyList<ITableExpectation> For(DatasetDefinition dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        IEnumerable<ITableExpectation> common = [new ColumnOrder(Warning), new TypeParseRate(ParseRate, Error)];
        return [.. common.Concat(Declared(dataset))];
    }

    private static IEnumerable<ITableExpectation> Declared(DatasetDefinition d) => d.Name switch
    {
        "customers" => [new RowCountRange(1, 5_000_000, Warning)],
        "sellers" => [new RowCountRange(1, 500_000, Warning)],
        "products" =>
        [
            new RowCountRange(1, 2_000_000, Warning),
            new NullFraction(d, "product_category_name", 0.10, Warning),
        ],
        "category_translation" => [new RowCountRange(1, 1_000, Warning)],
        "geolocation" =>
        [
            new RowCountRange(1, 20_000_000, Warning),
            new MeanRange(d, "geolocation_lat", -34, 6, Warning), // Brazil spans about 34° S to 5° N
            new MeanRange(d, "geolocation_lng", -74, -34, Warning),
        ],
        "orders" =>
        [
            new RowCountRange(1, 10_000_000, Warning),
            new NullFraction(d, "order_purchase_timestamp", 0, Critical),
            new NullFraction(d, "order_delivered_customer_date", 0.5, Warning),
            new Freshness(d, "order_purchase_timestamp", maxAgeDays: null, Warning),
        ],
        "order_items" =>
        [
            new RowCountRange(1, 20_000_000, Warning),
            new MeanRange(d, "price", 1, 5_000, Warning),
            new SumRange(d, "freight_value", 0, double.MaxValue, Error),
            new ReferentialIntegrity(d, "order_id", "dw.fact_order", "order_id", Warning),
            new ReferentialIntegrity(d, "product_id", "dw.dim_product", "product_id", Warning),
            new ReferentialIntegrity(d, "seller_id", "dw.dim_seller", "seller_id", Warning),
        ],
        "order_payments" =>
        [
            new RowCountRange(1, 20_000_000, Warning),
            new SumRange(d, "payment_value", 0, double.MaxValue, Error),
            new MeanRange(d, "payment_installments", 1, 24, Warning),
            new ReferentialIntegrity(d, "order_id", "dw.fact_order", "order_id", Warning),
        ],
        "order_reviews" =>
        [
            new RowCountRange(1, 10_000_000, Warning),
            new NullFraction(d, "review_comment_message", 1, Warning), // most reviews carry no text: any fraction is fine
            new MeanRange(d, "review_score", 1, 5, Error),
            new Freshness(d, "review_creation_date", maxAgeDays: null, Warning),
            new ReferentialIntegrity(d, "order_id", "dw.fact_order", "order_id", Warning),
        ],
        _ => [],
    };
}
