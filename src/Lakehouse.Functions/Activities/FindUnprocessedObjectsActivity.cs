using Microsoft.Azure.Functions.Worker;

namespace Lakehouse.Functions.Activities;

/// <summary>
/// Lists bronze objects under a prefix (and in one day's partition, when given) that the catalog has not loaded: what a
/// daily load must process. Read-only; runs at least once.
/// </summary>
public sealed class FindUnprocessedObjectsActivity(BronzeSweep sweep)
{
    /// <summary>Returns references to the unprocessed objects, in key order.</summary>
    [Function(nameof(FindUnprocessedObjectsActivity))]
    public Task<IReadOnlyList<ObjectRef>> RunAsync([ActivityTrigger] FindUnprocessedObjectsInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return TransientFailures.RunAsync(
            $"listing unprocessed objects under '{input.Prefix}'", () => sweep.FindUnprocessedAsync(input.Prefix, input.IngestDate, cancellationToken), cancellationToken);
    }
}
