using Lakehouse.Hosting.Tests.TestFunctions;

using Microsoft.DurableTask.Client;

namespace Lakehouse.Hosting.Tests;

public sealed class OrchestrationFeatureTests
{
    [Fact]
    public async Task CallSubOrchestrator_WithInstanceId_SeesParentAndReturnsOutput()
    {
        await using var host = HostBuilder.Create();

        var result = await host.RunAsync(nameof(Orchestrations.Parent), instanceId: "parent-1");

        Assert.Equal("\"Parent/parent-1/from parent\"", result.SerializedOutput);
        var child = await host.Client.GetInstanceAsync("child-1");
        Assert.Equal(OrchestrationRuntimeStatus.Completed, child!.RuntimeStatus);
    }

    [Fact]
    public async Task CreateTimer_TimeScaleZero_AdvancesCurrentUtcDateTimeWithoutWaiting()
    {
        await using var host = HostBuilder.Create();
        var started = DateTime.UtcNow;

        var result = await host.RunAsync(nameof(Orchestrations.Sleeper));

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.InRange(double.Parse(result.SerializedOutput!, System.Globalization.CultureInfo.InvariantCulture), 2.0, 2.1);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task WaitForExternalEvent_EventRaised_CompletesAndCustomStatusIsVisible()
    {
        await using var host = HostBuilder.Create();
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Orchestrations.Approval));

        var waiting = await WaitForCustomStatusAsync(host, id, "\"waiting\"");
        await host.Client.RaiseEventAsync(id, "approve", 42);
        var done = await host.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true);

        Assert.Equal(OrchestrationRuntimeStatus.Running, waiting.RuntimeStatus);
        Assert.Equal("42", done.SerializedOutput);
        Assert.Equal("\"done\"", done.SerializedCustomStatus);
    }

    [Fact]
    public async Task ContinueAsNew_CountdownFromThree_CompletesWithLastInputAndFourExecutions()
    {
        await using var host = HostBuilder.Create();

        var result = await host.RunAsync(nameof(Orchestrations.Countdown), 3);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Equal("0", result.SerializedOutput);
        Assert.Equal(4, host.GetHistory(result.InstanceId)!.Count(e => e.Kind == HistoryEventKind.ExecutionStarted));
    }

    internal static async Task<OrchestrationMetadata> WaitForCustomStatusAsync(
        InProcessOrchestrationHost host, string instanceId, string status)
    {
        var deadline = DateTime.UtcNow + HostBuilder.Timeout;
        while (DateTime.UtcNow < deadline)
        {
            var metadata = await host.Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true);
            if (metadata?.SerializedCustomStatus == status)
            {
                return metadata;
            }

            await Task.Delay(5);
        }

        throw new TimeoutException($"Custom status {status} not seen.");
    }
}
