using Lakehouse.Core.Catalog;
using Lakehouse.Core.Validation;
using Microsoft.Azure.Functions.Worker;

namespace Lakehouse.Functions.Activities;

/// <summary>
/// Validate stage, second part, at the object's load turn: the expectations that consult the warehouse (referential
/// integrity) on the columns they watch, then the verdict and the report over both parts
/// (<see cref="ObjectValidator.ValidateReferencesAsync"/>). Runs at least once; idempotent.
/// </summary>
public sealed class ValidateReferencesActivity(ObjectValidator validator, StageRecorder recorder)
{
    /// <summary>Completes the validation and records the stage.</summary>
    [Function(nameof(ValidateReferencesActivity))]
    public Task<ValidateObjectResult> RunAsync([ActivityTrigger] ValidateReferencesInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return recorder.RunAsync(
            new ObjectStageInput(input.RunId, input.ObjectId),
            PipelineStage.References,
            async () =>
            {
                var outcome = await validator.ValidateReferencesAsync(input.ObjectId, input.TableResults, cancellationToken);
                return new ValidateObjectResult(outcome.Report.Passed, outcome.ReportKey, outcome.Report.Findings, outcome.Error);
            },
            r => null,
            r => new { r.Passed, Findings = r.Findings.Count },
            cancellationToken);
    }
}
