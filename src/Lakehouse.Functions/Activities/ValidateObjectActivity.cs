using Lakehouse.Core.Catalog;
using Lakehouse.Core.Validation;
using Microsoft.Azure.Functions.Worker;

namespace Lakehouse.Functions.Activities;

/// <summary>Validate stage: table-level expectations and the verdict. Runs at least once; idempotent.</summary>
public sealed class ValidateObjectActivity(ObjectValidator validator, StageRecorder recorder)
{
    /// <summary>Validates the object and records the stage.</summary>
    [Function(nameof(ValidateObjectActivity))]
    public Task<ValidateObjectResult> RunAsync([ActivityTrigger] ObjectStageInput input, CancellationToken cancellationToken) =>
        recorder.RunAsync(
            input,
            PipelineStage.Validate,
            async () =>
            {
                var outcome = await validator.ValidateAsync(input.ObjectId, input.RunId, cancellationToken);
                return new ValidateObjectResult(outcome.Report.Passed, outcome.ReportKey, outcome.Report.Findings, outcome.Error);
            },
            r => null,
            r => new { r.Passed, Findings = r.Findings.Count },
            cancellationToken);
}
