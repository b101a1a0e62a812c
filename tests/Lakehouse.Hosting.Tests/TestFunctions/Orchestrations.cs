using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Lakehouse.Hosting.Tests.TestFunctions;

/// <summary>Orchestrators covering activities, JSON, fan-out, retries, sub-orchestrations, timers and events.</summary>
internal static class Orchestrations
{
    [Function(nameof(Hello))]
    public static Task<string> Hello([OrchestrationTrigger] TaskOrchestrationContext context) =>
        context.CallActivityAsync<string>(nameof(Activities.Greet), context.GetInput<string>());

    [Function(nameof(RoundTrip))]
    public static Task<OrderLine> RoundTrip([OrchestrationTrigger] TaskOrchestrationContext context) =>
        context.CallActivityAsync<OrderLine>(nameof(StaticActivities.DoubleLine), context.GetInput<OrderLine>());

    [Function(nameof(CallCycle))]
    public static async Task<string> CallCycle([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        try
        {
            await context.CallActivityAsync<Node>(nameof(StaticActivities.MakeCycle));
            return "serialized";
        }
        catch (TaskFailedException ex)
        {
            return ex.FailureDetails.ErrorType;
        }
    }

    [Function(nameof(FanOut))]
    public static async Task<int> FanOut([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var squares = Enumerable.Range(1, context.GetInput<int>())
            .Select(i => context.CallActivityAsync<int>(nameof(Activities.Square), i));
        return (await Task.WhenAll(squares)).Sum();
    }

    [Function(nameof(Retrying))]
    public static async Task<string> Retrying([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var policy = new RetryPolicy(context.GetInput<int>(), TimeSpan.FromSeconds(5), backoffCoefficient: 2);
        try
        {
            return await context.CallActivityAsync<string>(nameof(StaticActivities.Flaky), null, TaskOptions.FromRetryPolicy(policy));
        }
        catch (TaskFailedException ex)
        {
            return $"failed:{ex.FailureDetails.ErrorType}:{ex.FailureDetails.ErrorMessage}";
        }
    }

    [Function(nameof(Parent))]
    public static Task<string> Parent([OrchestrationTrigger] TaskOrchestrationContext context) =>
        context.CallSubOrchestratorAsync<string>(nameof(Child), "from parent", new TaskOptions().WithInstanceId("child-1"));

    [Function(nameof(Child))]
    public static string Child([OrchestrationTrigger] TaskOrchestrationContext context) =>
        $"{context.Parent?.Name.Name}/{context.Parent?.InstanceId}/{context.GetInput<string>()}";

    [Function(nameof(Sleeper))]
    public static async Task<double> Sleeper([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var start = context.CurrentUtcDateTime;
        await context.CreateTimer(start.AddHours(2), CancellationToken.None);
        await context.CallActivityAsync<string>(nameof(StaticActivities.EchoText), "after timer");
        return (context.CurrentUtcDateTime - start).TotalHours;
    }

    [Function(nameof(Approval))]
    public static async Task<int> Approval([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        context.SetCustomStatus("waiting");
        var amount = await context.WaitForExternalEvent<int>("approve");
        context.SetCustomStatus("done");
        return amount;
    }

    [Function(nameof(Countdown))]
    public static int Countdown([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var remaining = context.GetInput<int>();
        if (remaining > 0)
        {
            context.ContinueAsNew(remaining - 1);
        }

        return remaining;
    }

    [Function(nameof(RetryOnlyTimeouts))]
    public static async Task<string> RetryOnlyTimeouts([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var policy = new RetryPolicy(5, TimeSpan.FromSeconds(1))
        {
            HandleTaskFailureDetails = failure => failure.ErrorType == typeof(TimeoutException).ToString(),
        };
        try
        {
            return await context.CallActivityAsync<string>(nameof(StaticActivities.Flaky), null, TaskOptions.FromRetryPolicy(policy));
        }
        catch (TaskFailedException ex)
        {
            return ex.FailureDetails.ErrorType;
        }
    }

    [Function(nameof(Quick))]
    public static string Quick([OrchestrationTrigger] TaskOrchestrationContext context) => context.InstanceId;
}
