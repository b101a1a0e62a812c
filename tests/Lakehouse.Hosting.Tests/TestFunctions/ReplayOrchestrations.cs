using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Lakehouse.Hosting.Tests.TestFunctions;

/// <summary>Orchestrators that are (and are not) deterministic.</summary>
internal static class ReplayOrchestrations
{
    [Function(nameof(UsesUtcNow))]
    public static Task<string> UsesUtcNow([OrchestrationTrigger] TaskOrchestrationContext context) =>
        context.CallActivityAsync<string>(nameof(StaticActivities.EchoText), DateTime.UtcNow.ToString("O"));

    [Function(nameof(UsesNewGuid))]
    public static async Task<string> UsesNewGuid([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        await context.CallActivityAsync<string>(nameof(StaticActivities.EchoText), "first");
        var pick = Guid.NewGuid().ToString("N")[..8];
        return await context.CallActivityAsync<string>(nameof(StaticActivities.EchoText), pick);
    }

    [Function(nameof(Deterministic))]
    public static async Task<string> Deterministic([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var logger = context.CreateReplaySafeLogger(nameof(Deterministic));
        var id = context.NewGuid();
        await context.CreateTimer(TimeSpan.FromMinutes(5), CancellationToken.None);
        var stamp = context.CurrentUtcDateTime.ToString("O");
        var echoed = await context.CallActivityAsync<string>(nameof(StaticActivities.EchoText), $"{id}|{stamp}");
        _ = logger.IsEnabled(Microsoft.Extensions.Logging.LogLevel.Information);
        return $"{echoed}|{context.NewGuid()}";
    }
}
