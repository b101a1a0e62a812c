using System.Globalization;
using System.Text.Json;
using Lakehouse.Core.Validation;

namespace Lakehouse.Core.Collection;

/// <summary>
/// Parses a stored Open-Meteo answer's <c>daily</c> object (parallel arrays <c>time</c>, <c>temperature_2m_max</c>,
/// <c>temperature_2m_min</c>, <c>precipitation_sum</c>; <c>null</c> where the API has no value) into
/// <see cref="WeatherDailyRow"/>s, with row rules as <see cref="Finding"/>s:
/// <list type="bullet">
/// <item><c>variable_missing</c> (Warning): the answer has no array for a variable; its values are null;</item>
/// <item><c>value_missing</c> (Warning): a null value;</item>
/// <item><c>date_parse</c>, <c>dates_increasing_unique</c> (Error): the day is left out;</item>
/// <item><c>temperature_min_le_max</c>, <c>temperature_band</c> ([−30, 55] °C), <c>precipitation_non_negative</c> (Error): the day is left out.</item>
/// </list>
/// A body without a <c>daily.time</c> array, or with arrays of another length, throws <see cref="FormatException"/>.
/// </summary>
public static class OpenMeteoDailyParser
{
    /// <summary>Daily variables asked of the API, in this order.</summary>
    public static IReadOnlyList<string> Variables { get; } = ["temperature_2m_max", "temperature_2m_min", "precipitation_sum"];

    /// <summary>Parses <paramref name="json"/>; days outside <paramref name="window"/> (when given) are dropped and counted.</summary>
    /// <exception cref="FormatException">The body is not an Open-Meteo answer with daily arrays.</exception>
    public static WeatherParseResult Parse(ReadOnlyMemory<byte> json, string location, DateWindow? window)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        using var document = OpenMeteoJson.Open(json);
        var daily = OpenMeteoJson.Daily(document);
        var times = daily.GetProperty("time");
        var findings = new FindingCollector();
        var columns = Variables.Select(v => OpenMeteoJson.Column(daily, v, times.GetArrayLength(), findings)).ToArray();
        var rows = new List<WeatherDailyRow>();
        int read = 0, outside = 0;
        var number = 0;
        foreach (var time in times.EnumerateArray())
        {
            number++;
            if (time.ValueKind != JsonValueKind.String
                || !DateOnly.TryParseExact(time.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                read++;
                findings.Add("date_parse", "time", FindingSeverity.Error, number, "'time' must be a date yyyy-MM-dd");
                continue;
            }

            if (window is not null && !window.Contains(date))
            {
                outside++;
                continue;
            }

            read++;
            var row = new WeatherDailyRow(location, date, columns[0]?[number - 1], columns[1]?[number - 1], columns[2]?[number - 1]);
            if (WeatherRules.Check(row, number, rows.Count > 0 ? rows[^1].Date : null, findings))
            {
                rows.Add(row);
            }
        }

        return new WeatherParseResult(location, rows, read, outside, findings.ToFindings());
    }
}
