using Lakehouse.Core.Catalog;
using Lakehouse.Core.Datasets;
using Lakehouse.Core.Documents;
using Lakehouse.Functions.Activities;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Lakehouse.Functions.Orchestrations;

/// <summary>
/// A run over several bronze objects: fans out one <see cref="ProcessObjectOrchestration"/> per object (register →
/// transform → validate → load, all of it in the child) and fans in their results. The run only gates: objects start in
/// load-tier order, smallest first, at most <see cref="StartRunResult.MaxParallelTransforms"/> transforming; a transformed
/// child raises <see cref="PreparedEvent"/> and waits until the run sends it <see cref="LoadTurnEvent"/>, which happens
/// when every object of a lower tier has finished and fewer than <see cref="StartRunResult.MaxParallelLoads"/> are
/// loading (<see cref="LoadTurns"/>).
/// Why the gate: dimensions load before the facts that look them up, and validation's referential-integrity
/// expectations look at what is loaded. Any order would still be correct (late-arriving members are inferred); the tiers
/// avoid needless inferred rows and fix-ups. Why not tier by tier: the transforms of the next objects (CPU in this
/// process) run while PostgreSQL merges the previous ones. Once the objects whose loads queue order totals (items,
/// payments, orders: <see cref="DatasetMerge.QueuesFinish"/>) have all finished, the run finishes the loads once
/// (<see cref="FinishLoadsActivity"/>: the order totals, refreshed once per run instead of once per file), beside the
/// loads still running — they take their turns ahead of the others of their tier for that — or after the last load.
/// Progress is published as custom status.
/// </summary>
public static class IngestOrchestration
{
    /// <summary>Raised by a child to its run once transformed; the payload is its index in the run.</summary>
    public const string PreparedEvent = "prepared";

    /// <summary>Raised by the run to a child: validate and load now.</summary>
    public const string LoadTurnEvent = "load-turn";

    /// <summary>Runs the objects of <see cref="IngestInput"/>.</summary>
    [Function(nameof(IngestOrchestration))]
    public static async Task<IngestResult> RunAsync([OrchestrationTrigger] TaskOrchestrationContext context, IngestInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var runId = context.InstanceId;
        var objects = input.Objects;
        var settings = await context.CallActivityAsync<StartRunResult>(
            nameof(StartRunActivity), new StartRunInput(runId, input.Kind, objects.Count), Retries.Transient);

        var turns = new LoadTurns([.. objects.Select(Tier)], [.. objects.Select(o => o.Size ?? 0)], settings.MaxParallelTransforms, settings.MaxParallelLoads,
            [.. objects.Select(QueuesFinish)]);
        var results = new ProcessObjectResult[objects.Count];
        var children = new Dictionary<Task<ProcessObjectResult>, int>();
        Task<int>? prepared = null;
        Task<long>? finish = null;
        while (!turns.AllDone)
        {
            foreach (var i in turns.StartNow())
            {
                children[context.CallSubOrchestratorAsync<ProcessObjectResult>(
                    nameof(ProcessObjectOrchestration),
                    new ProcessObjectInput(runId, objects[i], input.Force, Turn: i),
                    new SubOrchestrationOptions { InstanceId = ChildId(runId, i) })] = i;
            }

            foreach (var i in turns.ReleaseNow())
            {
                context.SendEvent(ChildId(runId, i), LoadTurnEvent, true);
            }

            context.SetCustomStatus(new IngestProgress(objects.Count, turns.Done, results.Count(r => r is { Status: ObjectStatus.Failed or ObjectStatus.Rejected }),
                turns.Transforming, turns.Waiting, turns.Loading));
            prepared ??= context.WaitForExternalEvent<int>(PreparedEvent);
            var next = await Task.WhenAny([.. children.Keys, prepared]);
            if (next == prepared)
            {
                turns.Prepared(await prepared);
                prepared = null;
            }
            else
            {
                var child = (Task<ProcessObjectResult>)next;
                children.Remove(child, out var index);
                results[index] = await OutcomeAsync(child, objects[index]);
                turns.Finished(index);
                if (finish is null && turns.FeedersDone && results.Any(r => r is { Status: ObjectStatus.Loaded }))
                {
                    // Every load that queues order totals is done: finish now, beside the loads still running
                    // (reviews, geolocation), instead of after them. Awaited below; no later load queues more.
                    finish = context.CallActivityAsync<long>(nameof(FinishLoadsActivity), runId, Retries.Transient);
                }
            }
        }

        var result = new IngestResult(runId, results);
        context.SetCustomStatus(new IngestProgress(objects.Count, objects.Count, result.Failed, 0, 0, 0));
        if (finish is not null)
        {
            await finish;
        }
        else if (results.Any(r => r is { Status: ObjectStatus.Loaded }))
        {
            // Once per run, after the last load: the order totals of every order whose facts this run changed.
            await context.CallActivityAsync<long>(nameof(FinishLoadsActivity), runId, Retries.Transient);
        }

        await context.CallActivityAsync<bool>(
            nameof(CompleteRunActivity), new CompleteRunInput(runId, result.Succeeded, result.Failed, result.Skipped), Retries.Transient);
        return result with { ReportKey = await PublishReportAsync(context, runId) };
    }

    /// <summary>The run's quality report (<see cref="PublishReportActivity"/>); a report that cannot be written is no reason to fail a run.</summary>
    private static async Task<string?> PublishReportAsync(TaskOrchestrationContext context, string runId)
    {
        try
        {
            return await context.CallActivityAsync<string>(nameof(PublishReportActivity), runId, Retries.Transient);
        }
        catch (TaskFailedException)
        {
            return null;
        }
    }

    /// <summary>The instance id of a run's child: <c>{run}:{index}</c>.</summary>
    public static string ChildId(string runId, int index) => $"{runId}:{index}";

    /// <summary>A child's result; a child that itself failed (not one of its stages) is a failed object, not a failed run.</summary>
    private static async Task<ProcessObjectResult> OutcomeAsync(Task<ProcessObjectResult> child, ObjectRef target)
    {
        try
        {
            return await child;
        }
        catch (TaskFailedException e)
        {
            return new ProcessObjectResult(target.Bucket, target.Key, null, target.Dataset, ObjectStatus.Failed, 0, 0, 0, [], e.FailureDetails.ErrorMessage);
        }
    }

    /// <summary>The built-in dataset of an object: the one named, or recognised from its key; null for any other.</summary>
    private static DatasetUnit? Unit(ObjectRef o) =>
        o.Dataset is null ? BuiltInDatasets.Registry.Recognize(o.Key) : BuiltInDatasets.Registry.Find(o.Dataset);

    private static bool QueuesFinish(ObjectRef o) => Unit(o)?.Merge.QueuesFinish ?? false;

    private static int Tier(ObjectRef o) =>
        Unit(o)?.Definition.LoadTier ?? (DocumentDataset.Matches(o.Key, o.Dataset) ? DocumentDataset.LoadTier : int.MaxValue);
}
