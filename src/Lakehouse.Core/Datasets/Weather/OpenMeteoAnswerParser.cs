using System.Text.Json;
using Lakehouse.Core.Collection;

namespace Lakehouse.Core.Datasets.Weather;

/// <summary>
/// Parses a stored Open-Meteo daily answer (<c>weather/open-meteo/{location}/{from}_{to}.json</c>) with
/// <see cref="OpenMeteoDailyParser"/>: days outside the window are dropped, and its rules (dates parse and strictly
/// increase, minimum ≤ maximum, temperatures within [−30, 55] °C, precipitation ≥ 0) leave failing days out with their
/// findings; missing variables or values are warnings and load as nulls. The location's name, state and coordinates
/// come from the object's metadata (<see cref="SubjectMetadata"/>).
/// </summary>
internal sealed class OpenMeteoAnswerParser : RowParser
{
    /// <inheritdoc />
    public override string Name => "json (Open-Meteo daily answer)";

    /// <inheritdoc />
    public override ParsedRows Parse(ReadOnlyMemory<byte> content, SourceObject source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var (slug, window) = CollectedAnswer.Identify(source, BronzeKeys.WeatherPrefix)
            ?? throw new FormatException("The object names no location: neither its key (weather/open-meteo/{location}/{from}_{to}.json) nor its metadata.");
        var parsed = OpenMeteoDailyParser.Parse(content, slug, window);
        var location = SubjectMetadata.ReadLocation(slug, source.Metadata, Answered(content));
        var fetchedAt = CollectedAnswer.FetchedAt(source);
        return new ParsedRows(
            [.. parsed.Rows.Select(r => new object?[]
            {
                slug, location.Name, location.State, location.Latitude, location.Longitude, r.Date, r.TemperatureMax, r.TemperatureMin, r.Precipitation, fetchedAt,
            })],
            parsed.Read,
            parsed.Findings);
    }

    /// <summary>The grid point the API answered for (its top-level latitude and longitude), when present.</summary>
    private static (double, double)? Answered(ReadOnlyMemory<byte> content)
    {
        using var document = JsonDocument.Parse(content);
        var root = document.RootElement;
        return root.TryGetProperty("latitude", out var lat) && lat.TryGetDouble(out var latitude)
            && root.TryGetProperty("longitude", out var lng) && lng.TryGetDouble(out var longitude)
            ? (latitude, longitude)
            : null;
    }
}
