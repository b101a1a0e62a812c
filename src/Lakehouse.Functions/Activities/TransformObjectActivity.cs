using Lakehouse.Core.Catalog;
using Lakehouse.Core.Documents;
using Lakehouse.Core.Transform;
using Microsoft.Azure.Functions.Worker;

namespace Lakehouse.Functions.Activities;

/// <summary>
/// Transform stage: parse, validate rows, mask, write silver Parquet; for a document (<see cref="DocumentDataset"/>),
/// read its pages (text layer or OCR), mask them and write the silver pages file. Runs at least once; idempotent.
/// </summary>
public sealed class TransformObjectActivity(ObjectTransformer transformer, DocumentTransformer documents, LakeCatalog catalog, StageRecorder recorder)
{
    /// <summary>Transforms the object and records the stage.</summary>
    [Function(nameof(TransformObjectActivity))]
    public Task<TransformObjectResult> RunAsync([ActivityTrigger] ObjectStageInput input, CancellationToken cancellationToken) =>
        recorder.RunAsync(
            input,
            PipelineStage.Transform,
            async () =>
            {
                var item = await catalog.GetAsync(input.ObjectId, cancellationToken);
                var r = DocumentDataset.Is(item.Dataset)
                    ? await documents.TransformAsync(item, cancellationToken)
                    : await transformer.TransformAsync(input.ObjectId, cancellationToken);
                return new TransformObjectResult(r.SilverKey, r.QuarantineKey, r.RowsRead, r.RowsWritten, r.RowsQuarantined, r.Findings);
            },
            r => r.RowsWritten,
            r => new { r.SilverKey, r.QuarantineKey, r.RowsRead, r.RowsQuarantined },
            cancellationToken);
}
