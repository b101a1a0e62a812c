using Lakehouse.Core.Catalog;
using Lakehouse.Core.Validation;
using Microsoft.Azure.Functions.Worker;

namespace Lakehouse.Functions.Activities;

/// <summary>
/// Validate stage, first part, for a dataset whose expectations consult the warehouse: every other expectation and the
/// file's metrics, as soon as the object is transformed (<see cref="ObjectValidator.ValidateTableAsync"/>); the verdict
/// comes at its load turn from <see cref="ValidateReferencesAndLoadActivity"/>, on the rows its load stages. Runs at least
/// once; idempotent.
/// </summary>
public sealed class ValidateTableActivity(ObjectValidator validator, StageRecorder recorder)
{
    /// <summary>Evaluates the expectations that do not consult the warehouse and records the stage.</summary>
    [Function(nameof(ValidateTableActivity))]
    public Task<ValidateTableResult> RunAsync([ActivityTrigger] ObjectStageInput input, CancellationToken cancellationToken) =>
        recorder.RunAsync(
            input,
            PipelineStage.Validate,
            async () => new ValidateTableResult(await validator.ValidateTableAsync(input.ObjectId, input.RunId, cancellationToken)),
            r => null,
            r => new { Expectations = r.Results.Count, Failed = r.Results.Count(e => !e.Passed) },
            cancellationToken);
}
