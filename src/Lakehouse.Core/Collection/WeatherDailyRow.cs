namespace Lakehouse.Core.Collection;

/// <summary>One day of weather at one location (local calendar day, America/Sao_Paulo); a missing value is <see langword="null"/>.</summary>
/// <param name="Location">Location slug, e.g. <c>brasilia-df</c>.</param>
/// <param name="Date">Local day.</param>
/// <param name="TemperatureMax">Daily maximum air temperature at 2 m, °C.</param>
/// <param name="TemperatureMin">Daily minimum air temperature at 2 m, °C.</param>
/// <param name="Precipitation">Daily precipitation sum, mm.</param>
public sealed record WeatherDailyRow(string Location, DateOnly Date, decimal? TemperatureMax, decimal? TemperatureMin, decimal? Precipitation);
