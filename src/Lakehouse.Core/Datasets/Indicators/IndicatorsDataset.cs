using Lakehouse.Core.Collection;
using Lakehouse.Core.Validation;
using Lakehouse.Core.Validation.Expectations;
using Lakehouse.Core.Warehouse;

namespace Lakehouse.Core.Datasets.Indicators;

/// <summary>
/// Banco Central SGS series (IPCA, Selic…): one stored API answer per series and window (<c>bcb/sgs-{code}/…json</c>),
/// parsed by <see cref="SgsAnswerParser"/> into one row per reference date. Merges into <c>dw.dim_indicator</c> and
/// <c>dw.fact_indicator</c>; where windows overlap, the answer fetched last wins and an object only ever deletes rows it
/// loaded itself (<c>indicators.merge.sql</c>). Nothing personal: every column is kept (<c>bcb.masking.v1.json</c>).
/// </summary>
public sealed class IndicatorsDataset : DatasetUnit
{
    /// <summary>Digits after the decimal point of a value (SGS 11 has 6: <c>0.052531</c>).</summary>
    public const int ValueScale = 6;

    /// <summary>The declared schema: the series (repeated on every row of its answer) and its dated values.</summary>
    public static DatasetDefinition Schema { get; } = new(
        "indicators",
        "bcb.sgs/v1",
        [
            new("sgs_code", ColumnKind.Int32),
            new("series_name", ColumnKind.String) { Repeats = true },
            new("unit", ColumnKind.String) { Repeats = true },
            new("periodicity", ColumnKind.String) { Repeats = true },
            new("date", ColumnKind.Date),
            new("value", ColumnKind.Decimal) { Precision = 18, Scale = ValueScale },
            new("fetched_at", ColumnKind.Timestamp),
        ],
        ["sgs_code", "date"],
        LoadTier: 0)
    {
        MayBeEmpty = true,
    };

    /// <inheritdoc />
    public override DatasetDefinition Definition => Schema;

    /// <inheritdoc />
    public override DatasetRecognition Recognition { get; } = DatasetRecognition.Key(BronzeKeys.BcbPrefix + "sgs-", ".json");

    /// <inheritdoc />
    public override SourceFormat Format { get; } = new SgsAnswerParser();

    /// <summary>An SGS answer holds only dates and values: the series and window are in the key, so equal bytes are not the same object.</summary>
    public override bool DeduplicateContent => false;

    /// <inheritdoc />
    public override MaskingReference Masking { get; } = new("bcb.masking.v1.json", "indicators");

    /// <inheritdoc />
    public override DatasetMerge Merge { get; } = new("indicators.merge.sql", new MergeLockSet(Writes: ["dim_indicator", "fact_indicator"], Reads: []));

    /// <inheritdoc />
    protected override void DeclareRowRules(RowValidator rules)
    {
        // The series rules (date order, monthly dates and gaps, the IPCA band) need the answer's sequence: SgsAnswerParser.
        ArgumentNullException.ThrowIfNull(rules);
        rules.Range("sgs_code", 1, 99_999_999);
        rules.InSet("periodicity", "daily", "monthly");
        rules.MaxDecimals("value", ValueScale);
    }

    /// <inheritdoc />
    protected override IEnumerable<ITableExpectation> DeclareTableExpectations() =>
    [
        // A daily series over 10 years of calendar days is ~3,650 rows; a monthly one since 1980 under 600.
        new RowCountRange(0, 20_000, FindingSeverity.Warning),
        new DateSequence(Schema, "date", "sgs_code", DateStep.Increasing, FindingSeverity.Error),
        new DateSequence(Schema, "date", "sgs_code", DateStep.Month, FindingSeverity.Warning) { OnlyWhere = ("periodicity", "monthly") },
    ];
}
