namespace Lakehouse.Core.Collection;

/// <summary>A configured weather location.</summary>
public sealed class WeatherLocationOptions
{
    /// <summary>Place name, e.g. <c>Campinas</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>State code (UF), e.g. <c>SP</c>.</summary>
    public string State { get; set; } = "";

    /// <summary>Latitude in decimal degrees (−90..90).</summary>
    public double Latitude { get; set; }

    /// <summary>Longitude in decimal degrees (−180..180).</summary>
    public double Longitude { get; set; }
}
