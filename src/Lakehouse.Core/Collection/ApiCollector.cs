namespace Lakehouse.Core.Collection;

/// <summary>
/// Fetch and store, per window: plans the windows of a range (<see cref="WindowPlanner"/>), fetches each with the
/// source's client and stores the answer unchanged in bronze (<see cref="CollectionWriter"/>). An activity may call the
/// per-window methods (the orchestrator fanning out over <see cref="WindowPlanner"/>'s windows) or the range methods.
/// </summary>
public sealed class ApiCollector(BcbSgsClient bcb, OpenMeteoClient weather, CollectionWriter writer)
{
    /// <summary>Collects <paramref name="range"/> of <paramref name="series"/>, window by window, in order.</summary>
    /// <exception cref="CollectionException">A window failed; windows before it are stored.</exception>
    public async Task<IReadOnlyList<CollectedObject>> CollectSeriesAsync(SgsSeries series, DateWindow range, CancellationToken cancellationToken)
    {
        var collected = new List<CollectedObject>();
        foreach (var window in WindowPlanner.ForSeries(series, range))
        {
            collected.Add(await CollectSeriesWindowAsync(series, window, cancellationToken));
        }

        return collected;
    }

    /// <summary>Collects one window of <paramref name="series"/> (at most 10 years for a daily series).</summary>
    public async Task<CollectedObject> CollectSeriesWindowAsync(SgsSeries series, DateWindow window, CancellationToken cancellationToken) =>
        ToResult(await StoreAsync(await bcb.FetchAsync(series, window, cancellationToken), cancellationToken));

    /// <summary>Collects <paramref name="range"/> at <paramref name="location"/>, one calendar year per request.</summary>
    public async Task<IReadOnlyList<CollectedObject>> CollectWeatherAsync(WeatherLocation location, DateWindow range, CancellationToken cancellationToken)
    {
        var collected = new List<CollectedObject>();
        foreach (var window in WindowPlanner.ForWeather(range))
        {
            collected.Add(await CollectWeatherWindowAsync(location, window, cancellationToken));
        }

        return collected;
    }

    /// <summary>Collects one window at <paramref name="location"/>.</summary>
    public async Task<CollectedObject> CollectWeatherWindowAsync(WeatherLocation location, DateWindow window, CancellationToken cancellationToken) =>
        ToResult(await StoreAsync(await weather.FetchAsync(location, window, cancellationToken), cancellationToken));

    private async Task<(CollectedResponse Response, StoredObject Stored)> StoreAsync(CollectedResponse response, CancellationToken cancellationToken) =>
        (response, await writer.StoreAsync(response, cancellationToken));

    private static CollectedObject ToResult((CollectedResponse Response, StoredObject Stored) r) =>
        new(r.Response.Source, r.Response.Subject, r.Response.Window, r.Stored.Bucket, r.Stored.Key, r.Stored.ETag, r.Stored.Size, r.Response.Rows, r.Response.Attempts, r.Stored.IsNew);
}
