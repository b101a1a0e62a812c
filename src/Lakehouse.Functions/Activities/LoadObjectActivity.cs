using Lakehouse.Core.Catalog;
using Lakehouse.Core.Warehouse;
using Microsoft.Azure.Functions.Worker;

namespace Lakehouse.Functions.Activities;

/// <summary>
/// Load stage: silver Parquet into the star schema in one transaction. Runs at least once; idempotent. Transient
/// PostgreSQL failures surface as <see cref="TransientWarehouseException"/> for the retry policy.
/// </summary>
public sealed class LoadObjectActivity(ObjectLoader loader, StageRecorder recorder)
{
    /// <summary>Loads the object and records the stage.</summary>
    [Function(nameof(LoadObjectActivity))]
    public Task<LoadObjectResult> RunAsync([ActivityTrigger] ObjectStageInput input, CancellationToken cancellationToken) =>
        recorder.RunAsync(
            input,
            PipelineStage.Load,
            async () => new LoadObjectResult(await loader.LoadAsync(input.ObjectId, cancellationToken)),
            r => r.RowsLoaded,
            r => null,
            cancellationToken);
}
