namespace Lakehouse.Core.Collection;

/// <summary>
/// A configured source with its defaults applied (<see cref="CollectionSources.Resolve"/>). Only the settings of its
/// <see cref="Kind"/> are filled: <see cref="Series"/> for <c>bcb-sgs</c>, <see cref="Locations"/> for
/// <c>open-meteo</c>, <see cref="FolderPath"/> and <see cref="QuietPeriod"/> for <c>folder</c>.
/// </summary>
/// <param name="Kind">One of <see cref="CollectionSourceKinds"/>.</param>
/// <param name="Name">Unique source name.</param>
/// <param name="Series">SGS series to collect.</param>
/// <param name="Locations">Weather locations to collect.</param>
/// <param name="FolderPath">Watched folder.</param>
/// <param name="QuietPeriod">Files modified more recently than this wait for the next pass.</param>
public sealed record CollectionSource(
    string Kind,
    string Name,
    IReadOnlyList<SgsSeries> Series,
    IReadOnlyList<WeatherLocation> Locations,
    string? FolderPath,
    TimeSpan QuietPeriod);
