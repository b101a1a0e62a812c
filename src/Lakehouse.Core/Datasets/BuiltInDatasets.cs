namespace Lakehouse.Core.Datasets;

/// <summary>
/// The one registration of the datasets the product ships: a new dataset is a folder with its unit, plus one line
/// here. <see cref="Registry"/> is built (and checked) on first use; <c>AddLakehouse</c> touches it, so an invalid unit
/// fails the composition at start-up.
/// </summary>
public static class BuiltInDatasets
{
    /// <summary>Every built-in unit: the Olist datasets in load-tier order, then the collected API answers (tier 0).</summary>
    public static IReadOnlyList<DatasetUnit> Units { get; } = [.. OlistDatasets.Units, new Indicators.IndicatorsDataset(), new Weather.WeatherDailyDataset()];

    private static readonly Lazy<DatasetRegistry> Default = new(() => new DatasetRegistry(Units));

    /// <summary>The checked registry of <see cref="Units"/> (one instance per process).</summary>
    /// <exception cref="DatasetRegistryException">A unit is incomplete or inconsistent.</exception>
    public static DatasetRegistry Registry => Default.Value;
}
