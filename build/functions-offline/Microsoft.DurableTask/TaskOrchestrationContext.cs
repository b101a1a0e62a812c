using Lakehouse.FunctionsOffline;

using Microsoft.Extensions.Logging;

namespace Microsoft.DurableTask;

/// <summary>
/// Stand-in: the orchestration context. All 15 abstract members of the real class, plus the virtual members the app
/// uses; those throw here (their real bodies delegate or wrap) and every host overrides them.
/// </summary>
public abstract class TaskOrchestrationContext
{
    public abstract TaskName Name { get; }

    public abstract string InstanceId { get; }

    public abstract ParentOrchestrationInstance? Parent { get; }

    public abstract DateTime CurrentUtcDateTime { get; }

    public abstract bool IsReplaying { get; }

    protected abstract ILoggerFactory LoggerFactory { get; }

    public abstract T? GetInput<T>();

    public abstract Task<TResult> CallActivityAsync<TResult>(TaskName name, object? input = null, TaskOptions? options = null);

    public virtual Task CallActivityAsync(TaskName name, object? input = null, TaskOptions? options = null)
        => throw new NotSupportedException(OfflineStandIn.Message);

    public abstract Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken);

    public virtual Task CreateTimer(TimeSpan delay, CancellationToken cancellationToken)
        => throw new NotSupportedException(OfflineStandIn.Message);

    public abstract Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default);

    public abstract void SendEvent(string instanceId, string eventName, object payload);

    public abstract void SetCustomStatus(object? customStatus);

    public abstract Task<TResult> CallSubOrchestratorAsync<TResult>(TaskName orchestratorName, object? input = null, TaskOptions? options = null);

    public virtual Task CallSubOrchestratorAsync(TaskName orchestratorName, object? input = null, TaskOptions? options = null)
        => throw new NotSupportedException(OfflineStandIn.Message);

    public abstract void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true);

    public abstract Guid NewGuid();

    public virtual ILogger CreateReplaySafeLogger(string categoryName)
        => throw new NotSupportedException(OfflineStandIn.Message);

    public virtual ILogger CreateReplaySafeLogger(Type type)
        => throw new NotSupportedException(OfflineStandIn.Message);

    public virtual ILogger CreateReplaySafeLogger<T>()
        => throw new NotSupportedException(OfflineStandIn.Message);
}
