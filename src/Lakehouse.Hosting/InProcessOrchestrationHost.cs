using System.Collections.Concurrent;
using System.Reflection;

using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Lakehouse.Hosting;

/// <summary>
/// Runs the app's orchestrators and activities in one process, for tests and the CLI: functions are found by their
/// <c>[Function]</c> names, activities are created from DI per invocation, payloads round-trip through JSON as in
/// Durable, retry policies, sub-orchestrations, timers, events and custom status work, and an optional replay check
/// re-runs every orchestration against its recorded history to catch non-determinism. A development host, not a
/// durable engine: state lives in memory only.
/// </summary>
public sealed partial class InProcessOrchestrationHost : IAsyncDisposable
{
    private readonly FunctionRegistry _registry;
    private readonly ConcurrentDictionary<string, OrchestrationInstance> _instances = new(StringComparer.Ordinal);
    private readonly Lock _startGate = new();
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _activitySlots;

    public InProcessOrchestrationHost(
        IServiceProvider services,
        IEnumerable<Assembly> functionAssemblies,
        InProcessHostOptions? options = null,
        ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(functionAssemblies);
        Services = services;
        Options = options ?? new InProcessHostOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(Options.TimeScale, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MaxConcurrentActivities, 1, nameof(options));
        LoggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        Logger = LoggerFactory.CreateLogger<InProcessOrchestrationHost>();
        _registry = new FunctionRegistry(functionAssemblies);
        _activitySlots = new SemaphoreSlim(Options.MaxConcurrentActivities);
        Client = new InProcessDurableTaskClient(this);
    }

    /// <summary>Client for starting, querying, raising events to and terminating instances of this host.</summary>
    public DurableTaskClient Client { get; }

    /// <summary>Names of the discovered orchestrator functions.</summary>
    public IReadOnlyCollection<string> Orchestrators => _registry.Orchestrators;

    /// <summary>Names of the discovered activity functions.</summary>
    public IReadOnlyCollection<string> Activities => _registry.Activities;

    internal IServiceProvider Services { get; }

    internal InProcessHostOptions Options { get; }

    internal ILoggerFactory LoggerFactory { get; }

    internal ILogger Logger { get; }

    /// <summary>Recorded history of an instance (all executions, in order), or null if the instance is unknown.</summary>
    public IReadOnlyList<HistoryEvent>? GetHistory(string instanceId) =>
        _instances.TryGetValue(instanceId, out var instance) ? instance.History : null;

    /// <summary>Stops all work: running orchestrations end (status Failed, "host disposed"), pending activities are cancelled.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        await _stopping.CancelAsync();
        try
        {
            await Task.WhenAll(_running.Keys).WaitAsync(TimeSpan.FromSeconds(10));
        }
#pragma warning disable CA1031 // Shutdown waits for work; the work's own failures are already recorded on instances.
        catch (Exception)
#pragma warning restore CA1031
        {
        }

        foreach (var instance in _instances.Values)
        {
            instance.Complete(OrchestrationRuntimeStatus.Failed, null, new TaskFailureDetails(
                typeof(ObjectDisposedException).ToString(), "The in-process orchestration host was disposed.", null, null, null));
        }

        _stopping.Dispose();
        _activitySlots.Dispose();
    }

    internal OrchestrationInstance? Find(string instanceId) => _instances.GetValueOrDefault(instanceId);

    internal IEnumerable<OrchestrationInstance> AllInstances => _instances.Values;

    /// <summary>Creates (or re-creates, when the previous one ended) an instance and runs it in the background.</summary>
    internal OrchestrationInstance StartInstance(
        string name, string instanceId, string? inputJson, ParentOrchestrationInstance? parent,
        DateTimeOffset? startAt, IReadOnlyDictionary<string, string>? tags)
    {
        ObjectDisposedException.ThrowIf(_stopping.IsCancellationRequested, this);
        OrchestrationInstance instance;
        lock (_startGate)
        {
            if (_instances.TryGetValue(instanceId, out var existing) && !existing.IsTerminal)
            {
                throw new InvalidOperationException($"An orchestration with instance ID '{instanceId}' already exists.");
            }

            instance = new OrchestrationInstance(instanceId, name, inputJson, parent, tags, _stopping.Token);
            _instances[instanceId] = instance;
        }

        Track(Task.Run(() => RunInstanceAsync(instance, inputJson, startAt)));
        return instance;
    }

    internal bool Terminate(string instanceId, string? outputJson)
    {
        if (!_instances.TryGetValue(instanceId, out var instance)
            || !instance.Complete(OrchestrationRuntimeStatus.Terminated, outputJson, null))
        {
            return false;
        }

        instance.Cancellation.Cancel();
        Log.OrchestrationTerminated(Logger, instance.Name, instanceId);
        return true;
    }

    internal bool Purge(string instanceId) =>
        _instances.TryGetValue(instanceId, out var instance) && instance.IsTerminal
        && _instances.TryRemove(new KeyValuePair<string, OrchestrationInstance>(instanceId, instance));

    internal void RaiseEvent(string instanceId, string eventName, string? payloadJson)
    {
        // Events for unknown or completed instances are discarded, as in Durable.
        if (_instances.TryGetValue(instanceId, out var instance) && !instance.IsTerminal)
        {
            instance.RaiseEvent(eventName, payloadJson);
        }
    }

    private void Track(Task work)
    {
        _running.TryAdd(work, 0);
        work.ContinueWith(t => _running.TryRemove(t, out _), CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
