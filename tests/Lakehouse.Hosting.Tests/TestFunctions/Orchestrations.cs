using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Lakehouse.Hosting.Tests.TestFunctions;

/// <summary>Orchestrators written as the app writes them: static [Function] methods with a typed input parameter.</summary>
internal static class Orchestrations
{
    [Function(nameof(RoundTrip))]
    public static Task<OrderLine> RoundTrip([OrchestrationTrigger] TaskOrchestrationContext context, OrderLine line) =>
        context.CallActivityAsync<OrderLine>(nameof(StaticActivities.DoubleLine), line);

    [Function(nameof(FanOut))]
    public static async Task<int> FanOut([OrchestrationTrigger] TaskOrchestrationContext context, int count)
    {
        var squares = Enumerable.Range(1, count).Select(i => context.CallActivityAsync<int>(nameof(Activities.Square), i));
        return (await Task.WhenAll(squares)).Sum();
    }

    [Function(nameof(Parent))]
    public static Task<string> Parent([OrchestrationTrigger] TaskOrchestrationContext context, string text) =>
        context.CallSubOrchestratorAsync<string>(nameof(Child), text, new SubOrchestrationOptions { InstanceId = $"{context.InstanceId}:child" });

    [Function(nameof(Child))]
    public static async Task<string> Child([OrchestrationTrigger] TaskOrchestrationContext context, string text)
    {
        context.SetCustomStatus("echoing");
        var echoed = await context.CallActivityAsync<string>(nameof(StaticActivities.Echo), text);
        return $"{context.Parent?.Name.Name}/{context.Parent?.InstanceId}/{echoed}";
    }

    [Function(nameof(NoInput))]
    public static Task<string> NoInput([OrchestrationTrigger] TaskOrchestrationContext context) =>
        context.CallActivityAsync<string>(nameof(StaticActivities.Echo), "no input");

    [Function(nameof(Failing))]
    public static async Task<string> Failing([OrchestrationTrigger] TaskOrchestrationContext context, string message)
    {
        try
        {
            await context.CallActivityAsync(nameof(StaticActivities.Fail), message);
            return "no failure";
        }
        catch (TaskFailedException e)
        {
            return $"{e.FailureDetails.ErrorType}: {e.FailureDetails.ErrorMessage}";
        }
    }
}
