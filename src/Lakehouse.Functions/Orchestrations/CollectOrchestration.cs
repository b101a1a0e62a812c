using Lakehouse.Core.Collection;
using Lakehouse.Functions.Activities;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Lakehouse.Functions.Orchestrations;

/// <summary>
/// A collection: plans (<see cref="PlanCollectionActivity"/>: sources, series, locations and windows, recorded in the
/// history), fans out one <see cref="CollectTaskActivity"/> per window of a series or location and per folder source, at
/// most <see cref="PlanCollectionResult.MaxParallel"/> at once, fans in, then processes what it stored that the catalog
/// has not loaded yet as one <see cref="IngestOrchestration"/> (<c>{id}:ingest</c>). Transient source failures (429, 5xx,
/// timeouts) are retried by the clients and then by <see cref="Retries.Transient"/>; any other failure (a 4xx, a
/// malformed answer) fails that branch only, named in <see cref="CollectResult.Failures"/>, and the others complete.
/// Collecting the same window again stores nothing new and so processes nothing. Progress is published as custom status.
/// </summary>
public static class CollectOrchestration
{
    /// <summary>Collects <see cref="CollectInput"/> and processes what it stored.</summary>
    [Function(nameof(CollectOrchestration))]
    public static async Task<CollectResult> RunAsync([OrchestrationTrigger] TaskOrchestrationContext context, CollectInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var plan = await context.CallActivityAsync<PlanCollectionResult>(
            nameof(PlanCollectionActivity), new PlanCollectionInput(input.Source, input.Series, input.From, input.To, context.CurrentUtcDateTime), Retries.Transient);
        if (plan.Error is { } error)
        {
            return new CollectResult(context.InstanceId, 0, 0, 0, 0, 0, 0, [], null, error);
        }

        var (results, failures) = await CollectAllAsync(context, plan);
        var objects = results.SelectMany(r => r.Objects).ToList();
        var pending = objects.Where(o => o.NeedsProcessing).DistinctBy(o => (o.Bucket, o.Key, o.ETag))
            .Select(o => new ObjectRef(o.Bucket, o.Key, o.ETag, null, o.Size)).ToList();
        var stored = objects.Count(o => o.IsNew);
        IngestResult? ingest = null;
        if (pending.Count > 0)
        {
            var ingestId = IngestId(context.InstanceId);
            context.SetCustomStatus(new CollectProgress(plan.Tasks.Count, plan.Tasks.Count, failures.Count, stored, "processing", ingestId));
            ingest = await context.CallSubOrchestratorAsync<IngestResult>(
                nameof(IngestOrchestration), new IngestInput(pending, input.Kind), new SubOrchestrationOptions { InstanceId = ingestId });
        }

        context.SetCustomStatus(new CollectProgress(plan.Tasks.Count, plan.Tasks.Count, failures.Count, stored, "done", ingest?.RunId));
        return new CollectResult(context.InstanceId, plan.Tasks.Count, stored, objects.Count(o => !o.IsNew), results.Sum(r => (long)r.Rows),
            results.Sum(r => r.Waiting), results.Sum(r => r.FailedFiles), failures, ingest);
    }

    /// <summary>The instance id of a collection's ingest run: <c>{id}:ingest</c> (as a daily load's).</summary>
    public static string IngestId(string collectId) => $"{collectId}:ingest";

    private static async Task<(List<CollectionTaskResult> Results, List<CollectFailure> Failures)> CollectAllAsync(TaskOrchestrationContext context, PlanCollectionResult plan)
    {
        var tasks = plan.Tasks;
        var results = new List<CollectionTaskResult>();
        var failures = new List<CollectFailure>();
        var running = new Dictionary<Task<CollectionTaskResult>, int>();
        var next = 0;
        while (next < tasks.Count || running.Count > 0)
        {
            for (; next < tasks.Count && running.Count < plan.MaxParallel; next++)
            {
                running[context.CallActivityAsync<CollectionTaskResult>(nameof(CollectTaskActivity), tasks[next], Retries.Transient)] = next;
            }

            context.SetCustomStatus(new CollectProgress(tasks.Count, results.Count + failures.Count, failures.Count, results.Sum(r => r.Objects.Count(o => o.IsNew)), "collecting"));
            var done = await Task.WhenAny(running.Keys);
            running.Remove(done, out var index);
            try
            {
                results.Add(await done);
            }
            catch (TaskFailedException e)
            {
                var task = tasks[index];
                failures.Add(new CollectFailure(task.Source, task.Kind, task.Subject, task.Window?.ToString(), e.FailureDetails.ErrorMessage));
            }
        }

        return (results, failures);
    }
}
