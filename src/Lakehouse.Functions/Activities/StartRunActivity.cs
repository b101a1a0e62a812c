using Lakehouse.Core.Catalog;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace Lakehouse.Functions.Activities;

/// <summary>
/// Records the start of a run in the catalog and returns the run's concurrency (<see cref="PipelineOptions"/>): read here,
/// in an activity, so the figures are in the run's history and every replay sees the same. Runs at least once;
/// idempotent (upsert).
/// </summary>
public sealed class StartRunActivity(LakeCatalog catalog, IOptions<PipelineOptions> pipeline)
{
    /// <summary>Starts the run.</summary>
    [Function(nameof(StartRunActivity))]
    public async Task<StartRunResult> RunAsync([ActivityTrigger] StartRunInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await TransientFailures.RunAsync(
            $"starting run {input.RunId}",
            async () =>
            {
                await catalog.StartRunAsync(input.RunId, input.Kind, input.Objects, cancellationToken);
                return true;
            },
            cancellationToken);
        return new StartRunResult(pipeline.Value.MaxParallelTransforms, pipeline.Value.MaxParallelLoads);
    }
}
