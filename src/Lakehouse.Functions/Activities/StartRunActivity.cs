using Lakehouse.Core.Catalog;
using Microsoft.Azure.Functions.Worker;

namespace Lakehouse.Functions.Activities;

/// <summary>Records the start of a run in the catalog. Runs at least once; idempotent (upsert).</summary>
public sealed class StartRunActivity(LakeCatalog catalog)
{
    /// <summary>Starts the run.</summary>
    [Function(nameof(StartRunActivity))]
    public async Task<bool> RunAsync([ActivityTrigger] StartRunInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await catalog.StartRunAsync(input.RunId, input.Kind, input.Objects, cancellationToken);
        return true;
    }
}
