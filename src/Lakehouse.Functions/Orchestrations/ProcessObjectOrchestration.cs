using Lakehouse.Core.Catalog;
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
/// between transform and validate for the run's go (<see cref="IngestOrchestration.LoadTurnEvent"/>).
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

            if (input.Turn is { } turn && context.Parent is { } run)
            {
                context.SendEvent(run.InstanceId, IngestOrchestration.PreparedEvent, turn);
                await context.WaitForExternalEvent<bool>(IngestOrchestration.LoadTurnEvent);
            }

            context.SetCustomStatus(PipelineStage.Validate);
            var validated = await context.CallActivityAsync<ValidateObjectResult>(nameof(ValidateObjectActivity), stage, Retries.Transient);
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
