using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Lakehouse.Hosting.Tests.TestFunctions;

/// <summary>
/// A broken orchestrator the analyzers cannot see: it decides its first call from process state, so the replay after its
/// first await schedules a different activity than the history recorded. The engine must fail it, not carry on.
/// </summary>
internal static class ReorderingOrchestration
{
    private static int s_executions;

    [Function(nameof(Reordering))]
    public static async Task<string> Reordering([OrchestrationTrigger] TaskOrchestrationContext context, string text)
    {
        var first = Interlocked.Increment(ref s_executions) == 1 ? nameof(Activities.Record) : nameof(StaticActivities.Echo);
        await context.CallActivityAsync<string>(first, $"{text} first");
        return await context.CallActivityAsync<string>(nameof(StaticActivities.Echo), $"{text} second");
    }
}
