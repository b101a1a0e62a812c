namespace Lakehouse.Functions.Orchestrations;

/// <summary>
/// The bookkeeping of <see cref="IngestOrchestration"/>, kept apart from the orchestration so it can be tested without an
/// engine. Deterministic: the same calls give the same answers on every replay. Each object of a run goes
/// pending → transforming → prepared (transformed, waiting for its turn) → loading → done; an object may end early
/// (skipped, duplicate, failed) from any state. Objects start in load-tier order — within a tier those whose loads feed
/// the run's finish first, largest first, then the others smallest first — but the largest object first of all when
/// <c>maxTransforms</c> is above 1, at most <c>maxTransforms</c> transforming; a prepared object gets its turn to load
/// (and to validate, when its expectations consult the warehouse; others validate while prepared) when no object of a
/// lower tier is unfinished and fewer than <c>maxLoads</c> are loading, lowest tier first, then objects whose loads queue
/// work for the run's finish (<c>feedsFinish</c>: order items, payments), then first prepared — so that the finish (the
/// order totals) can run beside the last loads (<see cref="FeedersDone"/>).
/// </summary>
public sealed class LoadTurns
{
    private readonly int[] _tiers;
    private readonly Queue<int> _pending;
    private readonly List<int> _prepared = [];
    private readonly HashSet<int> _transforming = [];
    private readonly HashSet<int> _loading = [];
    private readonly bool[] _done;
    private readonly bool[] _feedsFinish;
    private readonly int _maxTransforms;
    private readonly int _maxLoads;

    /// <summary>
    /// Plans a run over objects with these load tiers and sizes (bytes, 0 when unknown); <paramref name="feedsFinish"/> marks
    /// the objects whose loads queue work for the run's finish (none when null).
    /// </summary>
    public LoadTurns(IReadOnlyList<int> tiers, IReadOnlyList<long> sizes, int maxTransforms, int maxLoads, IReadOnlyList<bool>? feedsFinish = null)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentOutOfRangeException.ThrowIfNotEqual(sizes.Count, tiers.Count, nameof(sizes));
        ArgumentOutOfRangeException.ThrowIfNotEqual(feedsFinish?.Count ?? tiers.Count, tiers.Count, nameof(feedsFinish));
        _tiers = [.. tiers];
        _feedsFinish = feedsFinish is null ? new bool[tiers.Count] : [.. feedsFinish];
        _done = new bool[tiers.Count];
        _maxTransforms = Math.Max(1, maxTransforms);
        _maxLoads = Math.Max(1, maxLoads);
        // Within a tier the objects whose loads feed the finish start first, the largest of them first; then the others,
        // smallest first. The finish (the order totals) waits for the items and the payments loads, the last links of
        // the run's chain, so they must be transformed by the time the orders are loaded, the longest of them (the order
        // items: 15 MB against the payments' 5.6) first. Smallest first alone started the items last of their tier: once
        // the orders were loaded the free lane went to geolocation, the items loaded after it and the finish ran alone at
        // the end (docs/benchmarks.md, run N). (Largest first across a whole tier was tried in run L and is slower: the
        // customers first, and the small dimensions' loads then wait for its lock on dim_geography, holding back the
        // next tier.)
        var order = Enumerable.Range(0, tiers.Count).OrderBy(i => tiers[i]).ThenBy(i => _feedsFinish[i] ? 0 : 1)
            .ThenBy(i => _feedsFinish[i] ? -sizes[i] : sizes[i]).ThenBy(i => i).ToList();
        if (_maxTransforms > 1 && order.Count > 1)
        {
            // The largest object starts first when more than one transform can run: its transform is the longest, and in
            // tier order it started last (the geolocation file: 977k rows, the last tier, its 3-4 s transform ended the run's
            // critical path in scripts/bench-e2e.sh). Its load still waits for its tier.
            var largest = order.MaxBy(i => sizes[i]);
            order.Remove(largest);
            order.Insert(0, largest);
        }

        _pending = new Queue<int>(order);
    }

    /// <summary>Objects finished so far.</summary>
    public int Done => _done.Count(d => d);

    /// <summary>True when every object has finished.</summary>
    public bool AllDone => Done == _done.Length;

    /// <summary>
    /// True when the run has objects that feed its finish, all of them have finished, and others have not: the finish
    /// can run now, beside the loads still going, and no later load of the run queues more for it.
    /// </summary>
    public bool FeedersDone =>
        _feedsFinish.Any(f => f) && !AllDone && _feedsFinish.Select((f, i) => !f || _done[i]).All(d => d);

    /// <summary>Objects transforming now.</summary>
    public int Transforming => _transforming.Count;

    /// <summary>Objects transformed and waiting for their turn.</summary>
    public int Waiting => _prepared.Count;

    /// <summary>Objects validating or loading now.</summary>
    public int Loading => _loading.Count;

    /// <summary>The objects to start now (they become transforming).</summary>
    public IReadOnlyList<int> StartNow()
    {
        var start = new List<int>();
        while (_transforming.Count < _maxTransforms && _pending.TryDequeue(out var next))
        {
            _transforming.Add(next);
            start.Add(next);
        }

        return start;
    }

    /// <summary>The prepared objects whose turn to validate and load is now (they become loading).</summary>
    public IReadOnlyList<int> ReleaseNow()
    {
        var release = new List<int>();
        while (_loading.Count < _maxLoads && NextTurn() is { } next)
        {
            _prepared.Remove(next);
            _loading.Add(next);
            release.Add(next);
        }

        return release;
    }

    /// <summary>Object <paramref name="index"/> is transformed and waits for its turn.</summary>
    public void Prepared(int index)
    {
        if (_transforming.Remove(index))
        {
            _prepared.Add(index);
        }
    }

    /// <summary>Object <paramref name="index"/> has finished, whatever its outcome.</summary>
    public void Finished(int index)
    {
        _transforming.Remove(index);
        _prepared.Remove(index);
        _loading.Remove(index);
        _done[index] = true;
    }

    private int? NextTurn()
    {
        int? next = null;
        foreach (var i in _prepared)
        {
            if (next is null || _tiers[i] < _tiers[next.Value] || (_tiers[i] == _tiers[next.Value] && _feedsFinish[i] && !_feedsFinish[next.Value]))
            {
                next = i;
            }
        }

        if (next is not { } candidate)
        {
            return null;
        }

        for (var j = 0; j < _tiers.Length; j++)
        {
            if (_tiers[j] < _tiers[candidate] && !_done[j])
            {
                return null;
            }
        }

        return candidate;
    }
}
