using Lakehouse.Core.Transform;

namespace Lakehouse.Core.Collection;

/// <summary>
/// Turns a <see cref="CollectionRequest"/> into the <see cref="CollectionTask"/>s to run: the sources it selects, the
/// series it names, and the windows of each series or location (<see cref="WindowPlanner"/>). Pure given its inputs; the
/// orchestration records the plan (an activity computes it, since it reads the configuration).
/// </summary>
public static class CollectionPlanner
{
    /// <summary>Short names a request may use for the kinds of source.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bcb"] = CollectionSourceKinds.BcbSgs, ["weather"] = CollectionSourceKinds.OpenMeteo, ["folder"] = CollectionSourceKinds.Folder,
    };

    /// <summary>The tasks of <paramref name="request"/> over <paramref name="sources"/>, on <paramref name="today"/> (São Paulo).</summary>
    /// <exception cref="CollectionRequestException">An unknown source or series, or a range that ends before it starts.</exception>
    public static IReadOnlyList<CollectionTask> Plan(IReadOnlyList<CollectionSource> sources, CollectionRequest request, DateOnly today, int lookbackDays)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(request);
        var selected = Select(sources, request);
        var to = request.To ?? today;
        var from = request.From ?? to.AddDays(1 - lookbackDays);
        if (from > to)
        {
            throw new CollectionRequestException($"The range {from:yyyy-MM-dd}..{to:yyyy-MM-dd} ends before it starts.");
        }

        var range = new DateWindow(from, to);
        var tasks = new List<CollectionTask>();
        foreach (var source in selected)
        {
            tasks.AddRange(source.Kind switch
            {
                CollectionSourceKinds.BcbSgs => Series(source, request).SelectMany(s => WindowPlanner.ForSeries(s, range).Select(w => ToTask(source, s.Subject, w))),
                CollectionSourceKinds.OpenMeteo => source.Locations.SelectMany(l => WindowPlanner.ForWeather(range).Select(w => ToTask(source, l.Slug, w))),
                _ => [new CollectionTask(source.Name, source.Kind, source.Name)],
            });
        }

        return tasks;
    }

    /// <summary>The São Paulo calendar day of <paramref name="utc"/>.</summary>
    public static DateOnly Today(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), FieldParser.SourceTimeZone));

    private static List<CollectionSource> Select(IReadOnlyList<CollectionSource> sources, CollectionRequest request)
    {
        var selected = request.Source is not { Length: > 0 } name
            ? [.. sources]
            : sources.Where(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase) || string.Equals(s.Kind, name, StringComparison.OrdinalIgnoreCase)
                || (Aliases.TryGetValue(name, out var kind) && s.Kind == kind)).ToList();
        if (selected.Count == 0)
        {
            throw new CollectionRequestException(
                $"Unknown collection source '{request.Source}'; configured: {string.Join(", ", sources.Select(s => $"{s.Name} ({s.Kind})"))}.");
        }

        if (request.Series is { Count: > 0 })
        {
            selected = [.. selected.Where(s => s.Kind == CollectionSourceKinds.BcbSgs)];
            var configured = selected.SelectMany(s => s.Series).Select(s => s.Code).Distinct().ToList();
            var unknown = request.Series.Where(code => !configured.Contains(code)).ToList();
            if (unknown.Count > 0)
            {
                throw new CollectionRequestException(
                    $"Unknown series {string.Join(", ", unknown.Select(c => FormattableString.Invariant($"{c} (sgs-{c})")))}: not a configured Banco Central series; "
                    + $"configured: {(configured.Count == 0 ? "none" : string.Join(", ", configured))}.");
            }
        }

        return selected;
    }

    private static IEnumerable<SgsSeries> Series(CollectionSource source, CollectionRequest request) =>
        request.Series is { Count: > 0 } codes ? source.Series.Where(s => codes.Contains(s.Code)) : source.Series;

    private static CollectionTask ToTask(CollectionSource source, string subject, DateWindow window) =>
        new(source.Name, source.Kind, subject, window.From, window.To);
}
