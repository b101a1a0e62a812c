using System.Globalization;

namespace Lakehouse.Core.Collection;

/// <summary>
/// The subject of a collected answer as object metadata (<see cref="CollectionMetadata"/>), written at collection and
/// read when the answer is parsed into silver: the series' name, unit and periodicity, or the location's name, state
/// and coordinates. Text is percent-encoded (metadata values are ASCII). Reading falls back to what the key says and to
/// the defaults (<see cref="SgsSeries.Defaults"/>, <see cref="BrazilianCapitals"/>) for objects stored without it.
/// </summary>
public static class SubjectMetadata
{
    /// <summary>The metadata describing <paramref name="series"/>.</summary>
    public static IReadOnlyDictionary<string, string> Of(SgsSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [CollectionMetadata.SubjectName] = Uri.EscapeDataString(series.Name),
            [CollectionMetadata.SeriesUnit] = Uri.EscapeDataString(series.Unit),
            [CollectionMetadata.SeriesPeriodicity] = series.Periodicity.ToString().ToLowerInvariant(),
        };
    }

    /// <summary>The metadata describing <paramref name="location"/>.</summary>
    public static IReadOnlyDictionary<string, string> Of(WeatherLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [CollectionMetadata.SubjectName] = Uri.EscapeDataString(location.Name),
            [CollectionMetadata.LocationState] = location.State,
            [CollectionMetadata.LocationLatitude] = location.Latitude.ToString("R", CultureInfo.InvariantCulture),
            [CollectionMetadata.LocationLongitude] = location.Longitude.ToString("R", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Series <paramref name="code"/> as the metadata describes it, else as a default series, else a daily series named by its code.</summary>
    public static SgsSeries ReadSeries(int code, IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var known = SgsSeries.Defaults.FirstOrDefault(s => s.Code == code);
        var periodicity = metadata.TryGetValue(CollectionMetadata.SeriesPeriodicity, out var p) && Enum.TryParse<SeriesPeriodicity>(p, true, out var parsed)
            ? parsed
            : known?.Periodicity ?? SeriesPeriodicity.Daily;
        return new SgsSeries(
            code,
            Text(metadata, CollectionMetadata.SubjectName) ?? known?.Name ?? FormattableString.Invariant($"SGS {code}"),
            Text(metadata, CollectionMetadata.SeriesUnit) ?? known?.Unit ?? "",
            periodicity);
    }

    /// <summary>
    /// Location <paramref name="slug"/> as the metadata describes it, else a default capital with that slug, else named by
    /// its slug with the state from the slug's last part; coordinates missing from both come from <paramref name="answered"/>
    /// (the grid point the API answered for).
    /// </summary>
    public static WeatherLocation ReadLocation(string slug, IReadOnlyDictionary<string, string> metadata, (double Latitude, double Longitude)? answered)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(slug);
        ArgumentNullException.ThrowIfNull(metadata);
        var known = BrazilianCapitals.All.FirstOrDefault(c => c.Slug == slug);
        var state = metadata.GetValueOrDefault(CollectionMetadata.LocationState) ?? known?.State ?? slug[(slug.LastIndexOf('-') + 1)..].ToUpperInvariant();
        var name = Text(metadata, CollectionMetadata.SubjectName) ?? known?.Name ?? slug[..Math.Max(0, slug.LastIndexOf('-'))].Replace('-', ' ');
        var latitude = Number(metadata, CollectionMetadata.LocationLatitude) ?? known?.Latitude ?? answered?.Latitude ?? double.NaN;
        var longitude = Number(metadata, CollectionMetadata.LocationLongitude) ?? known?.Longitude ?? answered?.Longitude ?? double.NaN;
        return new WeatherLocation(name, state, latitude, longitude, known?.IbgeCode);
    }

    private static string? Text(IReadOnlyDictionary<string, string> metadata, string name) =>
        metadata.TryGetValue(name, out var value) ? Uri.UnescapeDataString(value) : null;

    private static double? Number(IReadOnlyDictionary<string, string> metadata, string name) =>
        metadata.TryGetValue(name, out var value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
}
