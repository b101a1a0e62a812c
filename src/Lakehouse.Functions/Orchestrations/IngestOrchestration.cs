using Lakehouse.Core.Datasets;
using Lakehouse.Functions.Activities;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Lakehouse.Functions.Orchestrations;

/// <summary>
/// A run over several bronze objects: records the run, fans out one <see cref="ProcessObjectOrchestration"/> per
/// object and fans in their results. Objects are grouped by their dataset's load tier (dimensions before the facts
/// that look them up); objects within a tier run in parallel. Any order would be correct — late-arriving members
/// are inferred — the tiers only avoid needless inferred rows. Progress is published as custom status.
/// </summary>
public static class IngestOrchestration
{
    /// <summary>Runs the objects of <see cref="IngestInput"/>.</summary>
    [Function(nameof(IngestOrchestration))]
    public static async Task<IngestResult> RunAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.GetInput<IngestInput>()!;
        var runId = context.InstanceId;
        await context.CallActivityAsync<bool>(nameof(StartRunActivity), new StartRunInput(runId, input.Kind, input.Objects.Count), ProcessObjectOrchestration.IoRetry);

        var results = new ProcessObjectResult?[input.Objects.Count];
        var tiers = input.Objects
            .Select((o, i) => (o, i, tier: Tier(o)))
            .GroupBy(x => x.tier)
            .OrderBy(g => g.Key);
        var done = 0;
        var failed = 0;
        foreach (var tier in tiers)
        {
            context.SetCustomStatus(new IngestProgress(input.Objects.Count, done, failed, $"tier {tier.Key}"));
            var calls = tier.Select(x => (x.i, task: context.CallSubOrchestratorAsync<ProcessObjectResult>(
                nameof(ProcessObjectOrchestration),
                new ProcessObjectInput(runId, x.o, input.Force),
                new SubOrchestrationOptions { InstanceId = $"{runId}:{x.i}" }))).ToList();
            await Task.WhenAll(calls.Select(c => c.task));
            foreach (var (i, task) in calls)
            {
                results[i] = task.Result;
                done++;
                failed += task.Result.Status is "failed" or "rejected" ? 1 : 0;
            }
        }

        var result = new IngestResult(runId, [.. results.Select(r => r!)]);
        context.SetCustomStatus(new IngestProgress(input.Objects.Count, done, failed, "done"));
        await context.CallActivityAsync<bool>(nameof(CompleteRunActivity), new CompleteRunInput(runId, result.Succeeded, result.Failed, result.Skipped), ProcessObjectOrchestration.IoRetry);
        return result;
    }

    private static int Tier(ObjectRef o) =>
        (o.Dataset is null ? OlistDatasets.Recognize(o.Key) : OlistDatasets.Find(o.Dataset))?.LoadTier ?? int.MaxValue;
}
