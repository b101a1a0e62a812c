using Lakehouse.Core.Catalog;
using Lakehouse.Core.Validation;
using Lakehouse.Functions.Activities;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Lakehouse.Functions.Orchestrations;

/// <summary>
/// One bronze object through the stages: register → transform → validate → load. Control flow only; each stage is an
/// activity. A duplicate, an unknown dataset or an already loaded object is skipped; a failed critical expectation
/// stops before the load; a stage failure ends the object as failed with the stage's message (file, row, rule).
/// </summary>
public static class ProcessObjectOrchestration
{
    /// <summary>I/O stages retry (S3 and PostgreSQL hiccups); they are idempotent, so a retry is always safe.</summary>
    internal static readonly TaskOptions IoRetry = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 3, firstRetryInterval: TimeSpan.FromSeconds(2), backoffCoefficient: 2.0));

    /// <summary>Runs the stages for one object.</summary>
    [Function(nameof(ProcessObjectOrchestration))]
    public static async Task<ProcessObjectResult> RunAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.GetInput<ProcessObjectInput>()!;
        var target = input.Object;
        var result = new ProcessObjectResult(target.Bucket, target.Key, null, target.Dataset, "failed", 0, 0, 0, [], null);
        try
        {
            context.SetCustomStatus("register");
            var registered = await context.CallActivityAsync<RegisterObjectResult>(
                nameof(RegisterObjectActivity), new RegisterObjectInput(input.RunId, target.Bucket, target.Key, target.Dataset), IoRetry);
            result = result with { ObjectId = registered.ObjectId, Dataset = registered.Dataset };
            // A forced rerun re-processes a loaded object (re-transform, re-validate, re-load: all idempotent); duplicates of
            // other content and unknown datasets stay skipped, since there is nothing of their own to load.
            if (registered.Status is ObjectStatus.Duplicate or ObjectStatus.UnknownDataset || (registered.Status is ObjectStatus.Loaded && !input.Force))
            {
                return result with { Status = registered.Status == ObjectStatus.Duplicate ? "duplicate" : "skipped", Error = SkipReason(registered) };
            }

            var stage = new ObjectStageInput(input.RunId, registered.ObjectId);
            context.SetCustomStatus("transform");
            var transformed = await context.CallActivityAsync<TransformObjectResult>(nameof(TransformObjectActivity), stage);
            result = result with { RowsRead = transformed.RowsRead, RowsQuarantined = transformed.RowsQuarantined, Findings = transformed.Findings };

            if (input.StopAfterTransform)
            {
                return result with { Status = "transformed" };
            }

            return await ValidateAndLoadAsync(context, input.RunId, result, context.SetCustomStatus);
        }
        catch (TaskFailedException e)
        {
            return result with { Status = "failed", Error = e.FailureDetails.ErrorMessage };
        }
    }

    /// <summary>
    /// Validates a transformed object and loads it unless a critical expectation failed (status <c>rejected</c>); a
    /// stage failure ends it as failed with the stage's message. <paramref name="status"/> hears the stage names.
    /// </summary>
    internal static async Task<ProcessObjectResult> ValidateAndLoadAsync(TaskOrchestrationContext context, string runId, ProcessObjectResult transformed, Action<string> status)
    {
        var stage = new ObjectStageInput(runId, transformed.ObjectId!.Value);
        var result = transformed;
        try
        {
            status("validate");
            var validated = await context.CallActivityAsync<ValidateObjectResult>(nameof(ValidateObjectActivity), stage, IoRetry);
            result = result with { Findings = validated.Findings };
            if (!validated.Passed)
            {
                return result with { Status = "rejected", Error = validated.Error };
            }

            status("load");
            var loaded = await context.CallActivityAsync<LoadObjectResult>(nameof(LoadObjectActivity), stage, IoRetry);
            return result with { Status = "loaded", RowsLoaded = loaded.RowsLoaded };
        }
        catch (TaskFailedException e)
        {
            return result with { Status = "failed", Error = e.FailureDetails.ErrorMessage };
        }
    }

    private static string SkipReason(RegisterObjectResult registered) => registered.Status switch
    {
        ObjectStatus.Duplicate => $"same content as object {registered.DuplicateOf}, already loaded",
        ObjectStatus.UnknownDataset => "no dataset recognised for this file name",
        _ => "already loaded",
    };
}
