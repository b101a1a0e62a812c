namespace Lakehouse.Core.Collection;

/// <summary>Turns <see cref="CollectionOptions"/> into the list of sources to collect, defaults applied.</summary>
public static class CollectionSources
{
    /// <summary>
    /// The configured sources; when none are configured: <c>bcb</c> (bcb-sgs: 433, 4390, 11, 432), <c>weather</c>
    /// (open-meteo: the 27 capitals) and, when <see cref="FolderOptions.Path"/> is set, <c>folder</c>. Call on
    /// validated options (<see cref="CollectionOptionsValidator"/>).
    /// </summary>
    public static IReadOnlyList<CollectionSource> Resolve(CollectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Sources.Count > 0)
        {
            return [.. options.Sources.Select(s => ResolveSource(s, options.Folder))];
        }

        var sources = new List<CollectionSource>
        {
            new(CollectionSourceKinds.BcbSgs, "bcb", SgsSeries.Defaults, [], null, TimeSpan.Zero),
            new(CollectionSourceKinds.OpenMeteo, "weather", [], BrazilianCapitals.All, null, TimeSpan.Zero),
        };
        if (!string.IsNullOrWhiteSpace(options.Folder.Path))
        {
            sources.Add(new(CollectionSourceKinds.Folder, "folder", [], [], options.Folder.Path, TimeSpan.FromSeconds(options.Folder.QuietPeriodSeconds)));
        }

        return sources;
    }

    /// <summary>The series of a configured entry: a known code takes the known name, unit and periodicity as defaults.</summary>
    public static SgsSeries ResolveSeries(SgsSeriesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var known = SgsSeries.Defaults.FirstOrDefault(s => s.Code == options.Code);
        var periodicity = options.Periodicity is { Length: > 0 } text
            ? Enum.Parse<SeriesPeriodicity>(text, ignoreCase: true)
            : known?.Periodicity ?? SeriesPeriodicity.Daily;
        return new SgsSeries(
            options.Code,
            options.Name ?? known?.Name ?? FormattableString.Invariant($"SGS {options.Code}"),
            options.Unit ?? known?.Unit ?? "",
            periodicity);
    }

    private static CollectionSource ResolveSource(CollectionSourceOptions source, FolderOptions folder) => source.Kind switch
    {
        CollectionSourceKinds.BcbSgs => new(
            source.Kind, source.Name, source.Series.Count == 0 ? SgsSeries.Defaults : [.. source.Series.Select(ResolveSeries)], [], null, TimeSpan.Zero),
        CollectionSourceKinds.OpenMeteo => new(
            source.Kind,
            source.Name,
            [],
            source.Locations.Count == 0 ? BrazilianCapitals.All : [.. source.Locations.Select(l => new WeatherLocation(l.Name, l.State, l.Latitude, l.Longitude))],
            null,
            TimeSpan.Zero),
        CollectionSourceKinds.Folder => new(
            source.Kind, source.Name, [], [], source.Path ?? folder.Path, TimeSpan.FromSeconds(source.QuietPeriodSeconds ?? folder.QuietPeriodSeconds)),
        _ => throw new ArgumentException($"Unknown collection source kind '{source.Kind}' (source '{source.Name}').", nameof(source)),
    };
}
