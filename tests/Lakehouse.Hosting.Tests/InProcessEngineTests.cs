using Lakehouse.Hosting.Tests.TestFunctions;
using Microsoft.DurableTask.Client;

namespace Lakehouse.Hosting.Tests;

public sealed class InProcessEngineTests
{
    [Fact]
    public async Task RunAsync_TypedInputAndRecordOutput_RoundTripThroughJson()
    {
        await using var fixture = await EngineFixture.StartAsync();

        var result = await fixture.RunAsync(nameof(Orchestrations.RoundTrip), new OrderLine("sku-1", 3, new DateOnly(2026, 11, 30)));

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Equal(new OrderLine("sku-1", 6, new DateOnly(2026, 11, 30)), result.ReadOutputAs<OrderLine>());
    }

    [Fact]
    public async Task RunAsync_FanOut_ActivitiesRunInParallelWithinTheConfiguredLimit()
    {
        await using var fixture = await EngineFixture.StartAsync(new InProcessEngineOptions { MaxConcurrentActivities = 3 });

        var result = await fixture.RunAsync(nameof(Orchestrations.FanOut), 12);

        Assert.Equal(Enumerable.Range(1, 12).Sum(i => i * i), result.ReadOutputAs<int>());
        Assert.InRange(fixture.Log.MaxRunning, 2, 3);
    }

    [Fact]
    public async Task StartAsync_RaisesTheThreadPoolFloorAboveItsActivitySlots()
    {
        // Activities that compute hold pool threads between their awaits: with the runtime's floor (the processor count)
        // the continuations of everything else waited for the pool to grow, half a second per thread.
        await using var fixture = await EngineFixture.StartAsync(new InProcessEngineOptions { MaxConcurrentActivities = 7 });

        ThreadPool.GetMinThreads(out var workers, out _);
        Assert.True(workers >= 7 + Environment.ProcessorCount + 1, $"min worker threads {workers}");
    }

    [Fact]
    public async Task RunAsync_ActivityWithDependencies_GetsAScopePerCall()
    {
        await using var fixture = await EngineFixture.StartAsync();

        await fixture.RunAsync(nameof(Orchestrations.FanOut), 5);

        Assert.Equal(5, fixture.Log.Scopes);
    }

    [Fact]
    public async Task RunAsync_SubOrchestration_SeesItsParentAndPublishesStatus()
    {
        await using var fixture = await EngineFixture.StartAsync();

        var result = await fixture.RunAsync(nameof(Orchestrations.Parent), "hello", instanceId: "parent-1");
        var child = await fixture.Client.GetInstanceAsync("parent-1:child", getInputsAndOutputs: true);

        Assert.Equal("Parent/parent-1/hello", result.ReadOutputAs<string>());
        Assert.Equal("echoing", child!.ReadCustomStatusAs<string>());
    }

    [Fact]
    public async Task RunAsync_OrchestratorWithoutInputParameter_Runs()
    {
        await using var fixture = await EngineFixture.StartAsync();

        var result = await fixture.RunAsync(nameof(Orchestrations.NoInput));

        Assert.Equal("no input", result.ReadOutputAs<string>());
    }

    [Fact]
    public async Task RunAsync_ActivityThrows_OrchestratorSeesTheExceptionTypeAndMessage()
    {
        await using var fixture = await EngineFixture.StartAsync();

        var result = await fixture.RunAsync(nameof(Orchestrations.Failing), "file x.csv row 3: rule y");

        Assert.Equal("System.IO.InvalidDataException: file x.csv row 3: rule y", result.ReadOutputAs<string>());
    }

    [Fact]
    public async Task RunAsync_ReplaySchedulesADifferentActivity_FailsTheInstanceAsNonDeterministic()
    {
        await using var fixture = await EngineFixture.StartAsync();

        var result = await fixture.RunAsync(nameof(ReorderingOrchestration.Reordering), "run");

        Assert.Equal(OrchestrationRuntimeStatus.Failed, result.RuntimeStatus);
        Assert.Contains("NonDeterministic", result.FailureDetails!.ErrorType, StringComparison.Ordinal);
        Assert.DoesNotContain("run second", fixture.Log.Calls);
    }
}
