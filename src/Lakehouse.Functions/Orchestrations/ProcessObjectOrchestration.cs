using Lakehouse.Core.Catalog;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Transform;
using Lakehouse.Functions.Activities;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Lakehouse.Functions.Orchestrations;

/// <summary>
/// One bronze object through every stage: register → transform → validate → load, each an activity retried only on
/// transient failures (<see cref="Retries"/>). A duplicate, an unknown dataset or an already loaded object is skipped; a
/// failed critical expectation stops before the load (<see cref="ObjectStatus.Rejected"/>); a stage failure ends the
/// object as <see cref="ObjectStatus.Failed"/> with the stage's message (file, row, rule). Started by a run, it waits
/// after its transform for the run's go (<see cref="IngestOrchestration.LoadTurnEvent"/>) to load; it is validated while it
/// waits, but for the expectations that consult the warehouse (referential integrity), evaluated at the turn, once what
/// they refer to is loaded, on the rows its load stages (<see cref="ValidateReferencesAndLoadActivity"/>).
/// </summary>
public static class ProcessObjectOrchestration
{
    /// <summary>Runs the stages for one object.</summary>
    [Function(nameof(ProcessObjectOrchestration))]
    public static async Task<ProcessObjectResult> RunAsync([OrchestrationTrigger] TaskOrchestrationContext context, ProcessObjectInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var target = input.Object;
        var result = new ProcessObjectResult(target.Bucket, target.Key, null, target.Dataset, ObjectStatus.Failed, 0, 0, 0, [], null);
        try
        {
            context.SetCustomStatus(PipelineStage.Register);
            var registered = await context.CallActivityAsync<RegisterObjectResult>(
                nameof(RegisterObjectActivity), new RegisterObjectInput(input.RunId, target.Bucket, target.Key, target.Dataset), Retries.Transient);
            result = result with { ObjectId = registered.ObjectId, Dataset = registered.Dataset };
            if (Skipped(registered, input.Force) is { } skipped)
            {
                return result with { Status = skipped, Error = SkipReason(registered) };
            }

            var stage = new ObjectStageInput(input.RunId, registered.ObjectId);
            context.SetCustomStatus(PipelineStage.Transform);
            var transformed = await context.CallActivityAsync<TransformObjectResult>(nameof(TransformObjectActivity), stage, Retries.Transient);
            result = result with { RowsRead = transformed.RowsRead, RowsQuarantined = transformed.RowsQuarantined, Findings = transformed.Findings };

            ValidateObjectResult? validated = null;
            ValidateTableResult? table = null;
            if (input.Turn is { } turn && context.Parent is { } run)
            {
                // Validated while the lower tiers load (a turn sent meanwhile waits in the queue): wholly when nothing of
                // it depends on what is loaded — a rejected file then ends here without taking a turn —, else all but the
                // expectations that consult the warehouse, which wait for the turn.
                context.SendEvent(run.InstanceId, IngestOrchestration.PreparedEvent, turn);
                // (A dataset the built-in registry does not know, documents: validated at its turn, as a whole.)
                var references = ReferencesAtTurn(registered.Dataset);
                if (references is true)
                {
                    context.SetCustomStatus(PipelineStage.Validate);
                    table = await context.CallActivityAsync<ValidateTableResult>(nameof(ValidateTableActivity), stage, Retries.Transient);
                }
                else if (references is false)
                {
                    validated = await ValidateAsync(context, stage);
                    if (!validated.Passed)
                    {
                        return result with { Findings = validated.Findings, Status = ObjectStatus.Rejected, Error = validated.Error };
                    }
                }

                await context.WaitForExternalEvent<bool>(IngestOrchestration.LoadTurnEvent);
            }

            if (table is not null)
            {
                // The references are counted on the rows the load stages, in its transaction: one activity, which merges
                // only an object that passed. (A table result exists only for a run's object: its run finishes the loads.)
                context.SetCustomStatus(PipelineStage.Load);
                var checkedLoad = await context.CallActivityAsync<ValidateAndLoadResult>(
                    nameof(ValidateReferencesAndLoadActivity), new ValidateReferencesInput(input.RunId, registered.ObjectId, table.Results), Retries.Transient);
                result = result with { Findings = checkedLoad.Validated.Findings };
                return checkedLoad.Validated.Passed
                    ? result with { Status = ObjectStatus.Loaded, RowsLoaded = checkedLoad.RowsLoaded }
                    : result with { Status = ObjectStatus.Rejected, Error = checkedLoad.Validated.Error };
            }

            validated ??= await ValidateAsync(context, stage);
            result = result with { Findings = validated.Findings };
            if (!validated.Passed)
            {
                return result with { Status = ObjectStatus.Rejected, Error = validated.Error };
            }

            context.SetCustomStatus(PipelineStage.Load);
            var loaded = await context.CallActivityAsync<LoadObjectResult>(nameof(LoadObjectActivity), stage, Retries.Transient);
            if (input.Turn is null)
            {
                // On its own (a bronze notification, a re-run of one object) the object is its own run: finish its load.
                await context.CallActivityAsync<long>(nameof(FinishLoadsActivity), input.RunId, Retries.Transient);
            }

            return result with { Status = ObjectStatus.Loaded, RowsLoaded = loaded.RowsLoaded };
        }
        catch (TaskFailedException e)
        {
            // A file that is unusable as a whole is rejected (the file's fault); anything else failed (the run's fault).
            var rejected = e.FailureDetails.IsCausedBy<DatasetFormatException>();
            return result with { Status = rejected ? ObjectStatus.Rejected : ObjectStatus.Failed, Error = e.FailureDetails.ErrorMessage };
        }
    }

    private static Task<ValidateObjectResult> ValidateAsync(TaskOrchestrationContext context, ObjectStageInput stage)
    {
        context.SetCustomStatus(PipelineStage.Validate);
        return context.CallActivityAsync<ValidateObjectResult>(nameof(ValidateObjectActivity), stage, Retries.Transient);
    }

    /// <summary>
    /// Whether a file of <paramref name="dataset"/> has expectations that consult the loaded warehouse
    /// (<see cref="DatasetUnit.ValidatesAgainstWarehouse"/>), evaluated at its load turn; null for a dataset the built-in
    /// registry does not know.
    /// </summary>
    private static bool? ReferencesAtTurn(string? dataset) =>
        dataset is null ? null : BuiltInDatasets.Registry.Find(dataset)?.ValidatesAgainstWarehouse;

    /// <summary>
    /// The outcome of an object with nothing to do, or null to process it. A forced rerun re-processes a loaded object
    /// (every stage is idempotent); duplicates of other content and unknown datasets stay skipped: nothing of theirs to load.
    /// </summary>
    private static ObjectStatus? Skipped(RegisterObjectResult registered, bool force) => registered.Status switch
    {
        ObjectStatus.Duplicate or ObjectStatus.UnknownDataset => registered.Status,
        ObjectStatus.Loaded when !force => ObjectStatus.Skipped,
        _ => null,
    };

    private static string SkipReason(RegisterObjectResult registered) => registered.Status switch
    {
        ObjectStatus.Duplicate => $"same content as object {registered.DuplicateOf}, already loaded",
        ObjectStatus.UnknownDataset => "no dataset recognised for this file name",
        _ => "already loaded",
    };
}
