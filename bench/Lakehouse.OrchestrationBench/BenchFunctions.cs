using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Lakehouse.OrchestrationBench;

/// <summary>Orchestrations shaped like the pipeline's, around an activity that does nothing.</summary>
public static class BenchFunctions
{
    [Function(nameof(Noop))]
    public static int Noop([ActivityTrigger] int value) => value;

    /// <summary>N activity calls one after the other: the latency of one call, replays included.</summary>
    [Function(nameof(Sequential))]
    public static async Task<int> Sequential([OrchestrationTrigger] TaskOrchestrationContext context, int calls)
    {
        var sum = 0;
        for (var i = 0; i < calls; i++)
        {
            sum += await context.CallActivityAsync<int>(nameof(Noop), i);
        }

        return sum;
    }

    /// <summary>N sub-orchestrations of four calls each (a ProcessObject's stages), all at once.</summary>
    [Function(nameof(FanOut))]
    public static async Task<int> FanOut([OrchestrationTrigger] TaskOrchestrationContext context, int children)
    {
        var runs = Enumerable.Range(0, children).Select(i => context.CallSubOrchestratorAsync<int>(
            nameof(Sequential), 4, new SubOrchestrationOptions { InstanceId = $"{context.InstanceId}:{i}" }));
        return (await Task.WhenAll(runs)).Sum();
    }
}
