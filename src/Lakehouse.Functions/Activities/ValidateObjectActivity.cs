using Lakehouse.Core.Catalog;
using Lakehouse.Core.Documents;
using Lakehouse.Core.Validation;
using Microsoft.Azure.Functions.Worker;

namespace Lakehouse.Functions.Activities;

/// <summary>
/// Validate stage: table-level expectations and the verdict; for a document, its page expectations (text, confidence).
/// Runs at least once; idempotent.
/// </summary>
public sealed class ValidateObjectActivity(ObjectValidator validator, DocumentValidator documents, LakeCatalog catalog, StageRecorder recorder)
{
    /// <summary>Validates the object and records the stage.</summary>
    [Function(nameof(ValidateObjectActivity))]
    public Task<ValidateObjectResult> RunAsync([ActivityTrigger] ObjectStageInput input, CancellationToken cancellationToken) =>
        recorder.RunAsync(
            input,
            PipelineStage.Validate,
            async () =>
            {
                var item = await catalog.GetAsync(input.ObjectId, cancellationToken);
                var outcome = DocumentDataset.Is(item.Dataset)
                    ? await documents.ValidateAsync(item, cancellationToken)
                    : await validator.ValidateAsync(input.ObjectId, input.RunId, cancellationToken);
                return new ValidateObjectResult(outcome.Report.Passed, outcome.ReportKey, outcome.Report.Findings, outcome.Error);
            },
            r => null,
            r => new { r.Passed, Findings = r.Findings.Count },
            cancellationToken);
}
