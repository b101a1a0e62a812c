using Lakehouse.Core.Collection;
using Microsoft.Azure.Functions.Worker;

namespace Lakehouse.Functions.Activities;

/// <summary>
/// Collects one window of one series or location, or makes one pass over a folder (<see cref="CollectionTasks.RunAsync"/>):
/// the answer goes to bronze unchanged, only references come back. A transient source failure (429, 5xx, timeout,
/// after the client's own retries) leaves as <see cref="TransientFailureException"/> for the retry policy; a 4xx or a
/// malformed answer fails at once, naming source, subject and window. Runs at least once; idempotent (unchanged content
/// is not stored again).
/// </summary>
public sealed class CollectTaskActivity(CollectionTasks collection)
{
    /// <summary>Runs the task.</summary>
    [Function(nameof(CollectTaskActivity))]
    public Task<CollectionTaskResult> RunAsync([ActivityTrigger] CollectionTask input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return TransientFailures.RunAsync($"collect {input}", () => collection.RunAsync(input, cancellationToken), cancellationToken);
    }
}
