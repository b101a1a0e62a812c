using Lakehouse.Core.Datasets;
using Lakehouse.Functions.Activities;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Lakehouse.Functions.Orchestrations;

/// <summary>
/// A run over several bronze objects, as a pipeline of two lanes:
/// <list type="bullet">
/// <item><b>prepare</b> (register and transform, one <see cref="ProcessObjectOrchestration"/> per object with
/// <see cref="ProcessObjectInput.StopAfterTransform"/>): CPU-bound and independent, several at once
/// (<see cref="StartRunResult.ParallelPrepares"/>), in load-tier order and smallest file first within a tier, so the
/// load lane starts early and the biggest file of a tier does not hold back the others;</item>
/// <item><b>validate and load</b>, <see cref="ParallelLoads"/> objects at a time, in load-tier order (dimensions before
/// the facts that look them up): an object's turn comes once it is prepared and every object of a lower tier has
/// finished; within a tier, the first prepared goes first.</item>
/// </list>
/// Why: on a small host the loads are CPU-bound (PostgreSQL's merges and our validation share the cores), so more
/// concurrent loads would only hold activity slots and memory. With the lanes, the transform of the next objects runs while PostgreSQL merges the
/// previous one, instead of every tier waiting for the slowest transform of the tier before it. Validation waits for
/// its turn because its referential-integrity expectations look at what is loaded. Any order would still be correct
/// (late-arriving members are inferred); the tiers only avoid needless inferred rows and fix-ups. Progress is
/// published as custom status.
/// </summary>
public static class IngestOrchestration
{
    /// <summary>
    /// Objects validating or loading at once. Two: while one merges (PostgreSQL), the next one validates, copies its rows
    /// into its staging table and merges too unless its tables are locked by the first (Core's <c>MergeLocks</c>: an
    /// order waits for its items, reviews do not wait for payments). Measured with scripts/bench-e2e.sh on 2 cores:
    /// three or four at once were no faster (12.1-14.0 s against 12.2-12.7 s) and peaked higher (up to 437 MiB).
    /// </summary>
    public const int ParallelLoads = 2;

    /// <summary>Runs the objects of <see cref="IngestInput"/>.</summary>
    [Function(nameof(IngestOrchestration))]
    public static async Task<IngestResult> RunAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.GetInput<IngestInput>()!;
        var runId = context.InstanceId;
        var settings = await context.CallActivityAsync<StartRunResult>(nameof(StartRunActivity), new StartRunInput(runId, input.Kind, input.Objects.Count), ProcessObjectOrchestration.IoRetry);

        var n = input.Objects.Count;
        var tiers = input.Objects.Select(Tier).ToArray();
        var order = Enumerable.Range(0, n).OrderBy(i => tiers[i]).ThenBy(i => input.Objects[i].Size ?? 0).ThenBy(i => i).ToList();
        var results = new ProcessObjectResult?[n];
        var preparing = new Dictionary<Task<ProcessObjectResult>, int>();
        var loading = new Dictionary<Task<ProcessObjectResult>, int>();
        var ready = new List<int>(); // prepared, waiting for their turn to validate and load
        var started = 0;
        var done = 0;
        var failed = 0;

        void Progress(string stage) => context.SetCustomStatus(new IngestProgress(n, done, failed, stage));
        void Finish(int i, ProcessObjectResult result)
        {
            results[i] = result;
            done++;
            failed += result.Status is "failed" or "rejected" ? 1 : 0;
            Progress(loading.Count == 0 ? "prepare" : "load");
        }

        while (done < n)
        {
            while (started < n && preparing.Count < Math.Max(1, settings.ParallelPrepares))
            {
                var i = order[started++];
                preparing[context.CallSubOrchestratorAsync<ProcessObjectResult>(
                    nameof(ProcessObjectOrchestration),
                    new ProcessObjectInput(runId, input.Objects[i], input.Force, StopAfterTransform: true),
                    new SubOrchestrationOptions { InstanceId = $"{runId}:{i}" })] = i;
            }

            while (loading.Count < ParallelLoads && NextTurn(ready, results, tiers) is { } next)
            {
                ready.Remove(next);
                var key = input.Objects[next].Key;
                loading[ProcessObjectOrchestration.ValidateAndLoadAsync(context, runId, results[next]!, stage => Progress($"{stage} {key}"))] = next;
                results[next] = null;
            }

            var finished = await Task.WhenAny(preparing.Keys.Concat(loading.Keys));
            var outcome = await finished;
            if (loading.Remove(finished, out var loadedIndex))
            {
                Finish(loadedIndex, outcome);
            }
            else if (preparing.Remove(finished, out var preparedIndex))
            {
                if (outcome.Status == "transformed")
                {
                    results[preparedIndex] = outcome;
                    ready.Add(preparedIndex);
                }
                else
                {
                    Finish(preparedIndex, outcome);
                }
            }
        }

        var result = new IngestResult(runId, [.. results.Select(r => r!)]);
        Progress("done");
        await context.CallActivityAsync<bool>(nameof(CompleteRunActivity), new CompleteRunInput(runId, result.Succeeded, result.Failed, result.Skipped), ProcessObjectOrchestration.IoRetry);
        return result;
    }

    /// <summary>
    /// The prepared object whose turn it is: the lowest tier among the ready ones, provided every object of a lower tier
    /// has finished (<paramref name="results"/> holds a final result for it); ties go to the first prepared.
    /// </summary>
    private static int? NextTurn(List<int> ready, ProcessObjectResult?[] results, int[] tiers)
    {
        int? next = null;
        foreach (var i in ready)
        {
            if (next is null || tiers[i] < tiers[next.Value])
            {
                next = i;
            }
        }

        if (next is not { } candidate)
        {
            return null;
        }

        for (var j = 0; j < tiers.Length; j++)
        {
            if (tiers[j] < tiers[candidate] && (results[j] is null || results[j]!.Status == "transformed"))
            {
                return null;
            }
        }

        return candidate;
    }

    private static int Tier(ObjectRef o) =>
        (o.Dataset is null ? OlistDatasets.Recognize(o.Key) : OlistDatasets.Find(o.Dataset))?.LoadTier ?? int.MaxValue;
}
