using Lakehouse.Core.Validation;
using Lakehouse.Core.Validation.Expectations;
using Lakehouse.Core.Warehouse;

namespace Lakehouse.Core.Datasets.Olist;

/// <summary>
/// Reviews. One review can cover several orders, so the key is (review_id, order_id). Title and message are free text in
/// Portuguese with line breaks inside quotes; they may hold personal data and are scrubbed. Merges into
/// <c>dw.fact_review</c>, customer from the order.
/// </summary>
public sealed class ReviewsDataset() : OlistDataset("olist_order_reviews_dataset")
{
    /// <summary>The declared schema.</summary>
    public static DatasetDefinition Schema { get; } = new(
        "order_reviews",
        "olist.order_reviews/v1",
        [
            new("review_id", ColumnKind.String),
            new("order_id", ColumnKind.String),
            new("review_score", ColumnKind.Int32),
            new("review_comment_title", ColumnKind.String, Required: false) { Repeats = true },
            new("review_comment_message", ColumnKind.String, Required: false),
            new("review_creation_date", ColumnKind.Timestamp),
            new("review_answer_timestamp", ColumnKind.Timestamp),
        ],
        ["review_id", "order_id"],
        LoadTier: 2);

    /// <inheritdoc />
    public override DatasetDefinition Definition => Schema;

    /// <inheritdoc />
    public override DatasetMerge Merge { get; } = new("order_reviews.merge.sql", new MergeLockSet(Writes: ["fact_review"], Reads: ["fact_order"]));

    /// <inheritdoc />
    protected override void DeclareRowRules(RowValidator rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        rules.HexId("review_id");
        rules.HexId("order_id");
        rules.Range("review_score", 1, 5);
        rules.MaxLength("review_comment_title", 200);
        rules.MaxLength("review_comment_message", 5000);
        rules.NotBefore("review_answer_timestamp", "review_creation_date");
    }

    /// <inheritdoc />
    protected override IEnumerable<ITableExpectation> DeclareTableExpectations() =>
    [
        new RowCountRange(1, 10_000_000, FindingSeverity.Warning),
        new NullFraction(Schema, "review_comment_message", 1, FindingSeverity.Warning), // most reviews carry no text: any fraction is fine
        new MeanRange(Schema, "review_score", 1, 5, FindingSeverity.Error),
        new Freshness(Schema, "review_creation_date", maxAgeDays: null, FindingSeverity.Warning),
        new ReferentialIntegrity(Schema, "order_id", "dw.fact_order", "order_id", FindingSeverity.Warning),
    ];
}
