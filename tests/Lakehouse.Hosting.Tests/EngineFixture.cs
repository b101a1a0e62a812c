using Lakehouse.Hosting.Tests.TestFunctions;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Lakehouse.Hosting.Tests;

/// <summary>An engine over this assembly's test functions, with its own call log.</summary>
internal sealed class EngineFixture : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private EngineFixture(ServiceProvider services, InProcessEngine engine)
    {
        _services = services;
        Engine = engine;
    }

    public InProcessEngine Engine { get; }

    public DurableTaskClient Client => Engine.Client;

    public CallLog Log => _services.GetRequiredService<CallLog>();

    public static async Task<EngineFixture> StartAsync(InProcessEngineOptions? options = null)
    {
        var services = new ServiceCollection().AddSingleton<CallLog>().AddScoped<PerCall>().BuildServiceProvider();
        var engine = await InProcessEngine.StartAsync(services, [typeof(EngineFixture).Assembly], options);
        return new EngineFixture(services, engine);
    }

    /// <summary>Runs an orchestration to its end and returns its metadata (inputs and outputs included).</summary>
    public async Task<OrchestrationMetadata> RunAsync(string name, object? input = null, string? instanceId = null)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(name, input, new StartOrchestrationOptions { InstanceId = instanceId }, timeout.Token);
        return await Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        await _services.DisposeAsync();
    }
}
