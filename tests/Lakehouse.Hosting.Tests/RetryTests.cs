using Lakehouse.Hosting.Tests.TestFunctions;

using Microsoft.Extensions.DependencyInjection;

namespace Lakehouse.Hosting.Tests;

public sealed class RetryTests
{
    [Fact]
    public async Task CallActivity_FailsTwiceWithThreeAttempts_SucceedsAfterThreeCalls()
    {
        var flaky = new FlakyState(failuresBeforeSuccess: 2);
        await using var host = HostBuilder.Create(services => services.AddSingleton(flaky));

        var result = await host.RunAsync(nameof(Orchestrations.Retrying), 3);

        Assert.Equal("\"ok\"", result.SerializedOutput);
        Assert.Equal(3, flaky.Calls);
    }

    [Fact]
    public async Task CallActivity_FailsTwiceWithTwoAttempts_ThrowsTaskFailedExceptionWithDetails()
    {
        var flaky = new FlakyState(failuresBeforeSuccess: 2);
        await using var host = HostBuilder.Create(services => services.AddSingleton(flaky));

        var result = await host.RunAsync(nameof(Orchestrations.Retrying), 2);

        Assert.Equal("\"failed:System.InvalidOperationException:transient failure\"", result.SerializedOutput);
        Assert.Equal(2, flaky.Calls);
    }

    [Fact]
    public async Task CallActivity_WithRetries_RecordsBackoffTimersInHistory()
    {
        var flaky = new FlakyState(failuresBeforeSuccess: 2);
        await using var host = HostBuilder.Create(services => services.AddSingleton(flaky));

        var result = await host.RunAsync(nameof(Orchestrations.Retrying), 3);

        var timers = host.GetHistory(result.InstanceId)!.Where(e => e.Kind == HistoryEventKind.TimerCreated).ToList();
        Assert.Equal(2, timers.Count);
        Assert.Equal(TimeSpan.FromSeconds(10), timers[1].FireAt - timers[1].Timestamp);
    }

    [Fact]
    public async Task CallActivity_HandleTaskFailureDetailsRejectsError_DoesNotRetry()
    {
        var flaky = new FlakyState(failuresBeforeSuccess: 2);
        await using var host = HostBuilder.Create(services => services.AddSingleton(flaky));

        var result = await host.RunAsync(nameof(Orchestrations.RetryOnlyTimeouts));

        Assert.Equal("\"System.InvalidOperationException\"", result.SerializedOutput);
        Assert.Equal(1, flaky.Calls);
    }
}
