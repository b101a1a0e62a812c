using Lakehouse.Core.Collection;
using Lakehouse.Core.Validation;
using Lakehouse.Core.Validation.Expectations;
using Lakehouse.Core.Warehouse;

namespace Lakehouse.Core.Datasets.Weather;

/// <summary>
/// Daily weather from Open-Meteo: one stored API answer per location and window (<c>weather/open-meteo/{location}/…json</c>),
/// parsed by <see cref="OpenMeteoAnswerParser"/> into one row per local day (America/Sao_Paulo) with maximum and minimum
/// temperature (°C) and precipitation (mm). Merges into <c>dw.dim_location</c> (state codes as in <c>dw.dim_geography</c>)
/// and <c>dw.fact_weather_daily</c>; where windows overlap, the answer fetched last wins and an object only ever deletes
/// rows it loaded itself (<c>weather_daily.merge.sql</c>). Nothing personal: every column is kept.
/// </summary>
public sealed class WeatherDailyDataset : DatasetUnit
{
    /// <summary>The declared schema: the location (repeated on every row of its answer) and its days.</summary>
    public static DatasetDefinition Schema { get; } = new(
        "weather_daily",
        "open_meteo.daily/v1",
        [
            new("location", ColumnKind.String) { Repeats = true },
            new("location_name", ColumnKind.String) { Repeats = true },
            new("state", ColumnKind.String) { Repeats = true },
            new("latitude", ColumnKind.Double),
            new("longitude", ColumnKind.Double),
            new("date", ColumnKind.Date),
            new("temperature_max", ColumnKind.Decimal, Required: false) { Precision = 9, Scale = 2 },
            new("temperature_min", ColumnKind.Decimal, Required: false) { Precision = 9, Scale = 2 },
            new("precipitation_sum", ColumnKind.Decimal, Required: false) { Precision = 9, Scale = 2 },
            new("fetched_at", ColumnKind.Timestamp),
        ],
        ["location", "date"],
        LoadTier: 0)
    {
        MayBeEmpty = true,
    };

    /// <inheritdoc />
    public override DatasetDefinition Definition => Schema;

    /// <inheritdoc />
    public override DatasetRecognition Recognition { get; } = DatasetRecognition.Key(BronzeKeys.WeatherPrefix, ".json");

    /// <inheritdoc />
    public override SourceFormat Format { get; } = new OpenMeteoAnswerParser();

    /// <summary>The location and window are in the key: equal bytes under another key are another object.</summary>
    public override bool DeduplicateContent => false;

    /// <inheritdoc />
    public override MaskingReference Masking { get; } = new("open_meteo.masking.v1.json", "weather_daily");

    /// <inheritdoc />
    public override DatasetMerge Merge { get; } = new("weather_daily.merge.sql", new MergeLockSet(Writes: ["dim_location", "fact_weather_daily"], Reads: []));

    /// <inheritdoc />
    protected override void DeclareRowRules(RowValidator rules)
    {
        // Day order, minimum <= maximum, the temperature band and precipitation >= 0 need the answer: OpenMeteoAnswerParser.
        ArgumentNullException.ThrowIfNull(rules);
        rules.Matches("state", BrazilianStates.Pattern(), "a 2-letter state code");
        rules.Range("latitude", -90.0, 90.0);
        rules.Range("longitude", -180.0, 180.0);
        rules.Range("latitude", -34.0, 6.0, FluentValidation.Severity.Warning); // outside Brazil: reported, kept
        rules.Range("longitude", -74.0, -34.0, FluentValidation.Severity.Warning);
        rules.Range("precipitation_sum", 0m, 2_000m); // the world's wettest day is about 1,800 mm
        rules.MaxDecimals("temperature_max", 2);
        rules.MaxDecimals("temperature_min", 2);
        rules.MaxDecimals("precipitation_sum", 2);
    }

    /// <inheritdoc />
    protected override IEnumerable<ITableExpectation> DeclareTableExpectations() =>
    [
        new RowCountRange(0, 400, FindingSeverity.Warning), // one calendar year per answer
        new DateSequence(Schema, "date", "location", DateStep.Increasing, FindingSeverity.Error),
        new DateSequence(Schema, "date", "location", DateStep.Day, FindingSeverity.Warning),
        new MeanRange(Schema, "temperature_max", -10, 45, FindingSeverity.Warning),
    ];
}
