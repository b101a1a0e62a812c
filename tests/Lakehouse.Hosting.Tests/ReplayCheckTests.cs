using Lakehouse.Hosting.Tests.TestFunctions;

using Microsoft.DurableTask.Client;

namespace Lakehouse.Hosting.Tests;

public sealed class ReplayCheckTests
{
    [Fact]
    public async Task ReplayCheck_UtcNowPassedToActivity_FailsNamingTheAction()
    {
        await using var host = HostBuilder.Create();

        var result = await host.RunAsync(nameof(ReplayOrchestrations.UsesUtcNow), instanceId: "now-1");

        Assert.Equal(OrchestrationRuntimeStatus.Failed, result.RuntimeStatus);
        Assert.Equal(typeof(NonDeterministicOrchestrationException).ToString(), result.FailureDetails!.ErrorType);
        Assert.StartsWith(
            "Orchestration 'UsesUtcNow' (now-1) is non-deterministic: action #1 was CallActivity 'EchoText' with input",
            result.FailureDetails.ErrorMessage,
            StringComparison.Ordinal);
        Assert.Contains("Use context.CurrentUtcDateTime", result.FailureDetails.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplayCheck_GuidNewGuidChoosesInput_FailsAtSecondAction()
    {
        await using var host = HostBuilder.Create();

        var result = await host.RunAsync(nameof(ReplayOrchestrations.UsesNewGuid));

        Assert.Equal(OrchestrationRuntimeStatus.Failed, result.RuntimeStatus);
        Assert.Equal(typeof(NonDeterministicOrchestrationException).ToString(), result.FailureDetails!.ErrorType);
        Assert.Contains("action #2 was CallActivity 'EchoText'", result.FailureDetails.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplayCheck_ContextTimeAndNewGuid_Passes()
    {
        await using var host = HostBuilder.Create();

        var result = await host.RunAsync(nameof(ReplayOrchestrations.Deterministic));

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Null(result.FailureDetails);
    }

    [Fact]
    public async Task ReplayCheck_Disabled_NonDeterministicOrchestrationCompletes()
    {
        await using var host = HostBuilder.Create(options: o => o.ReplayCheck = false);

        var result = await host.RunAsync(nameof(ReplayOrchestrations.UsesUtcNow));

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
    }
}
