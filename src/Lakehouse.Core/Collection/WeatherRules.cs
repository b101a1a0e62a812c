using Lakehouse.Core.Validation;

namespace Lakehouse.Core.Collection;

/// <summary>The Error rules of one weather day (<see cref="OpenMeteoDailyParser"/>); a failing day is left out.</summary>
internal static class WeatherRules
{
    /// <summary>Coldest plausible daily temperature in Brazil, °C (the record is about −14 °C).</summary>
    public const decimal MinTemperature = -30m;

    /// <summary>Hottest plausible daily temperature in Brazil, °C (the record is about 45 °C).</summary>
    public const decimal MaxTemperature = 55m;

    public static bool Check(WeatherDailyRow row, long number, DateOnly? previous, FindingCollector findings)
    {
        if (previous is { } last && row.Date <= last)
        {
            findings.Add("dates_increasing_unique", "time", FindingSeverity.Error, number, "dates must be strictly increasing (no repeated or earlier day)");
            return false;
        }

        if (row.TemperatureMin > row.TemperatureMax)
        {
            findings.Add("temperature_min_le_max", "temperature_2m_min", FindingSeverity.Error, number, "the daily minimum must not exceed the maximum");
            return false;
        }

        if (OutOfBand(row.TemperatureMax) || OutOfBand(row.TemperatureMin))
        {
            findings.Add("temperature_band", "temperature_2m_max", FindingSeverity.Error, number, $"temperatures must lie in [{MinTemperature}, {MaxTemperature}] °C");
            return false;
        }

        if (row.Precipitation < 0)
        {
            findings.Add("precipitation_non_negative", "precipitation_sum", FindingSeverity.Error, number, "precipitation must not be negative");
            return false;
        }

        return true;
    }

    private static bool OutOfBand(decimal? value) => value is { } v && (v < MinTemperature || v > MaxTemperature);
}
