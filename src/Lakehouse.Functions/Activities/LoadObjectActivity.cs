using Lakehouse.Core.Catalog;
using Lakehouse.Core.Documents;
using Lakehouse.Core.Warehouse;
using Microsoft.Azure.Functions.Worker;

namespace Lakehouse.Functions.Activities;

/// <summary>
/// Load stage: silver Parquet into the star schema in one transaction (a document: its row in <c>dw.dim_document</c>
/// and its pages). Runs at least once; idempotent. Transient PostgreSQL failures surface as
/// <see cref="TransientWarehouseException"/> for the retry policy.
/// </summary>
public sealed class LoadObjectActivity(ObjectLoader loader, DocumentLoader documents, LakeCatalog catalog, StageRecorder recorder)
{
    /// <summary>Loads the object and records the stage.</summary>
    [Function(nameof(LoadObjectActivity))]
    public Task<LoadObjectResult> RunAsync([ActivityTrigger] ObjectStageInput input, CancellationToken cancellationToken) =>
        recorder.RunAsync(
            input,
            PipelineStage.Load,
            async () =>
            {
                var item = await catalog.GetAsync(input.ObjectId, cancellationToken);
                return new LoadObjectResult(DocumentDataset.Is(item.Dataset)
                    ? await documents.LoadAsync(item, cancellationToken)
                    : await loader.LoadAsync(input.ObjectId, cancellationToken));
            },
            r => r.RowsLoaded,
            r => null,
            cancellationToken);
}
