namespace Lakehouse.Testing;

/// <summary>
/// The real API answers recorded in <c>../shared/data/bcb</c> and <c>../shared/data/weather</c> (kept outside the
/// repository; may be absent). Tests read them in place and never copy them.
/// </summary>
public static class RecordedAnswers
{
    /// <summary>Recorded SGS series: code → file name in <c>../shared/data/bcb</c>.</summary>
    public static IReadOnlyDictionary<int, string> BcbFiles { get; } = new Dictionary<int, string>
    {
        [433] = "sgs_433_ipca_monthly.json",
        [4390] = "sgs_4390_selic_accumulated_month.json",
        [11] = "sgs_11_selic_daily.json",
        [432] = "sgs_432_selic_target_daily.json",
    };

    /// <summary>Path of the recorded answer of SGS <paramref name="code"/>, or <see langword="null"/> when absent.</summary>
    public static string? Bcb(int code) =>
        BcbFiles.TryGetValue(code, out var name) ? Existing(Path.Combine(RepoPaths.SharedData, "bcb", name)) : null;

    /// <summary>The recorded Open-Meteo archive answer for Brasília, daily <c>temperature_2m_max</c>, 2022-12-29..2023-01-08.</summary>
    public static string? WeatherArchive =>
        Existing(Path.Combine(RepoPaths.SharedData, "weather", "open-meteo", "tpisel_openmeteo__archive-api.open-meteo.com_v1_archive-466132.json"));

    /// <summary>A recorded real HTTP 400 answer of Open-Meteo (an R <c>httr</c> object holding headers and body).</summary>
    public static string? WeatherError =>
        Existing(Path.Combine(RepoPaths.SharedData, "weather", "open-meteo", "tpisel_openmeteo__api.open-meteo.com_v1_forecast-7d2d21.R"));

    /// <summary>Whether every recorded SGS answer is present.</summary>
    public static bool HasBcb => BcbFiles.Keys.All(code => Bcb(code) is not null);

    /// <summary>Whether the recorded weather answers are present.</summary>
    public static bool HasWeather => WeatherArchive is not null && WeatherError is not null;

    private static string? Existing(string path) => File.Exists(path) ? path : null;
}
