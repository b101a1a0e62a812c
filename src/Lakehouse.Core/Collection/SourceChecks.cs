namespace Lakehouse.Core.Collection;

/// <summary>The per-kind checks of one configured source, for <see cref="CollectionOptionsValidator"/>.</summary>
internal static class SourceChecks
{
    public static void Check(List<string> failures, string at, CollectionSourceOptions source, FolderOptions folder)
    {
        switch (source.Kind)
        {
            case CollectionSourceKinds.BcbSgs:
                CheckSeries(failures, at, source.Series);
                break;
            case CollectionSourceKinds.OpenMeteo:
                CheckLocations(failures, at, source.Locations);
                break;
            case CollectionSourceKinds.Folder:
                if (string.IsNullOrWhiteSpace(source.Path ?? folder.Path))
                {
                    failures.Add($"{at}Path (or Lakehouse__Collection__Folder__Path) is required for a folder source.");
                }

                if (source.QuietPeriodSeconds < 0)
                {
                    failures.Add($"{at}QuietPeriodSeconds must be 0 or more.");
                }

                break;
            default:
                failures.Add($"{at}Kind must be one of {string.Join(", ", CollectionSourceKinds.All)}.");
                break;
        }
    }

    private static void CheckSeries(List<string> failures, string at, List<SgsSeriesOptions> series)
    {
        var codes = new HashSet<int>();
        for (var i = 0; i < series.Count; i++)
        {
            if (series[i].Code <= 0)
            {
                failures.Add($"{at}Series__{i}__Code must be a positive SGS code.");
            }
            else if (!codes.Add(series[i].Code))
            {
                failures.Add($"{at}Series__{i}__Code {series[i].Code} is listed twice.");
            }

            if (series[i].Periodicity is { Length: > 0 } p && !Enum.TryParse<SeriesPeriodicity>(p, ignoreCase: true, out _))
            {
                failures.Add($"{at}Series__{i}__Periodicity must be 'daily' or 'monthly'.");
            }
        }
    }

    private static void CheckLocations(List<string> failures, string at, List<WeatherLocationOptions> locations)
    {
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < locations.Count; i++)
        {
            var l = locations[i];
            if (string.IsNullOrWhiteSpace(l.Name) || l.State is not { Length: 2 } || !l.State.All(char.IsAsciiLetterUpper))
            {
                failures.Add($"{at}Locations__{i}__ needs a Name and a two-letter upper-case State (UF).");
                continue;
            }

            if (l.Latitude is < -90 or > 90 || l.Longitude is < -180 or > 180)
            {
                failures.Add($"{at}Locations__{i}__ Latitude must be in [-90, 90] and Longitude in [-180, 180].");
            }

            if (!slugs.Add(new WeatherLocation(l.Name, l.State, 0, 0).Slug))
            {
                failures.Add($"{at}Locations__{i}__ repeats another location's name and state.");
            }
        }
    }
}
