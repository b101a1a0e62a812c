using Lakehouse.Core.Catalog;
using Lakehouse.Core.Validation;
using Lakehouse.Core.Warehouse;
using Microsoft.Azure.Functions.Worker;

namespace Lakehouse.Functions.Activities;

/// <summary>
/// Validate stage, second part, and load stage in one, at the object's load turn: the load stages the silver rows, the
/// expectations that consult the warehouse (referential integrity) are counted on those staged rows inside the load's
/// transaction (<see cref="ObjectValidator.ValidateStagedReferencesAsync"/>: the verdict and the report over both parts),
/// and only an object that passed is merged; a rejected one leaves nothing in the warehouse. Both stages are recorded
/// (<see cref="PipelineStage.References"/>, then <see cref="PipelineStage.Load"/> unless rejected). Before, the references
/// were a stage of their own that read the silver file again and sent every distinct key to the server, on the load
/// chain's critical path: 0.2-0.4 s per full-scale fact file (docs/benchmarks.md, run M). Runs at least once; idempotent.
/// </summary>
public sealed class ValidateReferencesAndLoadActivity(ObjectValidator validator, ObjectLoader loader, StageRecorder recorder)
{
    /// <summary>Completes the validation, loads the object if it passed, and records the stages.</summary>
    [Function(nameof(ValidateReferencesAndLoadActivity))]
    public Task<ValidateAndLoadResult> RunAsync([ActivityTrigger] ValidateReferencesInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var stage = new ObjectStageInput(input.RunId, input.ObjectId);
        return recorder.RunAsync(
            stage,
            PipelineStage.Load,
            async () =>
            {
                ValidateObjectResult? validated = null;
                var rows = await loader.LoadCheckedAsync(
                    input.ObjectId,
                    async (staged, token) =>
                    {
                        validated = await recorder.RunAsync(
                            stage,
                            PipelineStage.References,
                            async () =>
                            {
                                var outcome = await validator.ValidateStagedReferencesAsync(input.ObjectId, input.TableResults, staged, token);
                                return new ValidateObjectResult(outcome.Report.Passed, outcome.ReportKey, outcome.Report.Findings, outcome.Error);
                            },
                            r => null,
                            r => new { r.Passed, Findings = r.Findings.Count },
                            token);
                        return validated.Passed;
                    },
                    cancellationToken);
                return new ValidateAndLoadResult(validated!, rows ?? 0);
            },
            r => r.RowsLoaded,
            r => null,
            cancellationToken,
            recorded: r => r.Validated.Passed);
    }
}
