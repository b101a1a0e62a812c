using Lakehouse.Core.Parquet;
using Lakehouse.Core.Validation;
using Lakehouse.Core.Validation.Expectations;
using Lakehouse.Core.Warehouse;

namespace Lakehouse.Core.Datasets.Olist;

/// <summary>
/// Coordinates per zip prefix. No key: a prefix has several points and the source repeats rows exactly, which is data,
/// not an error. Staged one row per prefix (<see cref="GeographyStaging"/>: mean coordinates, most frequent city and
/// state) and merged into <c>dw.dim_geography</c>, completing the prefixes customers and sellers inferred. Last load
/// tier: nothing waits for it, and its big file (a million points) does not hold back the orders the facts wait for.
/// </summary>
public sealed class GeolocationDataset() : OlistDataset("olist_geolocation_dataset")
{
    /// <summary>The declared schema.</summary>
    public static DatasetDefinition Schema { get; } = new(
        "geolocation",
        "olist.geolocation/v1",
        [
            OlistRules.ZipPrefix("geolocation_zip_code_prefix"),
            new("geolocation_lat", ColumnKind.Double),
            new("geolocation_lng", ColumnKind.Double),
            new("geolocation_city", ColumnKind.String) { Repeats = true },
            new("geolocation_state", ColumnKind.String) { Repeats = true },
        ],
        [],
        LoadTier: 2);

    /// <inheritdoc />
    public override DatasetDefinition Definition => Schema;

    /// <inheritdoc />
    public override DatasetMerge Merge { get; } = new("geolocation.merge.sql", new MergeLockSet(Writes: ["dim_geography"], Reads: []));

    /// <inheritdoc />
    protected override void DeclareRowRules(RowValidator rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        rules.Matches("geolocation_zip_code_prefix", OlistRules.ZipPrefixPattern(), "a 5-digit zip code prefix");
        rules.Matches("geolocation_state", OlistRules.StatePattern(), "a 2-letter state code");
        rules.Range("geolocation_lat", -90.0, 90.0);
        rules.Range("geolocation_lng", -180.0, 180.0);
        // The source has a few points outside Brazil: reported, kept.
        rules.Range("geolocation_lat", -34.0, 6.0, FluentValidation.Severity.Warning);
        rules.Range("geolocation_lng", -74.0, -34.0, FluentValidation.Severity.Warning);
    }

    /// <inheritdoc />
    protected override IEnumerable<ITableExpectation> DeclareTableExpectations() =>
    [
        new RowCountRange(1, 20_000_000, FindingSeverity.Warning),
        new MeanRange(Schema, "geolocation_lat", -34, 6, FindingSeverity.Warning), // Brazil spans about 34° S to 5° N
        new MeanRange(Schema, "geolocation_lng", -74, -34, FindingSeverity.Warning),
    ];

    /// <inheritdoc />
    internal override Staging CreateStaging(ParquetSchema schema) => new GeographyStaging(schema);
}
