namespace Lakehouse.Core.Collection;

/// <summary>One configured source: a <see cref="Kind"/>, a <see cref="Name"/> and the settings of that kind.</summary>
public sealed class CollectionSourceOptions
{
    /// <summary><c>bcb-sgs</c>, <c>open-meteo</c> or <c>folder</c> (<see cref="CollectionSourceKinds"/>).</summary>
    public string Kind { get; set; } = "";

    /// <summary>Unique name of the source: lowercase letters, digits and <c>-</c> (e.g. <c>bcb</c>, <c>weather</c>, <c>office</c>).</summary>
    public string Name { get; set; } = "";

    /// <summary><c>bcb-sgs</c>: the series; empty = 433, 4390, 11 and 432.</summary>
    public List<SgsSeriesOptions> Series { get; set; } = [];

    /// <summary><c>open-meteo</c>: the locations; empty = the 27 state capitals.</summary>
    public List<WeatherLocationOptions> Locations { get; set; } = [];

    /// <summary><c>folder</c>: folder to watch; unset = <see cref="FolderOptions.Path"/>.</summary>
    public string? Path { get; set; }

    /// <summary><c>folder</c>: quiet period in seconds; unset = <see cref="FolderOptions.QuietPeriodSeconds"/>.</summary>
    public int? QuietPeriodSeconds { get; set; }
}
