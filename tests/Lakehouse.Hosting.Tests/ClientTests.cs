using Lakehouse.Hosting.Tests.TestFunctions;

using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Lakehouse.Hosting.Tests;

public sealed class ClientTests
{
    [Fact]
    public async Task ScheduleNew_SameIdWhileRunning_ThrowsAndAfterCompletionRestarts()
    {
        await using var host = HostBuilder.Create();
        var options = new StartOrchestrationOptions("dup-1");
        await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Orchestrations.Approval), options);

        var whileRunning = () => host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Orchestrations.Approval), options);
        var running = await Assert.ThrowsAsync<InvalidOperationException>(whileRunning);
        await host.Client.RaiseEventAsync("dup-1", "approve", 1);
        var first = await host.Client.WaitForInstanceCompletionAsync("dup-1", getInputsAndOutputs: true);
        await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Orchestrations.Approval), options);
        var restarted = await host.Client.GetInstanceAsync("dup-1");
        await host.Client.RaiseEventAsync("dup-1", "approve", 2);
        var second = await host.Client.WaitForInstanceCompletionAsync("dup-1", getInputsAndOutputs: true);

        Assert.Contains("dup-1", running.Message, StringComparison.Ordinal);
        Assert.Equal("1", first.SerializedOutput);
        Assert.False(restarted!.IsCompleted);
        Assert.Equal("2", second.SerializedOutput);
    }

    [Fact]
    public async Task GetAllInstances_PrefixAndPageSize_FiltersAndPages()
    {
        await using var host = HostBuilder.Create();
        foreach (var id in new[] { "q-1", "q-2", "q-3", "q-4", "q-5", "other-1" })
        {
            await host.RunAsync(nameof(Orchestrations.Quick), instanceId: id);
        }

        var pages = new List<Page<OrchestrationMetadata>>();
        await foreach (var page in host.Client.GetAllInstancesAsync(new OrchestrationQuery(InstanceIdPrefix: "q-", PageSize: 2)).AsPages())
        {
            pages.Add(page);
        }

        var completed = await CountAsync(host.Client.GetAllInstancesAsync(
            new OrchestrationQuery(Statuses: [OrchestrationRuntimeStatus.Completed])));
        var running = await CountAsync(host.Client.GetAllInstancesAsync(
            new OrchestrationQuery(Statuses: [OrchestrationRuntimeStatus.Running])));
        var resumed = await CountAsync(host.Client.GetAllInstancesAsync(
            new OrchestrationQuery(InstanceIdPrefix: "q-", PageSize: 2, ContinuationToken: pages[0].ContinuationToken)));
        Assert.Equal([2, 2, 1], pages.Select(p => p.Values.Count));
        Assert.Null(pages[^1].ContinuationToken);
        Assert.Equal(6, completed);
        Assert.Equal(0, running);
        Assert.Equal(3, resumed);
    }

    [Fact]
    public async Task TerminateInstance_RunningInstance_EndsTerminatedWithOutput()
    {
        await using var host = HostBuilder.Create();
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Orchestrations.Approval));
        await OrchestrationFeatureTests.WaitForCustomStatusAsync(host, id, "\"waiting\"");

        await host.Client.TerminateInstanceAsync(id, (object)"stopped");
        var result = await host.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true);

        Assert.Equal(OrchestrationRuntimeStatus.Terminated, result.RuntimeStatus);
        Assert.Equal("\"stopped\"", result.SerializedOutput);
    }

    private static async Task<int> CountAsync(AsyncPageable<OrchestrationMetadata> pageable)
    {
        var count = 0;
        await foreach (var unused in pageable)
        {
            count++;
        }

        return count;
    }
}
