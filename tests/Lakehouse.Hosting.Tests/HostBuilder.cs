using Lakehouse.Hosting.Tests.TestFunctions;

using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Lakehouse.Hosting.Tests;

/// <summary>Builds a host over this test assembly's functions with a fresh service collection.</summary>
internal static class HostBuilder
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static InProcessOrchestrationHost Create(
        Action<IServiceCollection>? configure = null, Action<InProcessHostOptions>? options = null)
    {
        var services = new ServiceCollection()
            .AddSingleton<IGreeter, Greeter>()
            .AddSingleton<ConcurrencyProbe>()
            .AddSingleton(new FlakyState(0));
        configure?.Invoke(services);
        var hostOptions = new InProcessHostOptions { TimeScale = 0 };
        options?.Invoke(hostOptions);
        return new InProcessOrchestrationHost(services.BuildServiceProvider(), [typeof(HostBuilder).Assembly], hostOptions);
    }

    public static async Task<OrchestrationMetadata> RunAsync(
        this InProcessOrchestrationHost host, string orchestrator, object? input = null, string? instanceId = null)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(
            orchestrator, input, new StartOrchestrationOptions(instanceId), timeout.Token);
        return await host.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, timeout.Token);
    }
}
