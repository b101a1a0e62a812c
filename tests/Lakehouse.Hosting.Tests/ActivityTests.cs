using System.Text.Json;

using Lakehouse.Hosting.Tests.TestFunctions;

using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Lakehouse.Hosting.Tests;

public sealed class ActivityTests
{
    [Fact]
    public async Task CallActivity_ActivityWithInjectedService_ResolvesByNameFromDi()
    {
        await using var host = HostBuilder.Create();

        var result = await host.RunAsync(nameof(Orchestrations.Hello), "Ada");

        Assert.Contains(nameof(Activities.Greet), host.Activities);
        Assert.Contains(nameof(Orchestrations.Hello), host.Orchestrators);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Equal("\"Hello, Ada from Greet\"", result.SerializedOutput);
    }

    [Fact]
    public async Task CallActivity_RecordInput_RoundTripsWithEquality()
    {
        await using var host = HostBuilder.Create();
        var line = new OrderLine("SKU-1", 3, new DateOnly(2026, 1, 31));

        var result = await host.RunAsync(nameof(Orchestrations.RoundTrip), line);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Equal(line with { Quantity = 6 }, JsonSerializer.Deserialize<OrderLine>(result.SerializedOutput!));
    }

    [Fact]
    public async Task CallActivity_NonSerializableResult_FailsWithJsonException()
    {
        await using var host = HostBuilder.Create();

        var result = await host.RunAsync(nameof(Orchestrations.CallCycle));

        Assert.Equal("\"System.Text.Json.JsonException\"", result.SerializedOutput);
    }

    [Fact]
    public async Task ScheduleNew_NonSerializableInput_Throws()
    {
        await using var host = HostBuilder.Create();
        var cycle = new Node();
        cycle.Next = cycle;

        var schedule = () => host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Orchestrations.Hello), cycle);

        await Assert.ThrowsAsync<JsonException>(schedule);
    }

    [Fact]
    public async Task FanOut_FiftyActivities_ObservesConcurrencyLimit()
    {
        var probe = new ConcurrencyProbe();
        await using var host = HostBuilder.Create(
            services => services.AddSingleton(probe), options => options.MaxConcurrentActivities = 4);

        var result = await host.RunAsync(nameof(Orchestrations.FanOut), 50);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Equal(Enumerable.Range(1, 50).Sum(i => i * i).ToString(System.Globalization.CultureInfo.InvariantCulture), result.SerializedOutput);
        Assert.Equal(50, probe.Calls);
        Assert.InRange(probe.Max, 2, 4);
    }

    [Fact]
    public async Task RunAsync_CompletedInstance_RecordsHistoryInOrder()
    {
        await using var host = HostBuilder.Create();

        var result = await host.RunAsync(nameof(Orchestrations.Hello), "Ada", instanceId: "history-1");

        var history = host.GetHistory(result.InstanceId)!;
        Assert.Equal(HistoryEventKind.ExecutionStarted, history[0].Kind);
        Assert.Equal(HistoryEventKind.TaskScheduled, history[1].Kind);
        Assert.Equal("\"Ada\"", history[1].Payload);
        Assert.Equal(HistoryEventKind.TaskCompleted, history[2].Kind);
        Assert.Equal(HistoryEventKind.ExecutionCompleted, history[^1].Kind);
        Assert.Null(host.GetHistory("unknown"));
    }
}
