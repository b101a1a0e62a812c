using Lakehouse.Core.Catalog;
using Microsoft.Azure.Functions.Worker;

namespace Lakehouse.Functions.Activities;

/// <summary>
/// Records the start of a run in the catalog and decides how many objects it prepares at once: one per core but one,
/// which is left to the loads (one at a time, see <see cref="Orchestrations.IngestOrchestration"/>). Runs at least once;
/// idempotent (upsert).
/// </summary>
public sealed class StartRunActivity(LakeCatalog catalog)
{
    /// <summary>Starts the run.</summary>
    [Function(nameof(StartRunActivity))]
    public async Task<StartRunResult> RunAsync([ActivityTrigger] StartRunInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await catalog.StartRunAsync(input.RunId, input.Kind, input.Objects, cancellationToken);
        return new StartRunResult(Math.Max(1, Environment.ProcessorCount - 1));
    }
}
