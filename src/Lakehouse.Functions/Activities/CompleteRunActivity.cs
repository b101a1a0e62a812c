using Lakehouse.Core.Catalog;
using Microsoft.Azure.Functions.Worker;

namespace Lakehouse.Functions.Activities;

/// <summary>Records the end of a run with its counts. Runs at least once; idempotent.</summary>
public sealed class CompleteRunActivity(LakeCatalog catalog)
{
    /// <summary>Completes the run.</summary>
    [Function(nameof(CompleteRunActivity))]
    public Task<bool> RunAsync([ActivityTrigger] CompleteRunInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return TransientFailures.RunAsync(
            $"completing run {input.RunId}",
            async () =>
            {
                await catalog.CompleteRunAsync(input.RunId, input.Succeeded, input.Failed, input.Skipped, cancellationToken);
                return true;
            },
            cancellationToken);
    }
}
